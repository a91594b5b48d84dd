/**
 * The audit log's hash chain. Every entry carries the hash of the entry before it, so changing,
 * removing or reordering any stored entry breaks the chain at that entry; a one-row head (the
 * last sequence number and hash) catches the removal of the last entries as well.
 *
 * Entry hash (version 1), lowercase hex:
 *
 *   SHA-256( UTF-8( canonicalJson(["vulndesk-audit-v1", seq, prevHash, at, actor, action, target, diff]) ) )
 *
 * where `seq` is the entry's sequence number (1, 2, …), `prevHash` the previous entry's hash
 * (64 zeros for the first entry), `at` the ISO 8601 UTC time, and `diff` the JSON object
 * `{ field: [before, after] }`. SHA-256 is deterministic, so hashing here keeps the domain pure.
 */
import { createHash } from 'node:crypto';
import { canonicalJson, type JsonValue } from './canonical-json.js';

export const AUDIT_HASH_VERSION = 'vulndesk-audit-v1';
/** The `prevHash` of the first entry, and the head's hash while the log is empty. */
export const GENESIS_HASH = '0'.repeat(64);

/** What changed: each field with its value before and after. */
export type AuditDiff = Record<string, [JsonValue, JsonValue]>;

/** The fields an entry's hash covers, apart from its position in the chain. */
export interface AuditRecord {
  /** ISO 8601 UTC. */
  at: string;
  /** An account id, or `system`, `cli`, `anonymous`. */
  actor: string;
  /** What happened, e.g. `staff.enrolled`, `report.transitioned`. */
  action: string;
  /** What it happened to, e.g. `account:<id>`, `report:VD-2026-00042`. */
  target: string;
  diff: AuditDiff;
}

export interface AuditEntry extends AuditRecord {
  seq: number;
  id: string;
  prevHash: string;
  hash: string;
}

export interface AuditHead {
  /** The sequence number of the last entry; 0 while the log is empty. */
  seq: number;
  /** The hash of the last entry; GENESIS_HASH while the log is empty. */
  hash: string;
}

export const EMPTY_HEAD: AuditHead = { seq: 0, hash: GENESIS_HASH };

export function entryHash(seq: number, prevHash: string, record: AuditRecord): string {
  const preimage = canonicalJson([
    AUDIT_HASH_VERSION,
    seq,
    prevHash,
    record.at,
    record.actor,
    record.action,
    record.target,
    record.diff,
  ]);
  return createHash('sha256').update(preimage, 'utf8').digest('hex');
}

/** The entry that follows `head`, with its place in the chain and its hash. */
export function chainEntry(
  head: AuditHead,
  id: string,
  record: AuditRecord,
): { entry: AuditEntry; head: AuditHead } {
  const seq = head.seq + 1;
  const hash = entryHash(seq, head.hash, record);
  return { entry: { ...record, seq, id, prevHash: head.hash, hash }, head: { seq, hash } };
}

/**
 * Why the chain breaks at an entry:
 * - `hash-mismatch`: the entry's fields do not hash to its stored hash (the entry was changed);
 * - `prev-mismatch`: the entry hashes correctly but does not link to the entry before it (it was
 *   forged with a recomputed hash, or entries before it were replaced);
 * - `gap`: entries are missing before this one (or at the end, against the head);
 * - `order`: the entry that belongs here stands further on (entries were reordered or swapped);
 * - `head-mismatch`: the head does not name the last entry (an entry was added around the head).
 */
export type ChainBreakReason =
  'hash-mismatch' | 'prev-mismatch' | 'gap' | 'order' | 'head-mismatch';

export interface ChainBreak {
  /** The sequence number at which the chain breaks (for a gap: the first missing one). */
  seq: number;
  /** The id of the entry found there; null when no entry is there (a gap, a head mismatch). */
  id: string | null;
  reason: ChainBreakReason;
  /** One line saying what was expected. */
  detail: string;
}

export type ChainVerdict =
  { ok: true; entries: number; head: AuditHead } | { ok: false; break: ChainBreak };

/**
 * How many entries past a break the verifier looks for the entry that belongs at the break, to
 * tell reordered entries from changed ones. Bounded, so memory stays constant.
 */
export const ORDER_LOOKAHEAD = 1000;

/** An entry whose `diff` could not be read back counts as changed. */
export type StoredAuditEntry = Omit<AuditEntry, 'diff'> & { diff: AuditDiff | null };

/**
 * Verifies a chain fed in order of `seq`, one entry at a time, in constant memory: `push` each
 * entry, then `finish` with the head. The first break is final; later entries are only used to
 * tell a reordering from a change.
 */
export class ChainVerifier {
  private last: AuditHead = EMPTY_HEAD;
  private count = 0;
  private broken: ChainBreak | undefined;
  /** While looking ahead after a break: how many more entries may be looked at. */
  private lookahead = 0;

  /** Feeds the next entry; answers false once the verdict cannot change any more. */
  push(entry: StoredAuditEntry): boolean {
    if (this.broken !== undefined) return this.lookAhead(entry);
    const expected = this.last.seq + 1;
    const found = this.check(entry, expected);
    if (found === undefined) {
      this.last = { seq: entry.seq, hash: entry.hash };
      this.count += 1;
      return true;
    }
    this.broken = found;
    if (found.reason === 'gap' || found.reason === 'order') return false;
    this.lookahead = ORDER_LOOKAHEAD;
    return true;
  }

  /** The verdict, once every entry up to the head has been pushed. */
  finish(head: AuditHead): ChainVerdict {
    if (this.broken !== undefined) return { ok: false, break: this.broken };
    if (head.seq > this.last.seq) {
      return {
        ok: false,
        break: {
          seq: this.last.seq + 1,
          id: null,
          reason: 'gap',
          detail: `the head names seq ${head.seq}, the last entry is seq ${this.last.seq}: the entries after it are missing`,
        },
      };
    }
    if (head.seq < this.last.seq || head.hash !== this.last.hash) {
      return {
        ok: false,
        break: {
          seq: this.last.seq,
          id: null,
          reason: 'head-mismatch',
          detail: `the head names seq ${head.seq} with hash ${head.hash}, the last entry is seq ${this.last.seq} with hash ${this.last.hash}`,
        },
      };
    }
    return { ok: true, entries: this.count, head: { ...this.last } };
  }

  private check(entry: StoredAuditEntry, expected: number): ChainBreak | undefined {
    if (entry.seq > expected) {
      const missing =
        entry.seq - 1 === expected
          ? `seq ${expected} is`
          : `seq ${expected} to ${entry.seq - 1} are`;
      return {
        seq: expected,
        id: null,
        reason: 'gap',
        detail: `${missing} missing before seq ${entry.seq} (id ${entry.id})`,
      };
    }
    const at = { seq: entry.seq, id: entry.id };
    if (entry.seq < expected) {
      return { ...at, reason: 'order', detail: `seq ${entry.seq} comes after seq ${expected - 1}` };
    }
    if (
      entry.diff === null ||
      entryHash(entry.seq, entry.prevHash, { ...entry, diff: entry.diff }) !== entry.hash
    ) {
      return {
        ...at,
        reason: 'hash-mismatch',
        detail: 'the entry does not hash to its stored hash',
      };
    }
    if (entry.prevHash !== this.last.hash) {
      return {
        ...at,
        reason: 'prev-mismatch',
        detail: `prevHash does not match the hash of seq ${this.last.seq}: that entry or this one was rewritten with a recomputed hash`,
      };
    }
    return undefined;
  }

  /** After a break: is the entry that belongs at the break further on? Then it is a reordering. */
  private lookAhead(entry: StoredAuditEntry): boolean {
    const broken = this.broken;
    if (broken === undefined || this.lookahead <= 0) return false;
    this.lookahead -= 1;
    const belongsAtBreak =
      entry.diff !== null &&
      entry.prevHash === this.last.hash &&
      entryHash(broken.seq, entry.prevHash, { ...entry, diff: entry.diff }) === entry.hash;
    if (!belongsAtBreak) return this.lookahead > 0;
    this.broken = {
      ...broken,
      reason: 'order',
      detail: `the entry that belongs at seq ${broken.seq} stands at seq ${entry.seq} (id ${entry.id})`,
    };
    return false;
  }
}

/** Verifies a whole chain held in memory (entries in order of `seq`) against its head. */
export function verifyChain(entries: Iterable<StoredAuditEntry>, head: AuditHead): ChainVerdict {
  const verifier = new ChainVerifier();
  for (const entry of entries) {
    if (!verifier.push(entry)) break;
  }
  return verifier.finish(head);
}

/**
 * Reads a stored diff back: a JSON object whose every member is a `[before, after]` pair.
 * Anything else (unreadable or of another shape) answers null, which the verifier counts as a
 * changed entry.
 */
export function parseDiff(text: string): AuditDiff | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const pairs = Object.values(value as Record<string, unknown>);
  return pairs.every((p) => Array.isArray(p) && p.length === 2) ? (value as AuditDiff) : null;
}
