import type { Kysely } from 'kysely';
import type { Database, TimelineTable } from '../schema.js';

export async function appendTimeline(db: Kysely<Database>, entry: TimelineTable): Promise<void> {
  await db.insertInto('timeline').values(entry).execute();
}
