/** Command-line options every benchmark shares: counts, `--only`, and which PostgreSQL to use. */
import type { DialectName } from '../src/db/client.js';
import { cleanups } from './cleanups.js';
import { startThrowawayCluster } from './databases.js';

export function positiveInt(
  name: string,
  raw: string | undefined,
  fallback: number,
  max: number,
): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new Error(`--${name}: must be an integer from 1 to ${max}, got "${raw}"`);
  }
  return n;
}

/** `--only sqlite|postgres`. */
export function onlyDialect(raw: string | undefined): DialectName | undefined {
  if (raw !== undefined && raw !== 'sqlite' && raw !== 'postgres') {
    throw new Error(`--only: must be sqlite or postgres, got "${raw}"`);
  }
  return raw;
}

export interface Dialects {
  dialects: DialectName[];
  /** Admin URL of the PostgreSQL cluster fresh databases are created in. */
  adminUrl: string | undefined;
  /** Where PostgreSQL comes from, or why it is skipped (no credentials). */
  pgSource: string;
}

/**
 * SQLite unless `--only postgres`; PostgreSQL unless `--only sqlite`, from a throw-away cluster
 * (`--pg`, stopped by the cleanups) or DATABASE_URL, else skipped.
 */
export async function chooseDialects(
  only: DialectName | undefined,
  startPg: boolean,
): Promise<Dialects> {
  const dialects: DialectName[] = [];
  let adminUrl: string | undefined;
  let pgSource =
    'SKIPPED — set DATABASE_URL=postgres://… (an admin URL; a fresh database is created) or pass --pg to start a throw-away cluster';
  if (only !== 'postgres') dialects.push('sqlite');
  if (only === 'sqlite') return { dialects, adminUrl, pgSource: 'not asked for (--only sqlite)' };
  if (startPg) {
    const cluster = await startThrowawayCluster();
    cleanups.push({ name: 'stop throw-away PostgreSQL cluster', run: cluster.stop });
    adminUrl = cluster.url;
    pgSource = `throw-away cluster started with test/pg-cluster.sh (${cluster.url})${process.env.DATABASE_URL ? '; DATABASE_URL ignored because --pg was given' : ''}`;
  } else if (process.env.DATABASE_URL) {
    adminUrl = process.env.DATABASE_URL;
    const u = new URL(adminUrl);
    pgSource = `DATABASE_URL (postgres://${u.host}${u.pathname}); a fresh database is created in it and dropped after`;
  }
  if (adminUrl !== undefined) dialects.push('postgres');
  return { dialects, adminUrl, pgSource };
}
