/**
 * Kysely's SQLite driver prepares every statement it runs, and preparing (parsing and planning
 * the SQL) costs as much as running a small query. Kysely compiles the same query shape to the
 * same SQL text, so the prepared statements are kept here, keyed by that text, and reused.
 *
 * better-sqlite3 runs a statement to completion synchronously (`all`, `run`), so a cached
 * statement is free again as soon as it returns; only one being iterated (`iterate`, Kysely's
 * `stream()`) is busy, and then a fresh one is prepared for the caller. SQLite re-prepares a
 * statement by itself when the schema changes under it (a migration).
 */
import type { Database as SqliteHandle, Statement } from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/** Distinct SQL texts kept; the least recently used is dropped beyond this. */
export const STATEMENT_CACHE_SIZE = 512;

export function withStatementCache(
  handle: SqliteHandle,
  capacity: number = STATEMENT_CACHE_SIZE,
): SqliteDatabase {
  const cache = new Map<string, Statement>();
  return {
    close() {
      cache.clear();
      handle.close();
    },
    prepare(sql) {
      const cached = cache.get(sql);
      if (cached !== undefined && !cached.busy) {
        // Map order is insertion order: move it to the young end.
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = handle.prepare(sql);
      if (cached === undefined) {
        cache.set(sql, statement);
        if (cache.size > capacity) {
          const oldest = cache.keys().next();
          if (oldest.done !== true) cache.delete(oldest.value);
        }
      }
      return statement;
    },
  };
}
