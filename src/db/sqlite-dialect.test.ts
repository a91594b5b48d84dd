/**
 * SQLite transactions begin with the write lock (`BEGIN IMMEDIATE`): a transaction that reads and
 * then writes is not failed by another connection's commit in between (SQLite answers a deferred
 * transaction's first write after such a commit with SQLITE_BUSY at once).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqlite, type Db } from './client.js';

describe.runIf(!process.env.DATABASE_URL)('SQLite transactions', () => {
  let dir: string;
  let db: Db | undefined;
  let other: SQLite.Database | undefined;
  afterEach(async () => {
    other?.close();
    await db?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('read, another connection commits, then write: the write succeeds', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-sqlite-tx-'));
    const file = path.join(dir, 'test.db');
    db = openSqlite(file, { reader: false });
    await sql`create table t (id integer primary key, n integer)`.execute(db.kysely);
    await sql`insert into t values (1, 0)`.execute(db.kysely);
    other = new SQLite(file);
    other.pragma('busy_timeout = 0');
    const writer = other;

    let otherCommitted: boolean | undefined;
    await db.kysely.transaction().execute(async (trx) => {
      await sql`select n from t where id = 1`.execute(trx);
      // Another connection writes now: with the lock taken at BEGIN it must wait (and, with no
      // busy timeout, gives up); a deferred transaction would let it commit and then fail.
      try {
        writer.prepare('update t set n = n + 10 where id = 1').run();
        otherCommitted = true;
      } catch {
        otherCommitted = false;
      }
      await sql`update t set n = n + 1 where id = 1`.execute(trx);
    });
    expect(otherCommitted).toBe(false);
    const { rows } = await sql<{ n: number }>`select n from t where id = 1`.execute(db.kysely);
    expect(rows[0]?.n).toBe(1);
  });
});
