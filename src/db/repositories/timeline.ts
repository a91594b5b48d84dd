import type { Kysely } from 'kysely';
import type { Database, TimelineTable } from '../schema.js';

export async function appendTimeline(db: Kysely<Database>, entry: TimelineTable): Promise<void> {
  await db.insertInto('timeline').values(entry).execute();
}

export async function appendTimelineEntries(
  db: Kysely<Database>,
  entries: TimelineTable[],
): Promise<void> {
  if (entries.length > 0) await db.insertInto('timeline').values(entries).execute();
}
