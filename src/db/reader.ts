/**
 * A way to run the hottest read-only statement (the staff queue's page) apart from Kysely's
 * executor, outside any transaction: on SQLite a worker thread with a connection of its own
 * (sqlite-reader.ts), on PostgreSQL the pool with named statements whose plans PostgreSQL keeps
 * (pg-prepared.ts), or unnamed statements, still without Kysely's executor, for the pages whose
 * plan depends on the values.
 */
export interface ReadOptions {
  planPerRun?: boolean;
}

export interface Reader {
  /**
   * The rows of a read-only statement. `planPerRun`: its best plan depends on the values, so
   * PostgreSQL must plan every run (an unnamed statement); SQLite plans on its own anyway.
   */
  all<R>(sql: string, parameters: readonly unknown[], options?: ReadOptions): Promise<R[]>;
  close(): Promise<void>;
}
