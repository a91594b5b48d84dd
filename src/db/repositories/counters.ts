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
  const row = await db
    .insertInto('yearCounters')
    .values({ name, year, value: 1 })
    .onConflict((oc) =>
      oc
        .columns(['name', 'year'])
        .doUpdateSet((eb) => ({ value: eb('yearCounters.value', '+', 1) })),
    )
    .returning('value')
    .executeTakeFirstOrThrow();
  return row.value;
}
