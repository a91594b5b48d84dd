import { PostgresAdapter, type Kysely } from 'kysely';

/** Which database a migration runs on, for the few statements that differ (search indexes). */
export function dialectOf(db: Kysely<unknown>): 'sqlite' | 'postgres' {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}
