/**
 * Messages between the security team and the reporter, and the team's internal notes. A
 * message the reporter sees also has its entry on the report's timeline; a note has none.
 */
import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { TIMELINE_KINDS } from '../../domain/case/timeline.js';
import type { Database } from '../schema.js';
import { appendTimeline } from './timeline.js';

export interface NewMessage {
  id: string;
  reportId: string;
  authorKind: 'staff' | 'reporter';
  /** The staff account that wrote it; null for the reporter (or a staff API token's owner). */
  authorId: string | null;
  /** Markdown, already trimmed and checked for length. */
  body: string;
  internal: boolean;
  /** ISO 8601 UTC. */
  createdAt: string;
}

/** Stores the message and, unless it is an internal note, its timeline entry. */
export async function insertMessage(db: Kysely<Database>, message: NewMessage): Promise<void> {
  await db
    .insertInto('messages')
    .values({ ...message, internal: message.internal ? 1 : 0 })
    .execute();
  if (message.internal) return;
  await appendTimeline(db, {
    id: uuidv7(),
    reportId: message.reportId,
    at: message.createdAt,
    kind: TIMELINE_KINDS.message,
    actor: message.authorKind,
    actorId: message.authorKind === 'staff' ? message.authorId : null,
    data: JSON.stringify({ messageId: message.id }),
  });
}
