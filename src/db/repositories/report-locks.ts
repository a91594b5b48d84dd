import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/**
 * Takes the report's row for the rest of the transaction by touching `updated_at`: a row lock on
 * PostgreSQL, the write lock on SQLite. Two requests that check the timeline and then append to
 * it run one after the other, so a rule like "once per 24 hours" holds across instances.
 */
export async function lockReportForUpdate(
  db: Kysely<Database>,
  reportId: string,
  at: string,
): Promise<void> {
  await db.updateTable('reports').set({ updatedAt: at }).where('id', '=', reportId).execute();
}
