import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** Adds one hit to the key's counter for the window and returns the new count. */
export async function hitRateLimit(
  db: Kysely<Database>,
  key: string,
  windowStart: number,
): Promise<number> {
  const row = await db
    .insertInto('rateLimits')
    .values({ key, windowStart, count: 1 })
    .onConflict((oc) =>
      oc
        .columns(['key', 'windowStart'])
        .doUpdateSet((eb) => ({ count: eb('rateLimits.count', '+', 1) })),
    )
    .returning('count')
    .executeTakeFirstOrThrow();
  return row.count;
}

export async function readRateLimit(
  db: Kysely<Database>,
  key: string,
  windowStart: number,
): Promise<number> {
  const row = await db
    .selectFrom('rateLimits')
    .select('count')
    .where('key', '=', key)
    .where('windowStart', '=', windowStart)
    .executeTakeFirst();
  return row?.count ?? 0;
}

export async function pruneRateLimits(db: Kysely<Database>, before: number): Promise<void> {
  await db.deleteFrom('rateLimits').where('windowStart', '<', before).execute();
}
