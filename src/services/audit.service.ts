/**
 * Reading and verifying the audit log. Entries are written by the services whose changes they
 * record, with `appendAudit` (db/repositories/audit-log.ts) inside the change's transaction;
 * `auditActorOf` names the caller the way the log does.
 */
import type { Db } from '../db/client.js';
import { accountEmails } from '../db/repositories/accounts.js';
import {
  listAudit,
  readAuditHead,
  readAuditPage,
  type AuditFilter,
} from '../db/repositories/audit-log.js';
import { ChainVerifier, type ChainVerdict, type StoredAuditEntry } from '../domain/audit/chain.js';
import { DomainError } from '../domain/errors.js';
import type { Actor } from '../policies/actor.js';
import { canReadAuditLog } from '../policies/audit.policy.js';
import { requireAccount } from './account.service.js';

/** Entries read per query while verifying: memory stays bounded whatever the log's length. */
export const VERIFY_PAGE_SIZE = 1000;

/**
 * An entry as read back; `diff` is null when the stored text cannot be read (tampered with).
 * `actorEmail` names the account that acted, while it exists (the entry itself holds its id,
 * which stays the same when the account's address changes).
 */
export type AuditEntryView = StoredAuditEntry & { actorEmail: string | null };

export interface AuditPage {
  items: AuditEntryView[];
  /** Cursor for the next (older) page, or null. */
  next: string | null;
}

/** The audit log's name for whoever made a request: an account id, or what kind of caller. */
export function auditActorOf(actor: Actor): string {
  switch (actor.kind) {
    case 'account':
      return actor.accountId;
    case 'tracking':
      return `tracking:${actor.reportRef}`;
    case 'anonymous':
      return 'anonymous';
  }
}

export class AuditService {
  constructor(private readonly deps: { db: Db }) {}

  /** Entries matching `filter`, newest first; auditors and admins only. */
  async list(
    actor: Actor,
    filter: Omit<AuditFilter, 'beforeSeq'> & { cursor?: string },
    limit: number,
  ): Promise<AuditPage> {
    requireAccount(actor);
    if (!canReadAuditLog(actor)) {
      throw new DomainError('forbidden', 'only auditors and admins may read the audit log');
    }
    const { cursor, ...rest } = filter;
    const rows = await listAudit(
      this.deps.db.kysely,
      { ...rest, ...(cursor !== undefined ? { beforeSeq: Number(cursor) } : {}) },
      limit + 1,
    );
    const page = rows.slice(0, limit);
    const emails = await accountEmails(
      this.deps.db.kysely,
      page.map((entry) => entry.actor),
    );
    const items = page.map((entry) => ({ ...entry, actorEmail: emails.get(entry.actor) ?? null }));
    const last = items[items.length - 1];
    return {
      items,
      next: rows.length > limit && last !== undefined ? String(last.seq) : null,
    };
  }

  /**
   * Reads the whole log in order of seq, page by page, and checks the chain against the head
   * read first (entries appended meanwhile are left for the next run).
   */
  async verify(pageSize = VERIFY_PAGE_SIZE): Promise<ChainVerdict> {
    const db = this.deps.db.kysely;
    const head = await readAuditHead(db);
    const verifier = new ChainVerifier();
    let after = 0;
    for (;;) {
      const page = await readAuditPage(db, after, head.seq, pageSize);
      for (const entry of page) {
        if (!verifier.push(entry)) return verifier.finish(head);
      }
      const last = page[page.length - 1];
      if (last === undefined || page.length < pageSize) break;
      after = last.seq;
    }
    return verifier.finish(head);
  }
}
