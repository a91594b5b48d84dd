/**
 * `npm run bench:intake [-- --seconds N --warmup N --connections N --pg --only sqlite|postgres
 *                         --pool N --assess --profile DIR]`
 *
 * For each database (SQLite always; PostgreSQL when DATABASE_URL is set or `--pg` starts a
 * throw-away cluster) on a fresh database:
 *   (a) raw: the storage limit — one ~4 KB row per transaction into a copy of the `reports`
 *       table (its columns, keys and indexes), with the app's durability settings (SQLite: one connection, sequential commits;
 *       PostgreSQL: 20 concurrent clients);
 *   (b) hello: the HTTP limit — a bare Fastify `GET /hello` under autocannon;
 *   (c) intake: autocannon against `POST /api/v1/reports` with a ~4 KB report (distinct title per
 *       request), after a warm-up; every response must be 201 and the number of new rows in
 *       `reports` must equal the number of reports the server committed;
 *   (d) with --assess: the same bodies to `POST /api/v1/reports/assess` (all but the storage).
 * Prints each figure, then one table row per database with PASS/MISS against the targets
 * (intake ≥ 60 % of raw, p99 < 50 ms). Exits non-zero if any run had errors.
 * The load generator runs in a child process (`bench/loadgen.ts`); see bench/README.md.
 */
import { Session } from 'node:inspector/promises';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import SQLite from 'better-sqlite3';
import Fastify from 'fastify';
import pg from 'pg';
import { sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import type { Db, DialectName } from '../src/db/client.js';
import type { ReportService } from '../src/services/report.service.js';
import { runBenchmark, startWatchdog } from './cleanups.js';
import { benchTempParent, freshPostgres, freshSqlite, type Target } from './databases.js';
import { chooseDialects, onlyDialect, positiveInt } from './options.js';
import { f0, f1, f2, latencyOf, out, pct, sleep } from './figures.js';
import { describeLoad, loadProblems, runLoad, statusList } from './load-runner.js';
import type { LoadJob } from './loadgen.js';
import { checkQuiet, cpuMark, cpuSince, describeCpu, type CpuSpan } from './machine-cpu.js';
import { PADDED_REPORT, reportJson, reportTitle } from './report-body.js';
import { searchText } from '../src/domain/report/search-text.js';

// ---------------------------------------------------------------------------------------------
// options

const TARGET_RATIO = 0.6;
const TARGET_P99_MS = 50;
/** Upper bound on raw inserts per phase, whatever the duration (keeps every loop bounded). */
const MAX_RAW_ROWS = 5_000_000;
/** Upper bound on latency samples kept per phase. */
const MAX_SAMPLES = 2_000_000;

interface Options {
  seconds: number;
  warmup: number;
  connections: number;
  startPg: boolean;
  only: DialectName | undefined;
  /** PostgreSQL pool size of the app under test; undefined = the app's default. */
  pool: number | undefined;
  /** Directory to write a CPU profile of each measured intake run to. */
  profileDir: string | undefined;
  /** Also load `POST /api/v1/reports/assess` (everything intake does but storing). */
  assess: boolean;
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      seconds: { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string' },
      pg: { type: 'boolean', default: false },
      only: { type: 'string' },
      pool: { type: 'string' },
      profile: { type: 'string' },
      assess: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(
      'usage: npm run bench:intake -- [--seconds 10] [--warmup 2] [--connections 20] [--pg] [--only sqlite|postgres] [--pool N] [--profile DIR] [--assess]\n',
    );
    process.exit(0);
  }
  const only = onlyDialect(values.only);
  return {
    seconds: positiveInt('seconds', values.seconds, 10, 600),
    warmup: positiveInt('warmup', values.warmup, 2, 60),
    connections: positiveInt('connections', values.connections, 20, 1000),
    startPg: values.pg,
    only,
    pool: values.pool === undefined ? undefined : positiveInt('pool', values.pool, 10, 1000),
    profileDir: values.profile === undefined ? undefined : path.resolve(values.profile),
    assess: values.assess,
  };
}

// ---------------------------------------------------------------------------------------------
// (a) raw durable insert rate

/**
 * A copy of the `reports` table as the migrations leave it: its columns, keys and indexes (the
 * trigram GIN indexes on PostgreSQL included), without its foreign keys and triggers. On SQLite
 * the trigram index is a table of its own, filled after the commit, so it is not part of the copy.
 */
async function createRawTable(db: Db): Promise<void> {
  if (db.dialect === 'postgres') {
    await sql`create table bench_raw_reports (like reports including all)`.execute(db.kysely);
    return;
  }
  const { rows } = await sql<{ type: string; sql: string }>`
    select type, sql from sqlite_master
    where tbl_name = 'reports' and type in ('table', 'index') and sql is not null
    order by type = 'index'`.execute(db.kysely);
  for (const row of rows) {
    const copy =
      row.type === 'table'
        ? row.sql
            .replace(/^CREATE TABLE "?reports"?/i, 'CREATE TABLE "bench_raw_reports"')
            .replace(
              / references "?\w+"? \("?\w+"?\)( on delete set null| on delete cascade)?/gi,
              '',
            )
        : row.sql.replace(
            /^(CREATE (?:UNIQUE )?INDEX) "?(\w+)"? on "?reports"?/i,
            '$1 "bench_raw_$2" on "bench_raw_reports"',
          );
    if (copy === row.sql) throw new Error(`cannot copy the reports schema: ${row.sql}`);
    await sql.raw(copy).execute(db.kysely);
  }
}

/** The columns intake fills in a new report's row. */
const RAW_COLUMNS = [
  'id',
  'ref',
  'status',
  'title',
  'submission',
  'quality_tier',
  'language',
  'reporter_email',
  'account_id',
  'tracking_token_hash',
  'cvss_vector',
  'cvss_score',
  'received_at',
  'first_response_due_at',
  'updated_at',
  'reporter_key',
  'search_text',
  'next_due_at',
  'next_at_risk_at',
  'reporter_seq',
] as const;

/** The bench report's search text without its first line (the title, which varies). */
const SEARCH_TEXT_REST = searchText(PADDED_REPORT).replace(/^[^\n]*/, '');

function rawRow(tag: string, n: number): (string | number | null)[] {
  const now = new Date();
  const at = now.toISOString();
  const title = reportTitle(tag, n);
  const due = new Date(now.getTime() + 86_400_000);
  return [
    uuidv7(),
    `RAW-${tag}-${n}`,
    'new',
    title,
    reportJson(tag, n),
    'high',
    'en',
    'aiko@example.org',
    null,
    randomBytes(32).toString('hex'),
    'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H',
    8.8,
    at,
    due.toISOString(),
    at,
    'aiko@example.org',
    `${title.toLowerCase()}${SEARCH_TEXT_REST}`,
    due.toISOString(),
    new Date(due.getTime() - 6 * 3_600_000).toISOString(),
    n + 1,
  ];
}

interface RawResult {
  rows: number;
  seconds: number;
  rate: number;
  commitMs: { p50: number; p99: number };
  /** CPU time of this process per row (SQLite: the library's work; the fsync wait is not CPU). */
  cpuMsPerRow: number;
  sysMsPerRow: number;
  cpu: CpuSpan;
  settings: string;
  concurrency: number;
}

/** One connection, the app's pragmas, autocommit INSERTs (one transaction, one WAL fsync each). */
function rawSqlite(file: string, seconds: number): RawResult {
  const conn = new SQLite(file);
  try {
    conn.pragma('journal_mode = WAL');
    conn.pragma('synchronous = FULL');
    conn.pragma('foreign_keys = ON');
    conn.pragma('busy_timeout = 5000');
    const settings = `journal_mode=${String(conn.pragma('journal_mode', { simple: true }))}, synchronous=${String(conn.pragma('synchronous', { simple: true }))} (2 = FULL)`;
    const insert = conn.prepare(
      `INSERT INTO bench_raw_reports (${RAW_COLUMNS.join(', ')}) VALUES (${RAW_COLUMNS.map(() => '?').join(', ')})`,
    );
    const samples: number[] = [];
    const mark = cpuMark();
    const start = performance.now();
    const deadline = start + seconds * 1000;
    let rows = 0;
    while (rows < MAX_RAW_ROWS) {
      const t0 = performance.now();
      if (t0 >= deadline) break;
      insert.run(rawRow('sqlite', rows));
      if (samples.length < MAX_SAMPLES) samples.push(performance.now() - t0);
      rows += 1;
    }
    const elapsed = (performance.now() - start) / 1000;
    const cpu = cpuSince(mark);
    conn.pragma('wal_checkpoint(TRUNCATE)');
    return {
      rows,
      seconds: elapsed,
      rate: rows / elapsed,
      commitMs: latencyOf(samples),
      cpuMsPerRow: cpu.selfMs / Math.max(1, rows),
      sysMsPerRow: cpu.selfSysMs / Math.max(1, rows),
      cpu,
      settings,
      concurrency: 1,
    };
  } finally {
    conn.close();
  }
}

/** `clients` concurrent clients from a pool, autocommit INSERTs (one commit, one WAL flush each). */
async function rawPostgres(url: string, seconds: number, clients: number): Promise<RawResult> {
  const pool = new pg.Pool({ connectionString: url, max: clients });
  pool.on('error', () => undefined);
  try {
    const show = async (name: string): Promise<string> =>
      (await pool.query<Record<string, string>>(`SHOW ${name}`)).rows[0]?.[name] ?? '?';
    const settings = `fsync=${await show('fsync')}, synchronous_commit=${await show('synchronous_commit')}, wal_sync_method=${await show('wal_sync_method')}, commit_delay=${await show('commit_delay')}`;
    // Open every connection before the clock starts.
    const held = await Promise.all(Array.from({ length: clients }, () => pool.connect()));
    for (const c of held) c.release();
    const text = `INSERT INTO bench_raw_reports (${RAW_COLUMNS.join(', ')}) VALUES (${RAW_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')})`;
    const samples: number[] = [];
    let rows = 0;
    const mark = cpuMark();
    const start = performance.now();
    const deadline = start + seconds * 1000;
    const worker = async (w: number): Promise<void> => {
      for (let i = 0; rows < MAX_RAW_ROWS; i += 1) {
        const t0 = performance.now();
        if (t0 >= deadline) return;
        await pool.query(text, rawRow(`pg${w}`, i));
        if (samples.length < MAX_SAMPLES) samples.push(performance.now() - t0);
        rows += 1;
      }
    };
    await Promise.all(Array.from({ length: clients }, (_, w) => worker(w)));
    const elapsed = (performance.now() - start) / 1000;
    const cpu = cpuSince(mark);
    return {
      rows,
      seconds: elapsed,
      rate: rows / elapsed,
      commitMs: latencyOf(samples),
      cpuMsPerRow: cpu.selfMs / Math.max(1, rows),
      sysMsPerRow: cpu.selfSysMs / Math.max(1, rows),
      cpu,
      settings,
      concurrency: clients,
    };
  } finally {
    await pool.end();
  }
}

// ---------------------------------------------------------------------------------------------
// (b) HTTP limit

interface HttpResult {
  rate: number;
  p50: number;
  p99: number;
  /** Server process CPU time per successful request. */
  cpuMsPerRequest: number;
  problems: string[];
}

async function runHello(opts: Options, restLabel: string): Promise<HttpResult> {
  const app = Fastify({ logger: false });
  app.get('/hello', async () => ({ hello: 'world' }));
  await app.listen({ host: '127.0.0.1', port: 0 });
  try {
    const { port } = app.server.address() as AddressInfo;
    const job = (seconds: number): LoadJob => ({
      url: `http://127.0.0.1:${port}/hello`,
      method: 'GET',
      connections: opts.connections,
      seconds,
    });
    await runLoad(job(opts.warmup));
    const mark = cpuMark();
    const s = await runLoad(job(opts.seconds));
    const cpu = cpuSince(mark);
    const cpuMsPerRequest = cpu.selfMs / Math.max(1, s.ok2xx);
    out(`  (b) hello      ${describeLoad(s)}; server CPU ${f2(cpuMsPerRequest)} ms per request`);
    out(`                 ${describeCpu(cpu, s.cpuCores, restLabel)}`);
    return {
      rate: s.ok2xx / s.seconds,
      p50: s.latencyMs.p50,
      p99: s.latencyMs.p99,
      cpuMsPerRequest,
      problems: loadProblems(s, 200),
    };
  } finally {
    await app.close();
  }
}

// ---------------------------------------------------------------------------------------------
// (c) intake

interface SubmitProbe {
  inFlight: number;
  committed: number;
  failed: number;
  /** Time inside ReportService.submit (validation + the transaction), per committed report. */
  serviceMs: number[];
}

/** Counts and times ReportService.submit on the instance the routes call. */
function instrument(reports: ReportService): SubmitProbe {
  const probe: SubmitProbe = { inFlight: 0, committed: 0, failed: 0, serviceMs: [] };
  const original = reports.submit.bind(reports);
  reports.submit = async (...args: Parameters<ReportService['submit']>) => {
    probe.inFlight += 1;
    const t0 = performance.now();
    try {
      const result = await original(...args);
      probe.committed += 1;
      if (probe.serviceMs.length < MAX_SAMPLES) probe.serviceMs.push(performance.now() - t0);
      return result;
    } catch (err) {
      probe.failed += 1;
      throw err;
    } finally {
      probe.inFlight -= 1;
    }
  };
  return probe;
}

/** Waits until no submission has been in flight for a few checks in a row (at most 15 s). */
async function drain(probe: SubmitProbe): Promise<boolean> {
  let quiet = 0;
  for (let i = 0; i < 300 && quiet < 4; i += 1) {
    await sleep(50);
    quiet = probe.inFlight === 0 ? quiet + 1 : 0;
  }
  return quiet >= 4;
}

/** CPU profile of this process (the server side; the load generator is another process). */
async function startProfile(): Promise<{ stop: (file: string) => Promise<void> }> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  return {
    stop: async (file) => {
      const { profile } = await session.post('Profiler.stop');
      session.disconnect();
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, JSON.stringify(profile));
    },
  };
}

async function countReports(db: Db): Promise<number> {
  const row = await db.kysely
    .selectFrom('reports')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

interface IntakeResult {
  rate: number;
  p50: number;
  p99: number;
  serviceMs: { p50: number; p99: number };
  serverCpu: number;
  /** Server process CPU time per committed report (HTTP, validation, SQL, driver). */
  cpuMsPerReport: number;
  loopDelayP99Ms: number;
  problems: string[];
}

async function runIntake(target: Target, opts: Options, restLabel: string): Promise<IntakeResult> {
  const config = loadConfig({
    DATA_DIR: target.dataDir,
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'silent',
    REPORT_RATE_LIMIT: '0',
    ...(target.databaseUrl === undefined ? {} : { DATABASE_URL: target.databaseUrl }),
  });
  const app = await buildApp({ config, db: target.db, logger: false });
  const probe = instrument(app.services.reports);
  await app.fastify.listen({ host: '127.0.0.1', port: 0 });
  const problems: string[] = [];
  try {
    const { port } = app.fastify.server.address() as AddressInfo;
    const url = `http://127.0.0.1:${port}/api/v1/reports`;

    // One request first, so a broken setup fails with the server's own words.
    const first = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: reportJson(`${target.dialect}-probe`, 0),
    });
    if (first.status !== 201) {
      throw new Error(`the first report was answered ${first.status}: ${await first.text()}`);
    }

    const job = (seconds: number, tag: string): LoadJob => ({
      url,
      method: 'POST',
      connections: opts.connections,
      seconds,
      reportTag: `${target.dialect}-${tag}`,
    });

    const warm = await runLoad(job(opts.warmup, 'warm'));
    for (const p of loadProblems(warm, 201)) problems.push(`warm-up: ${p}`);
    if (!(await drain(probe))) problems.push('warm-up: submissions still in flight after 15 s');

    const rowsBefore = await countReports(target.db);
    const committedBefore = probe.committed;
    const failedBefore = probe.failed;
    probe.serviceMs.length = 0;
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    const profiler = opts.profileDir === undefined ? undefined : await startProfile();
    const mark = cpuMark();
    const mainElu = performance.eventLoopUtilization();
    const writerElu = app.services.reports.writerUtilization();
    const transactionsBefore = app.services.reports.intakeTransactions;

    const s = await runLoad(job(opts.seconds, 'run'));

    const cpu = cpuSince(mark);
    const mainBusy = performance.eventLoopUtilization(mainElu).utilization;
    const transactions = app.services.reports.intakeTransactions - transactionsBefore;
    const writerNow = app.services.reports.writerUtilization();
    const writerBusy =
      writerNow === undefined || writerElu === undefined
        ? undefined
        : writerNow.active - writerElu.active;
    loop.disable();
    if (profiler !== undefined && opts.profileDir !== undefined) {
      const file = path.join(opts.profileDir, `intake-${target.dialect}.cpuprofile`);
      await profiler.stop(file);
      out(`                 CPU profile of the measured run: ${file}`);
    }
    if (!(await drain(probe))) problems.push('submissions still in flight 15 s after the run');
    const rowsAfter = await countReports(target.db);

    const committed = probe.committed - committedBefore;
    const rows = rowsAfter - rowsBefore;
    const inFlightAtStop = committed - s.ok2xx;
    out(`  (c) intake     ${describeLoad(s)}`);
    out(
      `                 statuses ${statusList(s)}; server committed ${f0(committed)} reports (${f0(inFlightAtStop)} of them still in flight when the load generator stopped), ${f0(rows)} new rows in reports`,
    );
    problems.push(...loadProblems(s, 201));
    if (probe.failed - failedBefore > 0) {
      problems.push(`${probe.failed - failedBefore} submissions failed inside the service`);
    }
    if (rows !== committed) {
      problems.push(`rows in reports (${rows}) ≠ reports the server committed (${committed})`);
    }
    if (inFlightAtStop < 0 || inFlightAtStop > opts.connections) {
      problems.push(
        `201s seen by the client (${s.ok2xx}) do not match committed reports (${committed})`,
      );
    }
    const serviceMs = latencyOf(probe.serviceMs);
    const serverCpu = cpu.selfCores;
    const cpuMsPerReport = cpu.selfMs / Math.max(1, committed);
    const loopDelayP99Ms = loop.percentile(99) / 1e6;
    out(
      `                 service time (validate + transaction) p50 ${f2(serviceMs.p50)} ms, p99 ${f2(serviceMs.p99)} ms; server process CPU ${pct(serverCpu)} of one core, ${f2(cpuMsPerReport)} ms per report (${f2(cpu.selfSysMs / Math.max(1, committed))} ms of it in the kernel); event-loop delay p99 ${f1(loopDelayP99Ms)} ms`,
    );
    out(
      `                 busy: server thread ${pct(mainBusy)}${writerBusy === undefined ? '' : `, SQLite writer thread ${pct(writerBusy / (cpu.wallMs || 1))} (${f2(writerBusy / Math.max(1, committed))} ms per report)`}; ${f1(committed / Math.max(1, transactions))} reports per transaction`,
    );
    out(`                 ${describeCpu(cpu, s.cpuCores, restLabel)}`);
    if (opts.assess) {
      // Same bodies, same app, nothing stored: HTTP, JSON parsing, schema and domain validation.
      const assessJob = (seconds: number, tag: string): LoadJob => ({
        ...job(seconds, tag),
        url: `http://127.0.0.1:${port}/api/v1/reports/assess`,
      });
      await runLoad(assessJob(opts.warmup, 'assess-warm'));
      const markA = cpuMark();
      const a = await runLoad(assessJob(opts.seconds, 'assess'));
      const cpuA = cpuSince(markA);
      out(
        `  (d) assess     ${describeLoad(a)}; server CPU ${f2(cpuA.selfMs / Math.max(1, a.ok2xx))} ms per request`,
      );
      out(`                 ${describeCpu(cpuA, a.cpuCores, restLabel)}`);
      for (const p of loadProblems(a, 200)) problems.push(`assess: ${p}`);
    }
    return {
      rate: s.ok2xx / s.seconds,
      p50: s.latencyMs.p50,
      p99: s.latencyMs.p99,
      serviceMs,
      serverCpu,
      cpuMsPerReport,
      loopDelayP99Ms,
      problems,
    };
  } finally {
    await app.fastify.close();
  }
}

// ---------------------------------------------------------------------------------------------
// one database

interface DialectRow {
  dialect: DialectName;
  raw: RawResult;
  hello: HttpResult;
  intake: IntakeResult;
}

async function benchDialect(
  dialect: DialectName,
  parent: string,
  adminUrl: string | undefined,
  opts: Options,
): Promise<DialectRow> {
  const target =
    dialect === 'sqlite'
      ? await freshSqlite(parent, opts.pool)
      : await freshPostgres(adminUrl ?? '', parent, opts.pool);
  out(`${dialect}: fresh database ${target.db.location}`);

  await checkQuiet(`the ${dialect} phases`);
  await createRawTable(target.db);
  let raw: RawResult;
  if (target.dialect === 'sqlite') {
    raw = rawSqlite(target.file ?? '', opts.seconds);
  } else {
    raw = await rawPostgres(target.databaseUrl ?? '', opts.seconds, opts.connections);
  }
  await target.db.kysely.schema.dropTable('bench_raw_reports').execute();
  if (target.dialect === 'postgres') {
    // Start the intake run without the raw phase's dirty buffers (needs superuser or pg_checkpoint).
    await pgCheckpoint(target.databaseUrl ?? '');
  }
  out(
    `  (a) raw        ${f0(raw.rate)} rows/s (${f0(raw.rows)} rows in ${f1(raw.seconds)} s, ${raw.concurrency} ${raw.concurrency === 1 ? 'connection, sequential' : 'concurrent clients'}), commit p50 ${f2(raw.commitMs.p50)} ms, p99 ${f2(raw.commitMs.p99)} ms, CPU ${f2(raw.cpuMsPerRow)} ms per row (${f2(raw.sysMsPerRow)} in the kernel) [${raw.settings}]`,
  );
  out(
    `                 ${describeCpu(raw.cpu, 0, dialect === 'postgres' ? 'PostgreSQL and other processes' : 'other processes', 'inserter')}`,
  );

  const rest = dialect === 'postgres' ? 'PostgreSQL and other processes' : 'other processes';
  const hello = await runHello(opts, rest);
  const intake = await runIntake(target, opts, rest);
  out(
    `                 intake/raw ${pct(intake.rate / raw.rate)}, intake/hello ${pct(intake.rate / hello.rate)}`,
  );
  return { dialect, raw, hello, intake };
}

async function pgCheckpoint(url: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query('CHECKPOINT');
  } catch {
    // not permitted: fine, the run is just noisier
  } finally {
    await c.end();
  }
}

// ---------------------------------------------------------------------------------------------
// main

function table(rows: DialectRow[]): string[] {
  const header = [
    'database',
    'raw rows/s',
    'hello req/s',
    'intake rep/s',
    'p50 ms',
    'p99 ms',
    'intake/raw',
    'intake/hello',
    'target',
  ];
  const body = rows.map((r) => {
    const ratio = r.intake.rate / r.raw.rate;
    const pass =
      r.intake.problems.length === 0 && ratio >= TARGET_RATIO && r.intake.p99 < TARGET_P99_MS;
    const why = [
      ratio < TARGET_RATIO ? `ratio < ${TARGET_RATIO * 100} %` : '',
      r.intake.p99 >= TARGET_P99_MS ? `p99 ≥ ${TARGET_P99_MS} ms` : '',
      r.intake.problems.length > 0 ? 'errors' : '',
    ].filter((x) => x !== '');
    return [
      r.dialect,
      f0(r.raw.rate),
      f0(r.hello.rate),
      f0(r.intake.rate),
      f1(r.intake.p50),
      f1(r.intake.p99),
      pct(ratio),
      pct(r.intake.rate / r.hello.rate),
      pass ? 'PASS' : `MISS (${why.join(', ')})`,
    ];
  });
  const all = [header, ...body];
  const widths = header.map((_, i) => Math.max(...all.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]): string =>
    `| ${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)];
}

async function main(): Promise<number> {
  const opts = parseOptions(process.argv.slice(2));
  const { dialects, adminUrl, pgSource } = await chooseDialects(opts.only, opts.startPg);

  // A hard upper bound on the whole run.
  // raw, hello and intake (and assess): each phase plus its warm-up, plus a generous margin.
  const phases = opts.assess ? 4 : 3;
  const perDialect = (opts.seconds + opts.warmup) * phases + 120;
  const budget = perDialect * Math.max(1, dialects.length) + 120;
  startWatchdog(budget);

  const parent = benchTempParent();
  const cpus = os.cpus();
  out(`vulndesk intake benchmark — ${new Date().toISOString()}`);
  out(
    `machine: ${os.availableParallelism()} CPUs (${cpus[0]?.model.trim() ?? '?'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, node ${process.version}, ${os.type()} ${os.release()}`,
  );
  out(
    `settings: ${opts.seconds} s per phase, ${opts.warmup} s warm-up, ${opts.connections} connections; load generator in a child process (shares the CPUs with the server)`,
  );
  out(`SQLite data dir parent: ${parent.dir} — ${parent.why}`);
  if (opts.only !== 'sqlite') out(`PostgreSQL: ${pgSource}`);
  out(
    `app PostgreSQL pool size: ${opts.pool ?? 'the app default (10)'}; body ${Buffer.byteLength(reportJson('x', 1))} bytes`,
  );
  out();

  const rows: DialectRow[] = [];
  for (const dialect of dialects) {
    rows.push(await benchDialect(dialect, parent.dir, adminUrl, opts));
    out();
  }

  out(
    `results (${new Date().toISOString().slice(0, 10)}; targets: intake ≥ ${TARGET_RATIO * 100} % of raw, p99 < ${TARGET_P99_MS} ms)`,
  );
  for (const l of table(rows)) out(l);

  const problems = rows.flatMap((r) => [
    ...r.hello.problems.map((p) => `${r.dialect} hello: ${p}`),
    ...r.intake.problems.map((p) => `${r.dialect} intake: ${p}`),
  ]);
  if (problems.length > 0) {
    process.stderr.write('\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n');
    process.stderr.write('!!! THE BENCHMARK HAD ERRORS — the figures above are not valid:\n');
    for (const p of problems) process.stderr.write(`!!!   ${p}\n`);
    process.stderr.write('!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n');
    return 1;
  }
  return 0;
}

runBenchmark(main);
