import { afterEach, describe, expect, it } from 'vitest';
import {
  changeAuditDiff,
  deleteAuditEntry,
  disableAuditGuards,
  swapAuditEntries,
} from '../../test/helpers/audit-tamper.js';
import { createTestDb, usingPostgres, type TestDb } from '../../test/helpers/db.js';
import { entryHash } from '../domain/audit/chain.js';
import { DomainError } from '../domain/errors.js';
import { appendAudit } from '../db/repositories/audit-log.js';
import type { Actor } from '../policies/actor.js';
import { ANONYMOUS } from '../policies/actor.js';
import { AuditService, auditActorOf } from './audit.service.js';

const ENTRIES = 25;
/** Small pages, so breaks fall inside pages, on their edges and across them. */
const PAGE = 7;

const open: TestDb[] = [];
afterEach(async () => {
  for (const t of open.splice(0)) await t.dispose();
});

/** A fresh database with ENTRIES audit entries, and the ids by seq. */
async function logWithEntries(): Promise<{ testDb: TestDb; ids: Map<number, string> }> {
  const testDb = await createTestDb();
  open.push(testDb);
  const ids = new Map<number, string>();
  for (let i = 1; i <= ENTRIES; i++) {
    const entry = await testDb.db.kysely.transaction().execute((trx) =>
      appendAudit(trx, {
        at: new Date(Date.UTC(2026, 2, 2, 9, 0, i)).toISOString(),
        actor: i % 2 === 0 ? 'cli' : `account-${i}`,
        action: 'report.transitioned',
        target: `report:VD-2026-${String(i).padStart(5, '0')}`,
        diff: { status: ['new', 'triaged'], seq: [null, i] },
      }),
    );
    ids.set(entry.seq, entry.id);
  }
  await disableAuditGuards(testDb.db);
  return { testDb, ids };
}

const verify = (t: TestDb) => new AuditService({ db: t.db }).verify(PAGE);

describe(`audit verify (${usingPostgres() ? 'PostgreSQL' : 'SQLite'})`, () => {
  it('answers an intact log with its length and head', async () => {
    const { testDb } = await logWithEntries();
    const head = await testDb.db.kysely
      .selectFrom('auditHead')
      .select(['seq', 'hash'])
      .executeTakeFirstOrThrow();
    expect(await verify(testDb)).toEqual({
      ok: true,
      entries: ENTRIES,
      head: { seq: ENTRIES, hash: head.hash },
    });
    // Page sizes that divide the log evenly or not at all read the same.
    expect(await new AuditService({ db: testDb.db }).verify(5)).toMatchObject({ ok: true });
    expect(await new AuditService({ db: testDb.db }).verify(1000)).toMatchObject({ ok: true });
  });

  it('names a row whose diff was changed: hash-mismatch', async () => {
    const { testDb, ids } = await logWithEntries();
    await changeAuditDiff(testDb.db, 17, '{"seq":[null,17],"status":["new","closed"]}');
    expect(await verify(testDb)).toEqual({
      ok: false,
      break: {
        seq: 17,
        id: ids.get(17),
        reason: 'hash-mismatch',
        detail: 'the entry does not hash to its stored hash',
      },
    });
  });

  it('names a row whose diff was made unreadable: hash-mismatch', async () => {
    const { testDb } = await logWithEntries();
    await changeAuditDiff(testDb.db, 3, 'not json');
    expect(await verify(testDb)).toMatchObject({
      ok: false,
      break: { seq: 3, reason: 'hash-mismatch' },
    });
  });

  it('names the entry after one rewritten with a recomputed hash: prev-mismatch', async () => {
    const { testDb, ids } = await logWithEntries();
    const row = await testDb.db.kysely
      .selectFrom('auditLog')
      .selectAll()
      .where('seq', '=', 10)
      .executeTakeFirstOrThrow();
    const diff = { status: ['new', 'rejected'] as [string, string] };
    await testDb.db.kysely
      .updateTable('auditLog')
      .set({ diff: JSON.stringify(diff), hash: entryHash(10, row.prevHash, { ...row, diff }) })
      .where('seq', '=', 10)
      .execute();
    expect(await verify(testDb)).toMatchObject({
      ok: false,
      break: { seq: 11, id: ids.get(11), reason: 'prev-mismatch' },
    });
  });

  it('names a deleted middle row: gap', async () => {
    const { testDb, ids } = await logWithEntries();
    await deleteAuditEntry(testDb.db, 14); // the last entry of the second page
    expect(await verify(testDb)).toEqual({
      ok: false,
      break: {
        seq: 14,
        id: null,
        reason: 'gap',
        detail: `seq 14 is missing before seq 15 (id ${ids.get(15) ?? ''})`,
      },
    });
  });

  it('names a deleted last row against the head: gap', async () => {
    const { testDb } = await logWithEntries();
    await deleteAuditEntry(testDb.db, ENTRIES);
    expect(await verify(testDb)).toMatchObject({
      ok: false,
      break: { seq: ENTRIES, id: null, reason: 'gap' },
    });
  });

  it('names swapped rows, next to each other or pages apart: order', async () => {
    for (const [a, b] of [
      [5, 6],
      [4, 19],
    ] as const) {
      const { testDb, ids } = await logWithEntries();
      await swapAuditEntries(testDb.db, a, b);
      expect(await verify(testDb)).toEqual({
        ok: false,
        break: {
          seq: a,
          id: ids.get(b),
          reason: 'order',
          detail: `the entry that belongs at seq ${a} stands at seq ${b} (id ${ids.get(a) ?? ''})`,
        },
      });
    }
  });
});

describe('AuditService.list access', () => {
  it('refuses anonymous callers (401) and staff other than auditors and admins (403)', async () => {
    const testDb = await createTestDb();
    open.push(testDb);
    const service = new AuditService({ db: testDb.db });
    const triager: Actor = {
      kind: 'account',
      accountId: 'a',
      email: 'a@example.com',
      role: 'triager',
      via: 'session',
    };
    await expect(service.list(ANONYMOUS, {}, 10)).rejects.toMatchObject({ code: 'unauthorized' });
    await expect(service.list(triager, {}, 10)).rejects.toBeInstanceOf(DomainError);
    await expect(service.list(triager, {}, 10)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(service.list({ ...triager, role: 'auditor' }, {}, 10)).resolves.toEqual({
      items: [],
      next: null,
    });
  });
});

describe('auditActorOf', () => {
  it('names accounts by id and other callers by kind', () => {
    expect(
      auditActorOf({
        kind: 'account',
        accountId: 'acc-1',
        email: 'a@example.com',
        role: 'admin',
        via: 'token',
      }),
    ).toBe('acc-1');
    expect(auditActorOf({ kind: 'tracking', reportRef: 'VD-2026-00001' })).toBe(
      'tracking:VD-2026-00001',
    );
    expect(auditActorOf(ANONYMOUS)).toBe('anonymous');
  });
});
