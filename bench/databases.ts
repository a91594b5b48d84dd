/**
 * Fresh databases for a benchmark: a SQLite file in a temporary directory on the same disk as
 * the project's data directory, or a new database in a PostgreSQL cluster (an admin
 * DATABASE_URL, or a throw-away cluster started with test/pg-cluster.sh), dropped afterwards.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openDb, type Db, type DialectName } from '../src/db/client.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { cleanups } from './cleanups.js';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

// ---------------------------------------------------------------------------------------------
// where the SQLite file goes

export const TMPFS_MAGIC = 0x01021994;

/**
 * A temporary directory on the same disk as the project's normal data dir (./data), so that an
 * fsync costs what it costs in production. os.tmpdir() is used when it is on the same device
 * and not a tmpfs (nothing is left in the project tree); otherwise ./data/ (git-ignored).
 */
export function benchTempParent(): { dir: string; why: string } {
  const tmp = os.tmpdir();
  const projectData = fs.existsSync(path.join(projectRoot, 'data'))
    ? path.join(projectRoot, 'data')
    : projectRoot;
  const tmpStat = fs.statSync(tmp);
  const projStat = fs.statSync(projectData);
  const tmpIsTmpfs = fs.statfsSync(tmp).type === TMPFS_MAGIC;
  if (tmpStat.dev === projStat.dev && !tmpIsTmpfs) {
    return {
      dir: tmp,
      why: `${tmp} is on the same device as ${projectData} (dev ${tmpStat.dev}), so commits pay the same fsync; nothing is left in the project tree`,
    };
  }
  const dir = path.join(projectRoot, 'data');
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  return {
    dir,
    why: `${tmp} is ${tmpIsTmpfs ? 'a tmpfs' : 'on another device'}; using ${dir} (git-ignored) so commits pay the real fsync`,
  };
}

// ---------------------------------------------------------------------------------------------
// databases

export interface Target {
  dialect: DialectName;
  /** Fresh, migrated database for this run. */
  db: Db;
  dataDir: string;
  databaseUrl: string | undefined;
  /** The SQLite file (SQLite only). */
  file: string | undefined;
}

export async function freshSqlite(parent: string, pool: number | undefined): Promise<Target> {
  const dataDir = fs.mkdtempSync(path.join(parent, 'vulndesk-bench-'));
  cleanups.push({
    name: 'remove SQLite data dir',
    run: () => fs.rmSync(dataDir, { recursive: true, force: true }),
  });
  const db = openDb({ databaseUrl: undefined, dataDir, poolSize: pool });
  cleanups.push({ name: 'close SQLite', run: () => db.close() });
  await migrateToLatest(db);
  return { dialect: 'sqlite', db, dataDir, databaseUrl: undefined, file: db.location };
}

export async function freshPostgres(
  adminUrl: string,
  parent: string,
  pool: number | undefined,
): Promise<Target> {
  const name = `vd_bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  cleanups.push({
    name: `drop database ${name}`,
    run: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  // The app still wants a DATA_DIR (blob store, master key file).
  const dataDir = fs.mkdtempSync(path.join(parent, 'vulndesk-bench-pg-'));
  cleanups.push({
    name: 'remove data dir',
    run: () => fs.rmSync(dataDir, { recursive: true, force: true }),
  });
  const db = openDb({ databaseUrl, dataDir, poolSize: pool });
  cleanups.push({ name: 'close PostgreSQL pool', run: () => db.close() });
  await migrateToLatest(db);
  return { dialect: 'postgres', db, dataDir, databaseUrl, file: undefined };
}

export async function startThrowawayCluster(): Promise<{ url: string; stop: () => void }> {
  const script = path.join(projectRoot, 'test', 'pg-cluster.sh');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vulndesk-bench-pgdata-'));
  const port = await freePort();
  const stop = (): void => {
    try {
      execFileSync('bash', [script, 'stop', dir], { timeout: 60_000 });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
  try {
    const url = execFileSync('bash', [script, 'start', dir, String(port)], {
      encoding: 'utf8',
      timeout: 120_000,
    }).trim();
    return { url, stop };
  } catch (err) {
    stop();
    throw err;
  }
}
