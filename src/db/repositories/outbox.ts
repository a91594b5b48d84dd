import type { Kysely } from 'kysely';
import type { Database, NewOutboxMessage } from '../schema.js';

/** Written in the same transaction as the change it announces; delivered after commit. */
export async function enqueueOutbox(
  db: Kysely<Database>,
  message: NewOutboxMessage,
): Promise<void> {
  await db.insertInto('outbox').values(message).execute();
}

export async function enqueueOutboxMessages(
  db: Kysely<Database>,
  messages: NewOutboxMessage[],
): Promise<void> {
  if (messages.length > 0) await db.insertInto('outbox').values(messages).execute();
}

export interface OutboxRow {
  id: string;
  kind: string;
  payload: string;
  createdAt: string;
  deliveredAt: string | null;
  attempts: number;
}

export async function listOutbox(db: Kysely<Database>, kind?: string): Promise<OutboxRow[]> {
  let q = db
    .selectFrom('outbox')
    .select(['id', 'kind', 'payload', 'createdAt', 'deliveredAt', 'attempts']);
  if (kind !== undefined) q = q.where('kind', '=', kind);
  return q.orderBy('createdAt').orderBy('id').execute();
}
