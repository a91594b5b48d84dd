import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/**
 * Next value of a per-year counter, atomically: the upsert takes the row lock on PostgreSQL and
 * the write lock on SQLite, so two transactions never get the same number.
 */
export async function nextYearSequence(
  db: Kysely<Database>,
  name: string,
  year: number,
): Promise<number> {
  return reserveYearSequence(db, name, year, 1);
}

/**
 * Reserves `count` consecutive values of a per-year counter in one statement and returns the
 * first; the caller uses first … first + count − 1. Atomic like `nextYearSequence`.
 */
export async function reserveYearSequence(
  db: Kysely<Database>,
  name: string,
  year: number,
  count: number,
): Promise<number> {
  const row = await db
    .insertInto('yearCounters')
    .values({ name, year, value: count })
    .onConflict((oc) =>
      oc
        .columns(['name', 'year'])
        .doUpdateSet((eb) => ({ value: eb('yearCounters.value', '+', count) })),
    )
    .returning('value')
    .executeTakeFirstOrThrow();
  return row.value - count + 1;
}
