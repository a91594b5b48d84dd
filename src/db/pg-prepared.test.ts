/**
 * Named statements on PostgreSQL (with DATABASE_URL): the same text runs as the same prepared
 * statement, values are bound each time, and texts beyond the capacity run unnamed.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usingPostgres } from '../../test/helpers/db.js';
import { preparedReader, preparedStatements } from './pg-prepared.js';

describe.runIf(usingPostgres())('preparedReader', () => {
  let pool: pg.Pool;
  beforeAll(() => {
    // One connection, so every statement is prepared on the connection the checks look at.
    pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
  });
  afterAll(async () => {
    await pool.end();
  });

  async function preparedTexts(): Promise<string[]> {
    const { rows } = await pool.query<{ statement: string }>(
      `select statement from pg_prepared_statements order by name`,
    );
    return rows.map((r) => r.statement);
  }

  it('prepares a text once and binds the values of each run', async () => {
    const reader = preparedReader(preparedStatements(pool, 2));
    const text = 'select $1::int + 1 as n';
    expect(await reader.all<{ n: number }>(text, [1])).toEqual([{ n: 2 }]);
    expect(await reader.all<{ n: number }>(text, [41])).toEqual([{ n: 42 }]);
    expect(await preparedTexts()).toEqual([text]);
  });

  it('runs the texts beyond its capacity unnamed', async () => {
    const reader = preparedReader(preparedStatements(pool, 2));
    const texts = [
      'select $1::text as s',
      "select $1::text || 'b' as s",
      "select $1::text || 'c' as s",
    ];
    for (const text of texts) {
      const [row] = await reader.all<{ s: string }>(text, ['a']);
      expect(row?.s.startsWith('a')).toBe(true);
    }
    // The first reader prepared one text on this connection, this one two more; the third ran unnamed.
    expect(await preparedTexts()).toHaveLength(3);
    expect(await preparedTexts()).not.toContain(texts[2]);
  });

  it('runs a text unnamed when its plan must be made for each run, and keeps its capacity', async () => {
    const reader = preparedReader(preparedStatements(pool, 1));
    const perRun = "select $1::text || 'per run' as s";
    const [row] = await reader.all<{ s: string }>(perRun, ['a '], { planPerRun: true });
    expect(row?.s).toBe('a per run');
    expect(await preparedTexts()).not.toContain(perRun);
    // The capacity was not spent on it: the next text still gets a name.
    const named = "select $1::text || 'named' as s";
    await reader.all(named, ['a']);
    expect(await preparedTexts()).toContain(named);
  });
});
