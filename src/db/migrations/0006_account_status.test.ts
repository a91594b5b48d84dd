/** Migration 0006 on a database that already has staff who signed in. Both dialects. */
import type { AuditAction } from '../../domain/audit/actions.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Migrator, type Migration } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabaseUrl, usingPostgres } from '../../../test/helpers/db.js';
import { openDb, type Db } from '../client.js';
import { appendAudit } from '../repositories/audit-log.js';
import * as m0001 from './0001_initial.js';
import * as m0002 from './0002_rate_limits.js';
import * as m0003 from './0003_staff_auth_audit.js';
import * as m0004 from './0004_cases.js';
import * as m0005 from './0005_queue_indexes.js';
import * as m0006 from './0006_account_status.js';

const BEFORE: Record<string, Migration> = {
  '0001_initial': m0001,
  '0002_rate_limits': m0002,
  '0003_staff_auth_audit': m0003,
  '0004_cases': m0004,
  '0005_queue_indexes': m0005,
};

const migrate = async (db: Db, migrations: Record<string, Migration>) => {
  const { error } = await new Migrator({
    db: db.kysely,
    provider: { getMigrations: () => Promise.resolve(migrations) },
  }).migrateToLatest();
  if (error !== undefined) throw new Error('migration failed', { cause: error });
};

let db: Db;
let dataDir: string;
let drop: () => Promise<void> = () => Promise.resolve();

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vulndesk-0006-'));
  let databaseUrl: string | undefined;
  if (usingPostgres()) {
    const created = await createTestDatabaseUrl();
    databaseUrl = created.url;
    drop = created.drop;
  }
  db = openDb({ databaseUrl, dataDir, poolSize: 2 });
});
afterAll(async () => {
  await db.close();
  await drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const account = (id: string, role: string) => ({
  id,
  email: `${id}@example.org`,
  passwordHash: '!',
  name: null,
  role,
  emailVerifiedAt: null,
  createdAt: '2026-01-01T00:00:00.000Z',
});

describe(`0006_account_status (${usingPostgres() ? 'PostgreSQL' : 'SQLite'})`, () => {
  it('takes each staff member’s last sign-in from the audit log and enables every account', async () => {
    await migrate(db, BEFORE);
    const k = db.kysely;
    // The columns do not exist yet: insert only the ones that do.
    for (const [id, role] of [
      ['staff-a', 'triager'],
      ['staff-b', 'admin'],
      ['rin', 'researcher'],
    ] as const) {
      await k.insertInto('accounts').values(account(id, role)).execute();
    }
    const signIns: [string, string, AuditAction][] = [
      ['2026-02-01T09:00:00.000Z', 'staff-a', 'session.staff-signed-in'],
      ['2026-02-03T09:00:00.000Z', 'staff-a', 'session.staff-signed-in'],
      ['2026-02-04T09:00:00.000Z', 'staff-a', 'staff.reset'],
      ['2026-02-05T09:00:00.000Z', 'rin', 'session.staff-signed-in'],
    ];
    for (const [at, actor, action] of signIns) {
      await k
        .transaction()
        .execute((trx) =>
          appendAudit(trx, { at, actor, action, target: `account:${actor}`, diff: {} }),
        );
    }

    await migrate(db, { ...BEFORE, '0006_account_status': m0006 });
    const rows = await k
      .selectFrom('accounts')
      .select(['id', 'disabledAt', 'lastSignInAt'])
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { id: 'rin', disabledAt: null, lastSignInAt: null },
      { id: 'staff-a', disabledAt: null, lastSignInAt: '2026-02-03T09:00:00.000Z' },
      { id: 'staff-b', disabledAt: null, lastSignInAt: null },
    ]);
  });
});
