/**
 * `npx tsx bench/commit-shapes.ts [--seconds 5] [--only sqlite|postgres]` (PostgreSQL when
 * DATABASE_URL is set: a fresh database is created in it and dropped after).
 *
 * The storage side of intake without HTTP: how many reports per second the database takes when
 * written the way `ReportService.submit` writes them (counter upsert, report, timeline entry,
 * outbox row; one transaction per report), the same statements prepared once without the query
 * builder (SQLite), and what batching several reports into one transaction ("group commit")
 * would give. Used for the Analysis in bench/README.md; it does not
 * change the service. Every loop is bounded by time and count.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import pg from 'pg';
import { uuidv7 } from 'uuidv7';
import { openDb, type Db, type DialectName } from '../src/db/client.js';
import { nextYearSequence } from '../src/db/repositories/counters.js';
import { enqueueOutbox } from '../src/db/repositories/outbox.js';
import { insertReport } from '../src/db/repositories/reports.js';
import { appendTimeline } from '../src/db/repositories/timeline.js';
import { migrateToLatest } from '../src/db/migrate.js';
import type { NewOutboxMessage, NewReport, TimelineTable } from '../src/db/schema.js';
import { formatReportRef } from '../src/domain/report/reference.js';
import { reportJson, reportTitle } from './report-body.js';

const MAX_COMMITS = 1_000_000;

interface Rows {
  report: NewReport;
  timeline: TimelineTable;
  outbox: NewOutboxMessage;
}

/** The rows `submit` writes for one report, with the same sizes (ref filled in later). */
function rowsFor(tag: string, n: number, ref: string): Rows {
  const now = new Date();
  const at = now.toISOString();
  const due = new Date(now.getTime() + 86_400_000).toISOString();
  const id = uuidv7();
  return {
    report: {
      id,
      ref,
      status: 'new',
      title: reportTitle(tag, n),
      submission: reportJson(tag, n),
      qualityTier: 'high',
      language: 'en',
      reporterEmail: 'aiko@example.org',
      accountId: null,
      trackingTokenHash: randomBytes(32).toString('hex'),
      cvssVector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H',
      cvssScore: 8.8,
      receivedAt: at,
      firstResponseDueAt: due,
      updatedAt: at,
    },
    timeline: {
      id: uuidv7(),
      reportId: id,
      at,
      kind: 'received',
      actor: 'reporter',
      actorId: null,
      data: JSON.stringify({ attachments: 0, qualityTier: 'high' }),
    },
    outbox: {
      id: uuidv7(),
      kind: 'mail.report-acknowledgment',
      payload: JSON.stringify({
        to: 'aiko@example.org',
        language: 'en',
        reportRef: ref,
        receivedAt: at,
        firstResponseDueAt: due,
        trackUrl: `http://127.0.0.1:8080/track?id=${encodeURIComponent(ref)}`,
        encryptTo: false,
      }),
      createdAt: at,
      availableAt: at,
      lastError: null,
      deliveredAt: null,
      leaseUntil: null,
    },
  };
}

/** Exactly the statements of `ReportService.submit` (no attachments): one report, one commit. */
async function serviceTransaction(db: Db, tag: string, n: number, counter: string): Promise<void> {
  await db.kysely.transaction().execute(async (trx) => {
    const year = new Date().getUTCFullYear();
    const seq = await nextYearSequence(trx, counter, year);
    const rows = rowsFor(
      tag,
      n,
      `${formatReportRef(year, seq)}${counter === 'report' ? '' : `-${counter}`}`,
    );
    await insertReport(trx, rows.report);
    await appendTimeline(trx, rows.timeline);
    await enqueueOutbox(trx, rows.outbox);
  });
}

/** Group commit: `k` reports in one transaction; one counter update, multi-row inserts. */
async function batchedTransaction(db: Db, tag: string, n: number, k: number): Promise<void> {
  await db.kysely.transaction().execute(async (trx) => {
    const year = new Date().getUTCFullYear();
    const { value } = await trx
      .insertInto('yearCounters')
      .values({ name: 'report', year, value: k })
      .onConflict((oc) =>
        oc
          .columns(['name', 'year'])
          .doUpdateSet((eb) => ({ value: eb('yearCounters.value', '+', k) })),
      )
      .returning('value')
      .executeTakeFirstOrThrow();
    const batch = Array.from({ length: k }, (_, i) =>
      rowsFor(tag, n + i, formatReportRef(year, value - k + 1 + i)),
    );
    await trx
      .insertInto('reports')
      .values(batch.map((b) => b.report))
      .execute();
    await trx
      .insertInto('timeline')
      .values(batch.map((b) => b.timeline))
      .execute();
    await trx
      .insertInto('outbox')
      .values(batch.map((b) => b.outbox))
      .execute();
  });
}

/**
 * SQLite only: the statements of `serviceTransaction` as better-sqlite3 statements prepared
 * once, on a second connection with the app's pragmas (used while the first one is idle), to
 * separate the query builder's cost from SQLite's.
 */
function preparedServiceTransaction(file: string): { run: (n: number) => void; close: () => void } {
  const conn = new SQLite(file);
  conn.pragma('journal_mode = WAL');
  conn.pragma('synchronous = FULL');
  conn.pragma('foreign_keys = ON');
  conn.pragma('busy_timeout = 5000');
  const counter = conn.prepare(
    `INSERT INTO year_counters (name, year, value) VALUES ('report', ?, 1)
     ON CONFLICT (name, year) DO UPDATE SET value = year_counters.value + 1 RETURNING value`,
  );
  const report = conn.prepare(
    `INSERT INTO reports (id, ref, status, title, submission, quality_tier, language, reporter_email,
       account_id, tracking_token_hash, cvss_vector, cvss_score, received_at, first_response_due_at,
       updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const timeline = conn.prepare(
    'INSERT INTO timeline (id, report_id, at, kind, actor, data) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const outbox = conn.prepare(
    `INSERT INTO outbox (id, kind, payload, created_at, available_at, last_error, delivered_at,
       lease_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const tx = conn.transaction((n: number) => {
    const year = new Date().getUTCFullYear();
    const { value } = counter.get(year) as { value: number };
    const { report: r, timeline: t, outbox: o } = rowsFor('prepared', n, `P-${year}-${value}`);
    report.run(
      r.id,
      r.ref,
      r.status,
      r.title,
      r.submission,
      r.qualityTier,
      r.language,
      r.reporterEmail,
      r.accountId ?? null,
      r.trackingTokenHash ?? null,
      r.cvssVector ?? null,
      r.cvssScore ?? null,
      r.receivedAt,
      r.firstResponseDueAt,
      r.updatedAt,
    );
    timeline.run(t.id, t.reportId, t.at, t.kind, t.actor, t.data);
    outbox.run(o.id, o.kind, o.payload, o.createdAt, o.availableAt, null, null, null);
  });
  return { run: (n) => tx(n), close: () => conn.close() };
}

interface Measured {
  reports: number;
  seconds: number;
  commitMs: { p50: number; p99: number };
  /** CPU time of this process per report (PostgreSQL's own work is not in it). */
  cpuMsPerReport: number;
}

/** Runs `workers` loops of `step` until the deadline; `step` writes `perCommit` reports. */
async function measure(
  seconds: number,
  workers: number,
  perCommit: number,
  step: (worker: number, n: number) => Promise<void>,
): Promise<Measured> {
  const samples: number[] = [];
  let commits = 0;
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  const deadline = start + seconds * 1000;
  await Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      for (let i = 0; commits < MAX_COMMITS; i += 1) {
        const t0 = performance.now();
        if (t0 >= deadline) return;
        await step(w, i * perCommit);
        samples.push(performance.now() - t0);
        commits += 1;
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpu0);
  samples.sort((a, b) => a - b);
  const at = (p: number): number =>
    samples[Math.min(samples.length - 1, Math.max(0, Math.ceil(p * samples.length) - 1))] ??
    Number.NaN;
  return {
    reports: commits * perCommit,
    seconds: elapsed,
    commitMs: { p50: at(0.5), p99: at(0.99) },
    cpuMsPerReport: (cpu.user + cpu.system) / 1000 / Math.max(1, commits * perCommit),
  };
}

function line(dialect: DialectName, label: string, m: Measured, reference?: number): void {
  const rate = m.reports / m.seconds;
  const ratio =
    reference === undefined
      ? ''
      : `  (${((rate / reference) * 100).toFixed(0)} % of the single-row insert)`;
  process.stdout.write(
    `${dialect.padEnd(8)} ${label.padEnd(58)} ${Math.round(rate).toLocaleString('en').padStart(7)} reports/s  transaction p50 ${m.commitMs.p50.toFixed(2)} ms, p99 ${m.commitMs.p99.toFixed(2)} ms, CPU ${m.cpuMsPerReport.toFixed(2)} ms/report${ratio}\n`,
  );
}

/**
 * SQLite only: WAL frames (pages) one commit of a shape appends, measured with the automatic
 * checkpoint off over `commits` commits. Every page is written to the WAL before the fsync, and
 * the automatic checkpoint (every 1000 pages) copies them back into the database file, inline,
 * in the committing call.
 */
async function walPagesPerReport(
  db: Db,
  commits: number,
  perCommit: number,
  step: (n: number) => Promise<void>,
): Promise<number> {
  const wal = `${db.location}-wal`;
  await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db.kysely);
  await sql`PRAGMA wal_autocheckpoint = 0`.execute(db.kysely);
  try {
    for (let i = 0; i < commits; i += 1) await step(i * perCommit);
    const { rows } = await sql<{ page_size: number }>`PRAGMA page_size`.execute(db.kysely);
    const pageSize = rows[0]?.page_size ?? 4096;
    const frames = (fs.statSync(wal).size - 32) / (pageSize + 24);
    return frames / (commits * perCommit);
  } finally {
    await sql`PRAGMA wal_autocheckpoint = 1000`.execute(db.kysely);
    await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db.kysely);
  }
}

/** The raw single-row insert of bench/intake.ts, on the same `reports` table, through Kysely. */
async function rawInsert(db: Db, tag: string, n: number): Promise<void> {
  await insertReport(db.kysely, rowsFor(tag, n, `RAW-${tag}-${n}`).report);
}

async function runDialect(dialect: DialectName, seconds: number, adminUrl: string | undefined) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vulndesk-shapes-'));
  let databaseUrl: string | undefined;
  let drop = async (): Promise<void> => undefined;
  if (dialect === 'postgres' && adminUrl !== undefined) {
    const name = `vd_shapes_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const u = new URL(adminUrl);
    u.pathname = `/${name}`;
    databaseUrl = u.toString();
    drop = async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  }
  // Pool as the app opens it (default 10); 20 workers stand for 20 HTTP connections.
  const db = openDb({ databaseUrl, dataDir });
  try {
    await migrateToLatest(db);
    const workers = dialect === 'sqlite' ? 1 : 20;
    const rawDb = dialect === 'sqlite' ? db : openDb({ databaseUrl, dataDir, poolSize: 20 });
    let raw: Measured;
    try {
      raw = await measure(seconds, workers, 1, (w, n) => rawInsert(rawDb, `raw${w}`, n));
    } finally {
      if (rawDb !== db) await rawDb.close();
    }
    await db.kysely.deleteFrom('reports').execute();
    const rawRate = raw.reports / raw.seconds;
    line(
      dialect,
      `single-row insert via Kysely (${workers === 1 ? '1 connection' : '20 clients'})`,
      raw,
    );

    const service = await measure(seconds, workers, 1, (w, n) =>
      serviceTransaction(db, `svc${w}`, n, 'report'),
    );
    line(
      dialect,
      `service transaction, 1 report/commit${dialect === 'postgres' ? ' (20 workers, pool 10)' : ''}`,
      service,
      rawRate,
    );
    if (dialect === 'sqlite') {
      const prepared = preparedServiceTransaction(db.location);
      try {
        const direct = await measure(seconds, 1, 1, (_w, n) => {
          prepared.run(n);
          return Promise.resolve();
        });
        line(dialect, 'same statements, prepared once, better-sqlite3 directly', direct, rawRate);
      } finally {
        prepared.close();
      }
    }
    if (dialect === 'postgres') {
      const unshared = await measure(seconds, workers, 1, (w, n) =>
        serviceTransaction(db, `nolock${w}`, n, `report-w${w}`),
      );
      line(dialect, 'same, but one counter row per worker (no shared row lock)', unshared, rawRate);
    }
    for (const k of [5, 20]) {
      const batched = await measure(seconds, 1, k, (w, n) =>
        batchedTransaction(db, `batch${k}-${w}`, n, k),
      );
      line(dialect, `group commit: ${k} reports/commit, one batch at a time`, batched, rawRate);
    }
    if (dialect === 'sqlite') {
      const pages = [
        [
          'single-row insert',
          await walPagesPerReport(db, 200, 1, (n) => rawInsert(db, 'walraw', n)),
        ],
        [
          'service transaction',
          await walPagesPerReport(db, 200, 1, (n) => serviceTransaction(db, 'walsvc', n, 'report')),
        ],
        [
          'group commit of 20',
          await walPagesPerReport(db, 10, 20, (n) => batchedTransaction(db, 'walbatch', n, 20)),
        ],
      ] as const;
      process.stdout.write(
        `sqlite   WAL pages written per report: ${pages.map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}\n`,
      );
    }
  } finally {
    await db.close();
    await drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { seconds: { type: 'string', default: '5' }, only: { type: 'string' } },
  });
  const seconds = Math.max(1, Math.min(120, Number(values.seconds) || 5));
  const adminUrl = process.env.DATABASE_URL || undefined;
  const guard = setTimeout(
    () => {
      process.stderr.write('commit-shapes: took too long; aborting\n');
      process.exit(2);
    },
    (seconds * 12 + 120) * 1000,
  );
  guard.unref();
  if (values.only !== 'postgres') await runDialect('sqlite', seconds, undefined);
  if (values.only !== 'sqlite') {
    if (adminUrl === undefined) process.stdout.write('postgres: skipped (DATABASE_URL not set)\n');
    else await runDialect('postgres', seconds, adminUrl);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
