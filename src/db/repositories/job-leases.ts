import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';

/**
 * Takes or renews the lease on a named job until `until`, if it is free (expired) or already
 * ours. One statement on both databases, so two instances never both hold it. True when held.
 */
export async function acquireJobLease(
  db: Kysely<Database>,
  name: string,
  holder: string,
  now: string,
  until: string,
): Promise<boolean> {
  const row = await db
    .insertInto('jobLeases')
    .values({ name, holder, leaseUntil: until })
    .onConflict((oc) =>
      oc
        .column('name')
        .doUpdateSet({ holder, leaseUntil: until })
        .where((eb) =>
          eb.or([eb('jobLeases.leaseUntil', '<', now), eb('jobLeases.holder', '=', holder)]),
        ),
    )
    .returning('holder')
    .executeTakeFirst();
  return row?.holder === holder;
}

/** Gives a lease back early (on shutdown), so another instance can take the job at once. */
export async function releaseJobLease(
  db: Kysely<Database>,
  name: string,
  holder: string,
): Promise<void> {
  await db
    .updateTable('jobLeases')
    .set({ leaseUntil: sql<string>`''` })
    .where('name', '=', name)
    .where('holder', '=', holder)
    .execute();
}
