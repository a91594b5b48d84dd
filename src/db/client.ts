/**
 * One Kysely instance over either dialect. SQLite (better-sqlite3) is the embedded default:
 * WAL, synchronous=FULL (a commit is on disk before it returns), foreign keys, busy timeout so the
 * CLI can open the same file while the server runs; a second, read-only connection in a worker
 * thread serves the staff queue off the event loop (sqlite-reader.ts). PostgreSQL (pg Pool) when
 * DATABASE_URL is set; the staff queue's plan-stable pages run there as named statements
 * (pg-prepared.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { CamelCasePlugin, Kysely, PostgresDialect, sql } from 'kysely';
import type { Database } from './schema.js';
import { preparedReader, preparedStatements, type PreparedStatements } from './pg-prepared.js';
import type { Reader } from './reader.js';
import { ImmediateSqliteDialect } from './sqlite-dialect.js';
import { startSqliteReader } from './sqlite-reader.js';
import { withStatementCache } from './statement-cache.js';

export type DialectName = 'sqlite' | 'postgres';

export interface Db {
  readonly kysely: Kysely<Database>;
  readonly dialect: DialectName;
  /** Human-readable location for logs, without credentials. */
  readonly location: string;
  /** The SQLite database file (a writer thread opens its own connection to it); null on PostgreSQL. */
  readonly file: string | null;
  /**
   * The staff queue's page query runs here: on SQLite off the event loop (sqlite-reader.ts), on
   * PostgreSQL as a named statement on the pool (pg-prepared.ts).
   */
  readonly reader?: Reader;
  /**
   * PostgreSQL only: hot statements whose text never changes, run as named statements on the
   * pool, each a transaction of its own (pg-prepared.ts); intake's reservation runs here.
   */
  readonly prepared?: PreparedStatements;
  close(): Promise<void>;
}

export interface DbOptions {
  databaseUrl: string | undefined;
  dataDir: string;
  /** PostgreSQL pool size. */
  poolSize?: number;
}

// int8 (COUNT(*), bigint sizes) as JS numbers: every value we store fits in 2^53.
pg.types.setTypeParser(20, (v) => Number(v));
// numeric as number (scores).
pg.types.setTypeParser(1700, (v) => Number(v));

/**
 * 64 MiB of pages (negative: KiB) per connection instead of the default 2 MB: queue pages and
 * searches over the open reports then read memory, not one system call per page.
 */
const SQLITE_CACHE_SIZE = -65536;

export function openDb(options: DbOptions): Db {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
    });
    // An idle client that loses its connection must not crash the process.
    pool.on('error', () => undefined);
    // One set of names for the pool: at most `PREPARED_STATEMENTS` texts on each connection.
    const prepared = preparedStatements(pool);
    const kysely = new Kysely<Database>({
      dialect: new PostgresDialect({ pool }),
      plugins: [new CamelCasePlugin()],
    });
    const u = new URL(options.databaseUrl);
    return {
      kysely,
      dialect: 'postgres',
      location: `postgres://${u.host}${u.pathname}`,
      file: null,
      reader: preparedReader(prepared),
      prepared,
      close: () => kysely.destroy(),
    };
  }

  fs.mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  return openSqlite(path.join(options.dataDir, 'vulndesk.db'), { reader: true });
}

/**
 * A connection to the SQLite file with the app's settings (durability, cache, statement reuse),
 * with a reader thread (`reader: true`, the server's connection) or without (a writer thread's).
 */
export function openSqlite(file: string, options: { reader: boolean }): Db {
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma(`cache_size = ${SQLITE_CACHE_SIZE}`);
  const kysely = new Kysely<Database>({
    dialect: new ImmediateSqliteDialect({ database: withStatementCache(sqlite) }),
    plugins: [new CamelCasePlugin()],
  });
  if (!options.reader) {
    return { kysely, dialect: 'sqlite', location: file, file, close: () => kysely.destroy() };
  }
  const reader = startSqliteReader(file, SQLITE_CACHE_SIZE);
  return {
    kysely,
    dialect: 'sqlite',
    location: file,
    file,
    reader,
    close: async () => {
      await reader.close();
      await kysely.destroy();
    },
  };
}

/**
 * Server settings under which a commit can be acknowledged and still be lost in a crash (the
 * operator's choice, so reported at startup rather than overridden). Empty when all is well.
 */
export async function durabilityWarnings(db: Db): Promise<string[]> {
  if (db.dialect !== 'postgres') return []; // SQLite: synchronous=FULL is set in openDb
  const { rows } = await sql<{ name: string; setting: string }>`
    select name, setting from pg_settings where name in ('fsync', 'synchronous_commit')
    order by name`.execute(db.kysely);
  return rows
    .filter((r) => r.setting === 'off')
    .map(
      (r) =>
        `PostgreSQL ${r.name} is off: a report acknowledged as received can be lost in a crash`,
    );
}
