/**
 * The SQLite reader: a worker thread with its own read-only connection. It sees what the main
 * connection has committed, never what is uncommitted, refuses statements that write, and
 * reports errors to the caller. SQLite only.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { usingPostgres, useTestDb } from '../../test/helpers/db.js';
import { startSqliteReader } from './sqlite-reader.js';

const testDb = useTestDb();

describe.skipIf(usingPostgres())('SQLite reader', () => {
  it('is started with every SQLite database', () => {
    expect(testDb().db.reader).toBeDefined();
  });

  it('sees each commit of the main connection at once, and nothing uncommitted', async () => {
    const reader = testDb().db.reader!;
    const k = testDb().db.kysely;
    const count = async () =>
      (await reader.all<{ n: number }>('select count(*) as n from reader_probe', []))[0]?.n;
    await sql`create table if not exists reader_probe (id integer primary key, name text)`.execute(
      k,
    );
    expect(await count()).toBe(0);
    await sql`insert into reader_probe (name) values ('committed')`.execute(k);
    expect(await count()).toBe(1);
    await k.transaction().execute(async (trx) => {
      await sql`insert into reader_probe (name) values ('pending')`.execute(trx);
      expect(await count()).toBe(1);
    });
    expect(await count()).toBe(2);
    const rows = await reader.all<{ name: string }>(
      'select name from reader_probe where id = ? order by id',
      [1],
    );
    expect(rows).toEqual([{ name: 'committed' }]);
  });

  it('refuses statements that write, and passes SQL errors to the caller', async () => {
    const reader = testDb().db.reader!;
    await expect(reader.all("insert into reader_probe (name) values ('x')", [])).rejects.toThrow(
      /read-only|readonly/,
    );
    await expect(reader.all('select nonsense from nowhere', [])).rejects.toThrow(/no such table/);
    // Still serving after errors.
    expect(await reader.all('select 1 as one', [])).toEqual([{ one: 1 }]);
  });

  it('answers concurrent statements each with its own rows, and refuses work once closed', async () => {
    const reader = startSqliteReader(testDb().db.location, -2000);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => reader.all<{ v: number }>('select ? as v', [i])),
    );
    expect(answers.map((rows) => rows[0]?.v)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    await reader.close();
    await expect(reader.all('select 1', [])).rejects.toThrow(/stopped/);
  });

  it('fails the statements of a worker that crashes, then reads again on a fresh one', async () => {
    // A worker with a small heap, and a statement whose rows cannot fit in it: the worker dies.
    const reader = startSqliteReader(testDb().db.location, -2000, 1, 16);
    try {
      expect(await reader.all('select 1 as one', [])).toEqual([{ one: 1 }]);
      const huge =
        "with recursive n(i) as (select 1 union all select i + 1 from n where i < 5000) select i, printf('%0100000d', i) as pad from n";
      await expect(reader.all(huge, [])).rejects.toThrow(/memory|stopped|terminated/i);
      expect(await reader.all('select 2 as two', [])).toEqual([{ two: 2 }]);
    } finally {
      await reader.close();
    }
  });

  it('reads side by side on a second thread while the first is busy, and in turn with one', async () => {
    // A statement that keeps its thread busy for a while, then a quick one sent behind it.
    const slow =
      'with recursive n(i) as (select 1 union all select i + 1 from n where i < 3000000) select count(*) as c from n';
    const order = async (threads: number): Promise<string[]> => {
      const reader = startSqliteReader(testDb().db.location, -2000, threads);
      await reader.all('select 1', []); // the first thread is started and idle
      const done: string[] = [];
      await Promise.all([
        reader.all(slow, []).then(() => done.push('slow')),
        reader.all('select 1 as one', []).then(() => done.push('quick')),
      ]);
      await reader.close();
      return done;
    };
    expect(await order(2)).toEqual(['quick', 'slow']);
    expect(await order(1)).toEqual(['slow', 'quick']);
  });
});
