/**
 * A way to run the hottest read-only statement (the staff queue's page) apart from Kysely's
 * executor, outside any transaction: on SQLite a worker thread with a connection of its own
 * (sqlite-reader.ts), on PostgreSQL the pool with named statements whose plans PostgreSQL keeps
 * (pg-prepared.ts).
 */
export interface Reader {
  /** The rows of a read-only statement. */
  all<R>(sql: string, parameters: readonly unknown[]): Promise<R[]>;
  close(): Promise<void>;
}
