import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './client.js';
import * as m0001 from './migrations/0001_initial.js';
import * as m0002 from './migrations/0002_rate_limits.js';
import * as m0003 from './migrations/0003_staff_auth_audit.js';
import * as m0004 from './migrations/0004_cases.js';
import * as m0005 from './migrations/0005_queue_indexes.js';
import * as m0006 from './migrations/0006_account_status.js';
import * as m0007 from './migrations/0007_submission_limits.js';
import * as m0008 from './migrations/0008_search_index_detail.js';
import * as m0009 from './migrations/0009_open_queue_indexes.js';
import * as m0010 from './migrations/0010_pg_queue_at_risk_search.js';
import * as m0011 from './migrations/0011_deferred_search_index.js';
import * as m0012 from './migrations/0012_open_due_search_text.js';
import * as m0013 from './migrations/0013_similar_trgm.js';
import * as m0014 from './migrations/0014_duplicates_neutral.js';
import * as m0015 from './migrations/0015_timeline_actor.js';
import * as m0016 from './migrations/0016_trigram_pending_lists.js';

/** Migrations are listed here (not read from disk) so they work the same from src/ and dist/. */
const MIGRATIONS: Record<string, Migration> = {
  '0001_initial': m0001,
  '0002_rate_limits': m0002,
  '0003_staff_auth_audit': m0003,
  '0004_cases': m0004,
  '0005_queue_indexes': m0005,
  '0006_account_status': m0006,
  '0007_submission_limits': m0007,
  '0008_search_index_detail': m0008,
  '0009_open_queue_indexes': m0009,
  '0010_pg_queue_at_risk_search': m0010,
  '0011_deferred_search_index': m0011,
  '0012_open_due_search_text': m0012,
  '0013_similar_trgm': m0013,
  '0014_duplicates_neutral': m0014,
  '0015_timeline_actor': m0015,
  '0016_trigram_pending_lists': m0016,
};

/** Every migration this build knows, in the order they apply. */
export const MIGRATION_NAMES: readonly string[] = Object.freeze(Object.keys(MIGRATIONS).sort());

class StaticProvider implements MigrationProvider {
  getMigrations(): Promise<Record<string, Migration>> {
    return Promise.resolve(MIGRATIONS);
  }
}

export interface MigrationOutcome {
  applied: string[];
}

/**
 * Two processes may migrate one SQLite file at once (`vulndesk migrate` or `user add` next to a
 * starting server). Kysely takes no lock on SQLite, so the process that loses the race reads the
 * old state and then fails on a table that now exists; its transaction rolls back, and another
 * attempt finds the migrations applied. (PostgreSQL: Kysely holds an advisory lock.)
 */
const SQLITE_ATTEMPTS = 3;

/** Applies every pending migration; throws with the failing migration's name. */
export async function migrateToLatest(db: Db): Promise<MigrationOutcome> {
  const attempts = db.dialect === 'sqlite' ? SQLITE_ATTEMPTS : 1;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await migrateOnce(db);
    } catch (err) {
      if (attempt >= attempts) throw err;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

async function migrateOnce(db: Db): Promise<MigrationOutcome> {
  const migrator = new Migrator({ db: db.kysely, provider: new StaticProvider() });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error !== undefined) {
    const detail = error instanceof Error ? error.message : JSON.stringify(error);
    // No failed migration means the database could not be reached or the lock not taken.
    throw new Error(
      failed !== undefined
        ? `migration ${failed.migrationName} failed: ${detail}`
        : `cannot migrate the database: ${detail}`,
      { cause: error },
    );
  }
  return {
    applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName),
  };
}
