import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ChainVerifier,
  chainEntry,
  EMPTY_HEAD,
  entryHash,
  GENESIS_HASH,
  ORDER_LOOKAHEAD,
  parseDiff,
  verifyChain,
  type AuditEntry,
  type AuditHead,
  type AuditRecord,
} from './chain.js';

const record = (i: number): AuditRecord => ({
  at: new Date(Date.UTC(2026, 2, 2, 9, 0, i)).toISOString(),
  actor: i % 3 === 0 ? 'cli' : `0195f0a0-0000-7000-8000-${String(i).padStart(12, '0')}`,
  action: i % 2 === 0 ? 'staff.enrolled' : 'report.transitioned',
  target: `report:VD-2026-${String(i).padStart(5, '0')}`,
  diff: { status: ['new', `triaged-${i}`], note: [null, { text: 'ok', n: i }] },
});

function buildChain(n: number): { entries: AuditEntry[]; head: AuditHead } {
  let head = EMPTY_HEAD;
  const entries: AuditEntry[] = [];
  for (let i = 1; i <= n; i++) {
    const next = chainEntry(head, `id-${i}`, record(i));
    entries.push(next.entry);
    head = next.head;
  }
  return { entries, head };
}

describe('entryHash', () => {
  it('is SHA-256 over the documented canonical array', () => {
    const r: AuditRecord = {
      at: '2026-03-02T09:00:00.000Z',
      actor: 'cli',
      action: 'staff.added',
      target: 'account:a1',
      diff: { role: [null, 'admin'], email: [null, 'a@example.com'] },
    };
    const preimage =
      '["vulndesk-audit-v1",1,"' +
      GENESIS_HASH +
      '","2026-03-02T09:00:00.000Z","cli","staff.added","account:a1",' +
      '{"email":[null,"a@example.com"],"role":[null,"admin"]}]';
    expect(entryHash(1, GENESIS_HASH, r)).toBe(
      createHash('sha256').update(preimage, 'utf8').digest('hex'),
    );
  });

  it('changes with every covered field', () => {
    const r = record(1);
    const base = entryHash(7, GENESIS_HASH, r);
    expect(entryHash(8, GENESIS_HASH, r)).not.toBe(base);
    expect(entryHash(7, 'f'.repeat(64), r)).not.toBe(base);
    expect(entryHash(7, GENESIS_HASH, { ...r, at: '2026-03-02T09:30:00.000Z' })).not.toBe(base);
    expect(entryHash(7, GENESIS_HASH, { ...r, actor: 'system' })).not.toBe(base);
    expect(entryHash(7, GENESIS_HASH, { ...r, action: 'x' })).not.toBe(base);
    expect(entryHash(7, GENESIS_HASH, { ...r, target: 'report:x' })).not.toBe(base);
    expect(entryHash(7, GENESIS_HASH, { ...r, diff: { status: ['new', 'x'] } })).not.toBe(base);
  });
});

describe('verifyChain', () => {
  it('accepts an intact chain and answers its length and head', () => {
    const { entries, head } = buildChain(25);
    expect(verifyChain(entries, head)).toEqual({ ok: true, entries: 25, head });
    expect(entries[0]?.prevHash).toBe(GENESIS_HASH);
  });

  it('accepts the empty log', () => {
    expect(verifyChain([], EMPTY_HEAD)).toEqual({ ok: true, entries: 0, head: EMPTY_HEAD });
  });

  it('names a changed entry: hash-mismatch', () => {
    const { entries, head } = buildChain(10);
    const changed = entries.map((e) =>
      e.seq === 4 ? { ...e, diff: { status: ['new', 'closed'] as [string, string] } } : e,
    );
    expect(verifyChain(changed, head)).toEqual({
      ok: false,
      break: {
        seq: 4,
        id: 'id-4',
        reason: 'hash-mismatch',
        detail: 'the entry does not hash to its stored hash',
      },
    });
  });

  it('counts an unreadable diff as a change', () => {
    const { entries, head } = buildChain(3);
    const unreadable = entries.map((e) => (e.seq === 2 ? { ...e, diff: null } : e));
    expect(verifyChain(unreadable, head)).toMatchObject({
      ok: false,
      break: { seq: 2, reason: 'hash-mismatch' },
    });
  });

  it('names the entry after one rewritten with a recomputed hash: prev-mismatch', () => {
    const { entries, head } = buildChain(10);
    const forged = entries.map((e) => {
      if (e.seq !== 5) return e;
      const diff = { status: ['new', 'rejected'] as [string, string] };
      return { ...e, diff, hash: entryHash(5, e.prevHash, { ...e, diff }) };
    });
    expect(verifyChain(forged, head)).toMatchObject({
      ok: false,
      break: { seq: 6, id: 'id-6', reason: 'prev-mismatch' },
    });
  });

  it('names the first missing entry: gap', () => {
    const { entries, head } = buildChain(10);
    expect(
      verifyChain(
        entries.filter((e) => e.seq !== 6 && e.seq !== 7),
        head,
      ),
    ).toEqual({
      ok: false,
      break: {
        seq: 6,
        id: null,
        reason: 'gap',
        detail: 'seq 6 to 7 are missing before seq 8 (id id-8)',
      },
    });
    expect(verifyChain(entries.slice(1), head)).toMatchObject({
      ok: false,
      break: { seq: 1, reason: 'gap', detail: 'seq 1 is missing before seq 2 (id id-2)' },
    });
  });

  it('detects the removal of the last entries against the head: gap', () => {
    const { entries, head } = buildChain(10);
    expect(verifyChain(entries.slice(0, 8), head)).toMatchObject({
      ok: false,
      break: { seq: 9, id: null, reason: 'gap' },
    });
    expect(verifyChain([], head)).toMatchObject({ ok: false, break: { seq: 1, reason: 'gap' } });
  });

  it('detects entries added around the head: head-mismatch', () => {
    const { entries, head } = buildChain(10);
    expect(verifyChain(entries, { seq: 9, hash: entries[8]?.hash ?? '' })).toMatchObject({
      ok: false,
      break: { seq: 10, reason: 'head-mismatch' },
    });
    expect(verifyChain(entries, { ...head, hash: GENESIS_HASH })).toMatchObject({
      ok: false,
      break: { reason: 'head-mismatch' },
    });
  });

  it('names swapped entries as reordered: order, at the first of them', () => {
    const { entries, head } = buildChain(12);
    for (const [a, b] of [
      [3, 4],
      [3, 9],
      [1, 12],
    ] as const) {
      // Everything but the sequence number is exchanged, as an UPDATE of both rows would.
      const swapped = entries.map((e) => {
        const other = e.seq === a ? entries[b - 1] : e.seq === b ? entries[a - 1] : undefined;
        return other === undefined ? e : { ...other, seq: e.seq };
      });
      expect(verifyChain(swapped, head)).toEqual({
        ok: false,
        break: {
          seq: a,
          id: `id-${b}`,
          reason: 'order',
          detail: `the entry that belongs at seq ${a} stands at seq ${b} (id id-${a})`,
        },
      });
    }
  });

  it('names entries fed out of sequence order: order', () => {
    const { entries, head } = buildChain(5);
    const [e1, e2, e3] = entries;
    if (e1 === undefined || e2 === undefined || e3 === undefined) throw new Error('short chain');
    expect(verifyChain([e1, e2, e1, e3], head)).toMatchObject({
      ok: false,
      break: { seq: 1, reason: 'order' },
    });
  });

  it('looks ahead only a bounded number of entries after a break', () => {
    const { entries, head } = buildChain(ORDER_LOOKAHEAD + 5);
    const a = 2;
    const b = ORDER_LOOKAHEAD + 4; // more than ORDER_LOOKAHEAD entries after a
    const swapped = entries.map((e) => {
      const other = e.seq === a ? entries[b - 1] : e.seq === b ? entries[a - 1] : undefined;
      return other === undefined ? e : { ...other, seq: e.seq };
    });
    expect(verifyChain(swapped, head)).toMatchObject({
      ok: false,
      break: { seq: a, reason: 'hash-mismatch' },
    });
  });

  it('tells the caller when more entries cannot change the verdict', () => {
    const { entries } = buildChain(4);
    const verifier = new ChainVerifier();
    const [e1, , e3] = entries;
    if (e1 === undefined || e3 === undefined) throw new Error('short chain');
    expect(verifier.push(e1)).toBe(true);
    expect(verifier.push(e3)).toBe(false); // a gap: nothing later can belong at seq 2
  });

  it('finds any single changed, removed or swapped entry (property)', () => {
    const { entries, head } = buildChain(30);
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('change' as const), at: fc.integer({ min: 1, max: 30 }) }),
      fc.record({ kind: fc.constant('remove' as const), at: fc.integer({ min: 1, max: 30 }) }),
      fc.record({
        kind: fc.constant('swap' as const),
        at: fc.integer({ min: 1, max: 29 }),
        by: fc.integer({ min: 1, max: 29 }),
      }),
    );
    fc.assert(
      fc.property(mutation, (m) => {
        let mutated: AuditEntry[];
        let expected: { seq: number; reason: string };
        if (m.kind === 'change') {
          mutated = entries.map((e) => (e.seq === m.at ? { ...e, actor: 'someone-else' } : e));
          expected = { seq: m.at, reason: 'hash-mismatch' };
        } else if (m.kind === 'remove') {
          mutated = entries.filter((e) => e.seq !== m.at);
          expected = { seq: m.at, reason: 'gap' };
        } else {
          const b = Math.min(30, m.at + m.by);
          mutated = entries.map((e) => {
            const other =
              e.seq === m.at ? entries[b - 1] : e.seq === b ? entries[m.at - 1] : undefined;
            return other === undefined ? e : { ...other, seq: e.seq };
          });
          expected = { seq: m.at, reason: 'order' };
        }
        expect(verifyChain(mutated, head)).toMatchObject({ ok: false, break: expected });
      }),
    );
  });
});

describe('parseDiff', () => {
  it('reads back a stored diff', () => {
    expect(parseDiff('{"status":["new","triaged"],"note":[null,{"a":1}]}')).toEqual({
      status: ['new', 'triaged'],
      note: [null, { a: 1 }],
    });
    expect(parseDiff('{}')).toEqual({});
  });

  it('answers null for text that is not a diff', () => {
    for (const text of [
      '',
      'not json',
      'null',
      '[]',
      '"x"',
      '{"a":1}',
      '{"a":[1]}',
      '{"a":[1,2,3]}',
    ]) {
      expect(parseDiff(text)).toBeNull();
    }
  });
});
