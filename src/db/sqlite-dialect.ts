/**
 * SQLite transactions that take the write lock when they begin (`BEGIN IMMEDIATE`).
 *
 * Kysely begins SQLite transactions with a plain `BEGIN` (deferred): the transaction reads from a
 * snapshot and asks for the write lock at its first write. If another connection (the intake
 * writer thread, whose search-index upkeep commits every few moments) committed in between,
 * SQLite cannot move the snapshot forward and answers `SQLITE_BUSY` at once, without waiting for
 * `busy_timeout`: a staff action that reads a report, then writes it, failed now and then while
 * reports were coming in. Taken at `BEGIN`, the lock is waited for (up to `busy_timeout`) before
 * anything is read, and the rest of the transaction cannot fail that way.
 */
import { CompiledQuery, SqliteDialect, SqliteDriver, type DatabaseConnection } from 'kysely';
import type { Driver, SqliteDialectConfig } from 'kysely';

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}
