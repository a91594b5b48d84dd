/**
 * A fresh, migrated database for one test file: a temporary SQLite file by default, or a new
 * PostgreSQL database (created and dropped here) when DATABASE_URL is set.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { sql, type Insertable, type Kysely } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { openDb, type Db } from '../../src/db/client.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import type { Database, ReportTable } from '../../src/db/schema.js';

export interface TestDb {
  db: Db;
  dataDir: string;
  /** The URL the test database can be reached at (PostgreSQL only). */
  databaseUrl: string | undefined;
  dispose(): Promise<void>;
}

export const usingPostgres = (): boolean => Boolean(process.env.DATABASE_URL);

export async function createTestDatabaseUrl(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('DATABASE_URL is not set');
  const name = `vd_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export async function createTestDb(): Promise<TestDb> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vulndesk-test-'));
  let databaseUrl: string | undefined;
  let drop: () => Promise<void> = () => Promise.resolve();
  if (usingPostgres()) {
    const created = await createTestDatabaseUrl();
    databaseUrl = created.url;
    drop = created.drop;
  }
  const db = openDb({ databaseUrl, dataDir, poolSize: 5 });
  await migrateToLatest(db);
  return {
    db,
    dataDir,
    databaseUrl,
    dispose: async () => {
      await db.close();
      await drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * One test database for a whole test file: created before its first test, disposed after its
 * last. Call at the top of the file; the getter answers the database inside the tests.
 */
export function useTestDb(): () => TestDb {
  let testDb: TestDb | undefined;
  beforeAll(async () => {
    testDb = await createTestDb();
  });
  afterAll(async () => {
    await testDb?.dispose();
  });
  return () => {
    if (testDb === undefined) throw new Error('the test database is created in beforeAll');
    return testDb;
  };
}

/**
 * Inserts report rows straight into `reports`, with only what the table requires (no intake:
 * no counter, timeline or outbox), for tests of storage-level behaviour such as the search index.
 * Any other column may be given too (`reporterKey`, `disposition`, …).
 */
export async function insertBareReports(
  db: Kysely<Database>,
  reports: readonly (Partial<Insertable<ReportTable>> & { ref: string })[],
): Promise<string[]> {
  const at = '2026-03-02T09:00:00.000Z';
  const rows = reports.map((r) => ({
    id: uuidv7(),
    status: 'new',
    title: r.ref,
    submission: '{}',
    qualityTier: 'low',
    language: 'en',
    reporterEmail: 'r@example.org',
    accountId: null,
    trackingTokenHash: null,
    cvssVector: null,
    cvssScore: null,
    receivedAt: at,
    firstResponseDueAt: at,
    updatedAt: at,
    ...r,
  }));
  await db.insertInto('reports').values(rows).execute();
  return rows.map((r) => r.id);
}

/** The definition of an index (whitespace collapsed), or undefined when it does not exist. */
export async function indexDefinition(db: Db, name: string): Promise<string | undefined> {
  const { rows } =
    db.dialect === 'sqlite'
      ? await sql<{ definition: string }>`select sql as definition from sqlite_master
          where type = 'index' and name = ${name}`.execute(db.kysely)
      : await sql<{ definition: string }>`select indexdef as definition from pg_indexes
          where indexname = ${name}`.execute(db.kysely);
  return rows[0]?.definition.replace(/\s+/g, ' ');
}
