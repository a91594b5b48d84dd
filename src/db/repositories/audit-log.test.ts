import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, usingPostgres, type TestDb } from '../../../test/helpers/db.js';
import type { AuditAction } from '../../domain/audit/actions.js';
import { GENESIS_HASH, verifyChain, type AuditRecord } from '../../domain/audit/chain.js';
import { openDb, type Db } from '../client.js';
import { appendAudit, listAudit, readAuditHead, readAuditPage } from './audit-log.js';

let testDb: TestDb;
let db: Db;
beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
});
afterAll(async () => {
  await testDb.dispose();
});

type Appended = AuditRecord & { action: AuditAction };

const record = (i: number, overrides: Partial<Appended> = {}): Appended => ({
  at: new Date(Date.UTC(2026, 2, 2, 9, 0, i)).toISOString(),
  actor: 'cli',
  action: 'report.transitioned',
  target: `test:${i}`,
  diff: { n: [null, i], text: [null, '日本語 "quoted"'] },
  ...overrides,
});

const append = (target: Db, r: Appended) =>
  target.kysely.transaction().execute((trx) => appendAudit(trx, r));

async function wholeChainOk(target: Db): Promise<{ ok: boolean; entries?: number }> {
  const head = await readAuditHead(target.kysely);
  const entries = await readAuditPage(target.kysely, 0, head.seq, 1_000_000);
  const verdict = verifyChain(entries, head);
  return verdict.ok ? { ok: true, entries: verdict.entries } : { ok: false };
}

const dialect = usingPostgres() ? 'PostgreSQL' : 'SQLite';

describe(`audit log storage (${dialect})`, () => {
  it('starts empty, with the genesis head', async () => {
    expect(await readAuditHead(db.kysely)).toEqual({ seq: 0, hash: GENESIS_HASH });
  });

  it('appends chained entries, stores the diff as canonical JSON and moves the head', async () => {
    const first = await append(db, record(1));
    const second = await append(db, record(2, { diff: { b: [1, 2], a: ['x', null] } }));
    expect(first).toMatchObject({ seq: 1, prevHash: GENESIS_HASH });
    expect(second).toMatchObject({ seq: 2, prevHash: first.hash });
    expect(first.id).not.toBe(second.id);
    expect(await readAuditHead(db.kysely)).toEqual({ seq: 2, hash: second.hash });
    const stored = await db.kysely
      .selectFrom('auditLog')
      .select(['diff'])
      .where('seq', '=', 2)
      .executeTakeFirstOrThrow();
    expect(stored.diff).toBe('{"a":["x",null],"b":[1,2]}');
    expect(await wholeChainOk(db)).toEqual({ ok: true, entries: 2 });
  });

  it('refuses to append outside a transaction', async () => {
    await expect(appendAudit(db.kysely, record(3))).rejects.toThrow(/transaction/);
  });

  it('appends nothing when the transaction of the change rolls back', async () => {
    const before = await readAuditHead(db.kysely);
    await expect(
      db.kysely.transaction().execute(async (trx) => {
        await appendAudit(trx, record(3));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await readAuditHead(db.kysely)).toEqual(before);
    expect(await wholeChainOk(db)).toEqual({ ok: true, entries: before.seq });
  });

  it('refuses UPDATE and DELETE of entries in the database itself', async () => {
    await append(db, record(4));
    await expect(
      db.kysely.updateTable('auditLog').set({ diff: '{}' }).where('seq', '=', 1).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(db.kysely.deleteFrom('auditLog').where('seq', '=', 1).execute()).rejects.toThrow(
      /append-only/,
    );
    await expect(db.kysely.deleteFrom('auditHead').execute()).rejects.toThrow(/append-only/);
    if (db.dialect === 'postgres') {
      await expect(sql`truncate audit_log`.execute(db.kysely)).rejects.toThrow(/append-only/);
    }
    expect(await wholeChainOk(db)).toMatchObject({ ok: true });
  });

  it('refuses entries that do not extend the head, and a head that moves otherwise', async () => {
    const head = await readAuditHead(db.kysely);
    const forged = {
      seq: head.seq + 5,
      id: 'forged',
      at: '2026-03-02T10:00:00.000Z',
      actor: 'cli',
      action: 'x',
      target: 'x',
      diff: '{}',
      prevHash: head.hash,
      hash: 'f'.repeat(64),
    };
    await expect(db.kysely.insertInto('auditLog').values(forged).execute()).rejects.toThrow(
      /extend the head/,
    );
    await expect(
      db.kysely
        .insertInto('auditLog')
        .values({ ...forged, seq: head.seq + 1, prevHash: GENESIS_HASH })
        .execute(),
    ).rejects.toThrow(/extend the head/);
    await expect(
      db.kysely
        .updateTable('auditHead')
        .set({ seq: head.seq - 1 })
        .execute(),
    ).rejects.toThrow(/only moves forward/);
    await expect(
      db.kysely
        .updateTable('auditHead')
        .set({ hash: 'f'.repeat(64) })
        .execute(),
    ).rejects.toThrow(/only moves forward/);
    expect(await readAuditHead(db.kysely)).toEqual(head);
  });

  it('lists entries newest first with filters and a seq cursor', async () => {
    await append(
      db,
      record(10, { actor: 'acct-1', action: 'staff.enrolled', target: 'account:1' }),
    );
    await append(
      db,
      record(11, { actor: 'acct-2', action: 'staff.enrolled', target: 'account:2' }),
    );
    const all = await listAudit(db.kysely, {}, 100);
    expect(all.map((e) => e.seq)).toEqual([...all.map((e) => e.seq)].sort((a, b) => b - a));
    const enrolled = await listAudit(db.kysely, { action: 'staff.enrolled' }, 100);
    expect(enrolled.map((e) => e.target)).toEqual(['account:2', 'account:1']);
    expect(await listAudit(db.kysely, { actor: 'acct-1' }, 100)).toHaveLength(1);
    expect(await listAudit(db.kysely, { target: 'account:2' }, 100)).toHaveLength(1);
    const [newest] = enrolled;
    expect(
      (await listAudit(db.kysely, { action: 'staff.enrolled', beforeSeq: newest?.seq }, 100)).map(
        (e) => e.target,
      ),
    ).toEqual(['account:1']);
    const window = await listAudit(db.kysely, { from: record(10).at, to: record(11).at }, 100);
    expect(window.map((e) => e.target)).toEqual(['account:1']);
  });

  it('keeps one chain under 50 concurrent appends', async () => {
    // On PostgreSQL from two connection pools, as two instances would; SQLite has one connection
    // per process (a second one in the same process would wait on the first while blocking it).
    const other =
      db.dialect === 'postgres'
        ? openDb({ databaseUrl: testDb.databaseUrl, dataDir: testDb.dataDir, poolSize: 20 })
        : db;
    try {
      const before = await readAuditHead(db.kysely);
      const appended = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          append(i % 2 === 0 ? other : db, record(100 + i, { target: `race:${i}` })),
        ),
      );
      const seqs = appended.map((e) => e.seq).sort((a, b) => a - b);
      expect(seqs).toEqual(Array.from({ length: 50 }, (_, i) => before.seq + 1 + i));
      expect(await wholeChainOk(db)).toEqual({ ok: true, entries: before.seq + 50 });
    } finally {
      if (other !== db) await other.close();
    }
  }, 60_000);
});
