/**
 * `npm run bench:triage [-- --reports N --seconds N --warmup N --connections N --pg
 *                         --only sqlite|postgres --requests TEXT --no-readme]`
 *
 * The staff queue (`GET /api/v1/reports`) over a database of 100,000 reports, on SQLite and
 * (when DATABASE_URL is set or `--pg` starts a throw-away cluster) PostgreSQL, each on a fresh
 * database seeded by `bench/queue-seed.ts`. For each query shape — the default queue, a
 * filtered queue, one assignee, a text search (a product name, and a common word), a deep page
 * through a cursor — it prints the query plan and the time of the query alone, then loads the
 * endpoint with autocannon (in a child process) with a staff API token, next to a hello-world
 * route measured in the same run.
 * Prints p50/p99/max latency and requests/s for each and writes the table to bench/README.md
 * ("Triage queue"). Exits non-zero if any run had errors.
 */
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import SQLite from 'better-sqlite3';
import Fastify from 'fastify';
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteDialect, type LogEvent } from 'kysely';
import pg from 'pg';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import type { DialectName } from '../src/db/client.js';
import {
  listQueue,
  type QueueCursor,
  type QueueDueFilter,
  type QueueFilters,
} from '../src/db/repositories/queue.js';
import type { Database } from '../src/db/schema.js';
import {
  OPEN_STATES,
  decodeQueueCursor,
  encodeQueueCursor,
} from '../src/services/triage.service.js';
import { runBenchmark, startWatchdog } from './cleanups.js';
import { benchTempParent, freshPostgres, freshSqlite, type Target } from './databases.js';
import { chooseDialects, onlyDialect, positiveInt } from './options.js';
import { f0, f1, latencyOf, out, pct } from './figures.js';
import { describeLoad, loadProblems, runLoad } from './load-runner.js';
import type { LoadJob, LoadSummary } from './loadgen.js';
import { machineBusy } from './machine-cpu.js';
import { seedQueue, type SeededQueue } from './queue-seed.js';
import { replaceReadmeBlock } from './readme-section.js';

const TARGET_P99_MS = 50;
const PAGE = 50;
/** Sequential runs of each query straight on the database, for its own time. */
const DIRECT_RUNS = 200;

interface Options {
  reports: number;
  seconds: number;
  warmup: number;
  connections: number;
  startPg: boolean;
  only: DialectName | undefined;
  /** Only the requests whose name holds this text (the hello route always runs). */
  requests: string | undefined;
  writeReadme: boolean;
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      reports: { type: 'string' },
      seconds: { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string' },
      pg: { type: 'boolean', default: false },
      only: { type: 'string' },
      requests: { type: 'string' },
      'no-readme': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    out(
      'usage: npm run bench:triage -- [--reports 100000] [--seconds 10] [--warmup 2] [--connections 10] [--pg] [--only sqlite|postgres] [--requests TEXT] [--no-readme]',
    );
    process.exit(0);
  }
  const only = onlyDialect(values.only);
  return {
    reports: positiveInt('reports', values.reports, 100_000, 2_000_000),
    seconds: positiveInt('seconds', values.seconds, 10, 600),
    warmup: positiveInt('warmup', values.warmup, 2, 60),
    connections: positiveInt('connections', values.connections, 10, 1000),
    startPg: values.pg,
    only,
    requests: values.requests,
    // A table of some requests only must not replace the full one.
    writeReadme: !values['no-readme'] && values.requests === undefined,
  };
}

// ---------------------------------------------------------------------------------------------
// the query shapes

interface Scenario {
  name: string;
  /** The query string of the request, without the leading `?`. */
  params: Record<string, string>;
}

function scenarios(seeded: SeededQueue, deepCursor: string): Scenario[] {
  return [
    { name: 'default queue', params: { limit: String(PAGE) } },
    {
      name: 'status=triage&due=at-risk',
      params: { status: 'triage', due: 'at-risk', limit: String(PAGE) },
    },
    {
      name: 'one assignee',
      params: { assignee: seeded.staffIds[2] ?? '', limit: String(PAGE) },
    },
    { name: 'text search q=', params: { q: 'contoso mail', limit: String(PAGE) } },
    // The vendor's name: most open reports hold it.
    { name: 'text search, common word', params: { q: 'contoso', limit: String(PAGE) } },
    { name: 'deep page (cursor)', params: { cursor: deepCursor, limit: String(PAGE) } },
  ];
}

/** The filters the route and the service make of these parameters (same defaults). */
function filtersOf(params: Record<string, string>): {
  filters: QueueFilters;
  after: QueueCursor | undefined;
} {
  const filters: QueueFilters = {
    statuses: params.status === undefined ? OPEN_STATES : params.status.split(','),
    ...(params.assignee !== undefined ? { assignee: params.assignee } : {}),
    ...(params.product !== undefined ? { productId: params.product } : {}),
    ...(params.due !== undefined ? { due: params.due as QueueDueFilter } : {}),
    ...(params.q !== undefined ? { q: params.q } : {}),
  };
  return {
    filters,
    after: params.cursor === undefined ? undefined : decodeQueueCursor(params.cursor),
  };
}

const queryString = (params: Record<string, string>): string =>
  new URLSearchParams(params).toString();

// ---------------------------------------------------------------------------------------------
// the query alone: its plan and its time

interface Captured {
  sql: string;
  parameters: readonly unknown[];
}

interface Probe {
  k: Kysely<Database>;
  /** SQLite: EXPLAIN QUERY PLAN; PostgreSQL: EXPLAIN (ANALYZE, BUFFERS): one line per node. */
  explain: (q: Captured) => Promise<string[]>;
  close: () => Promise<void>;
}

/** A second connection with query logging, for plans and timings without HTTP. */
function openProbe(target: Target, captured: Captured[]): Probe {
  const log = (event: LogEvent): void => {
    if (event.level === 'query' && captured.length < 10) {
      captured.push({ sql: event.query.sql, parameters: event.query.parameters });
    }
  };
  if (target.dialect === 'sqlite') {
    const conn = new SQLite(target.file ?? '', { readonly: true });
    const k = new Kysely<Database>({
      dialect: new SqliteDialect({ database: conn }),
      plugins: [new CamelCasePlugin()],
      log,
    });
    return {
      k,
      explain: (q) => {
        const rows = conn.prepare(`explain query plan ${q.sql}`).all(...q.parameters) as PlanRow[];
        return Promise.resolve(rows.map((r) => `${'  '.repeat(depthOf(rows, r))}${r.detail}`));
      },
      close: () => k.destroy(),
    };
  }
  const pool = new pg.Pool({ connectionString: target.databaseUrl, max: 1 });
  const k = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin()],
    log,
  });
  return {
    k,
    explain: async (q) => {
      const r = await pool.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${q.sql}`, [
        ...q.parameters,
      ]);
      return r.rows.map((row) => row['QUERY PLAN']);
    },
    close: () => k.destroy(),
  };
}

interface PlanRow {
  id: number;
  parent: number;
  detail: string;
}

/** Indentation of an EXPLAIN QUERY PLAN row (SQLite gives each node's parent id). */
function depthOf(rows: readonly PlanRow[], row: PlanRow): number {
  let depth = 0;
  let parent = row.parent;
  for (let guard = 0; guard < 50 && parent !== 0; guard += 1) {
    depth += 1;
    parent = rows.find((r) => r.id === parent)?.parent ?? 0;
  }
  return depth;
}

interface DirectResult {
  rows: number;
  p50: number;
  p99: number;
  plan: string[];
  sql: string;
}

async function direct(target: Target, scenario: Scenario, now: string): Promise<DirectResult> {
  const captured: Captured[] = [];
  const probe = openProbe(target, captured);
  try {
    const { filters, after } = filtersOf(scenario.params);
    const run = () => listQueue(probe.k, target.dialect, filters, now, PAGE + 1, after);
    const rows = (await run()).length;
    const first = captured[0];
    const plan = first === undefined ? [] : await probe.explain(first);
    const samples: number[] = [];
    for (let i = 0; i < DIRECT_RUNS; i += 1) {
      const t0 = performance.now();
      await run();
      samples.push(performance.now() - t0);
    }
    const { p50, p99 } = latencyOf(samples);
    return { rows, p50, p99, plan, sql: first?.sql ?? '' };
  } finally {
    await probe.close();
  }
}

// ---------------------------------------------------------------------------------------------
// load

interface Measured {
  name: string;
  /** Items on the page the endpoint answered (before the load). */
  items: number | undefined;
  /** One connection: the latency of one request at a time. */
  single: LoadSummary;
  /** `--connections` connections: throughput, and latency with requests queueing. */
  summary: LoadSummary;
  direct: DirectResult | undefined;
  problems: string[];
}

async function load(
  url: string,
  headers: Record<string, string>,
  opts: Options,
): Promise<{ summary: LoadSummary; problems: string[] }> {
  const job = (seconds: number): LoadJob => ({
    url,
    method: 'GET',
    connections: opts.connections,
    seconds,
    headers,
  });
  const problems: string[] = [];
  const warm = await runLoad(job(opts.warmup));
  for (const p of loadProblems(warm, 200)) problems.push(`warm-up: ${p}`);
  const summary = await runLoad(job(opts.seconds));
  problems.push(...loadProblems(summary, 200));
  return { summary, problems };
}

async function runHello(opts: Options): Promise<Measured> {
  const app = Fastify({ logger: false });
  app.get('/hello', async () => ({ hello: 'world' }));
  await app.listen({ host: '127.0.0.1', port: 0 });
  try {
    const { port } = app.server.address() as AddressInfo;
    const url = `http://127.0.0.1:${port}/hello`;
    const one = await load(url, {}, { ...opts, connections: 1 });
    const { summary, problems } = await load(url, {}, opts);
    out(`  hello, 1 connection          ${describeLoad(one.summary)}`);
    out(`  hello, ${opts.connections} connections        ${describeLoad(summary)}`);
    return {
      name: 'hello (bare Fastify)',
      items: undefined,
      single: one.summary,
      summary,
      direct: undefined,
      problems: [...one.problems, ...problems],
    };
  } finally {
    await app.close();
  }
}

/** A cursor three quarters down the default (open) queue. */
async function deepCursor(target: Target, openReports: number): Promise<string> {
  const row = await target.db.kysely
    .selectFrom('reports')
    .select(['id', 'nextDueAt'])
    .where('status', 'in', [...OPEN_STATES])
    .orderBy('nextDueAt')
    .orderBy('id')
    .offset(Math.floor(openReports * 0.75))
    .limit(1)
    .executeTakeFirstOrThrow();
  return encodeQueueCursor({ nextDueAt: row.nextDueAt ?? '', id: row.id });
}

interface DialectRun {
  dialect: DialectName;
  seeded: SeededQueue;
  loadAverage: string;
  busyBefore: number;
  results: Measured[];
}

async function benchDialect(
  dialect: DialectName,
  parent: string,
  adminUrl: string | undefined,
  opts: Options,
): Promise<DialectRun> {
  const target =
    dialect === 'sqlite'
      ? await freshSqlite(parent, undefined)
      : await freshPostgres(adminUrl ?? '', parent, undefined);
  out(`${dialect}: fresh database ${target.db.location}`);
  const now = new Date();
  const seeded = await seedQueue(target.db, { reports: opts.reports, now });
  out(
    `  seeded ${f0(seeded.reports)} reports (${f0(seeded.openReports)} open: ${Object.entries(
      seeded.byState,
    )
      .map(([s, n]) => `${s} ${f0(n)}`)
      .join(', ')}) in ${f1(seeded.seconds)} s`,
  );
  if (dialect === 'postgres') {
    // Autovacuum would analyze the freshly loaded table within a minute; do it now.
    await pgAnalyze(target.databaseUrl ?? '');
  }

  const config = loadConfig({
    DATA_DIR: target.dataDir,
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'silent',
    ...(target.databaseUrl === undefined ? {} : { DATABASE_URL: target.databaseUrl }),
  });
  const app = await buildApp({ config, db: target.db, logger: false });
  await app.fastify.listen({ host: '127.0.0.1', port: 0 });
  const results: Measured[] = [];
  const loadAverage = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  const busyBefore = await machineBusy();
  out(
    `  load average ${loadAverage}; machine busy before the load: ${pct(busyBefore)} of all CPUs`,
  );
  try {
    results.push(await runHello(opts));
    const { port } = app.fastify.server.address() as AddressInfo;
    const headers = { authorization: `Bearer ${seeded.token}` };
    const cursor = await deepCursor(target, seeded.openReports);
    const chosen = scenarios(seeded, cursor).filter(
      (sc) => opts.requests === undefined || sc.name.includes(opts.requests),
    );
    for (const scenario of chosen) {
      const url = `http://127.0.0.1:${port}/api/v1/reports?${queryString(scenario.params)}`;
      // One request first, so a broken setup fails with the server's own words.
      const first = await fetch(url, { headers });
      const body = await first.text();
      if (first.status !== 200) {
        throw new Error(`${scenario.name}: answered ${first.status}: ${body.slice(0, 500)}`);
      }
      const items = (JSON.parse(body) as { items: unknown[] }).items.length;
      const d = await direct(target, scenario, new Date().toISOString());
      out(`  ${scenario.name}`);
      out(
        `    query alone: ${d.rows} rows, p50 ${f1(d.p50)} ms, p99 ${f1(d.p99)} ms (${DIRECT_RUNS} runs, one at a time)`,
      );
      for (const line of d.plan) out(`      ${line}`);
      const one = await load(url, headers, { ...opts, connections: 1 });
      out(`    endpoint, 1 connection: ${items} items; ${describeLoad(one.summary)}`);
      const { summary, problems } = await load(url, headers, opts);
      out(`    endpoint, ${opts.connections} connections: ${describeLoad(summary)}`);
      results.push({
        name: scenario.name,
        items,
        single: one.summary,
        summary,
        direct: d,
        problems: [...one.problems, ...problems],
      });
    }
  } finally {
    await app.fastify.close();
  }
  return { dialect, seeded, loadAverage, busyBefore, results };
}

async function pgAnalyze(url: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query('ANALYZE');
  } finally {
    await c.end();
  }
}

// ---------------------------------------------------------------------------------------------
// output

function table(runs: readonly DialectRun[], connections: number): string[] {
  const header = [
    'database',
    'request',
    'items',
    'query alone p50 / p99 ms',
    '1 conn: req/s',
    'p50 / p99 ms',
    `${connections} conn: req/s`,
    'p50 / p99 / max ms',
    `p99 ≤ ${TARGET_P99_MS} ms (1 / ${connections} conn)`,
  ];
  const verdict = (r: Measured, s: LoadSummary): string =>
    r.problems.length > 0 ? 'ERRORS' : s.latencyMs.p99 <= TARGET_P99_MS ? 'PASS' : 'MISS';
  const body = runs.flatMap((run) =>
    run.results.map((r) => {
      const { single: one, summary: many } = r;
      return [
        run.dialect,
        r.name,
        r.items === undefined ? '—' : String(r.items),
        r.direct === undefined ? '—' : `${f1(r.direct.p50)} / ${f1(r.direct.p99)}`,
        f0(one.ok2xx / one.seconds),
        `${f1(one.latencyMs.p50)} / ${f1(one.latencyMs.p99)}`,
        f0(many.ok2xx / many.seconds),
        `${f1(many.latencyMs.p50)} / ${f1(many.latencyMs.p99)} / ${f1(many.latencyMs.max)}`,
        r.direct === undefined ? '—' : `${verdict(r, one)} / ${verdict(r, many)}`,
      ];
    }),
  );
  const all = [header, ...body];
  const widths = header.map((_, i) => Math.max(...all.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]): string =>
    `| ${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)];
}

function resultsBlock(
  runs: readonly DialectRun[],
  opts: Options,
  lines: readonly string[],
): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  const machine = runs
    .map(
      (r) =>
        `${r.dialect}: load average ${r.loadAverage} (1, 5, 15 min) and ${pct(r.busyBefore)} of the CPUs busy with other work just before the load`,
    )
    .join('; ');
  return `Last run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ${f0(opts.reports)} reports
(${runs.map((r) => `${r.dialect} ${f0(r.seeded.openReports)} open`).join(', ')}), ${opts.seconds} s per
load after ${opts.warmup} s of warm-up, with 1 connection and then ${opts.connections}, page size ${PAGE};
${os.cpus().length} × ${cpu}, Node ${process.version}. Machine: ${machine}.

${lines.join('\n')}`;
}

const INITIAL_SECTION = (block: string): string => `## Triage queue

${block}
`;

// ---------------------------------------------------------------------------------------------
// main

async function main(): Promise<number> {
  const opts = parseOptions(process.argv.slice(2));
  const { dialects, adminUrl, pgSource } = await chooseDialects(opts.only, opts.startPg);
  out(`PostgreSQL: ${pgSource}`);

  // A hard upper bound on the whole run: seeding, twelve loads with warm-up, and a margin.
  const perDialect = 300 + 12 * (opts.seconds + opts.warmup + 30) + Math.ceil(opts.reports / 200);
  const budget = perDialect * dialects.length + 120;
  startWatchdog(budget);

  const parent = benchTempParent();
  out(`vulndesk triage queue benchmark — ${new Date().toISOString()}`);
  out(`SQLite data dir parent: ${parent.dir} — ${parent.why}`);
  out(
    `settings: ${f0(opts.reports)} reports, ${opts.seconds} s per request after ${opts.warmup} s of warm-up, 1 connection, then ${opts.connections}; load generator in a child process`,
  );
  out();

  const runs: DialectRun[] = [];
  for (const dialect of dialects) {
    runs.push(await benchDialect(dialect, parent.dir, adminUrl, opts));
    out();
  }
  const lines = table(runs, opts.connections);
  out(`results (target: p99 ≤ ${TARGET_P99_MS} ms)`);
  for (const l of lines) out(l);
  if (opts.writeReadme) {
    await replaceReadmeBlock('triage-results', resultsBlock(runs, opts, lines), INITIAL_SECTION);
    out('written to bench/README.md (Triage queue)');
  }

  const problems = runs.flatMap((run) =>
    run.results.flatMap((r) => r.problems.map((p) => `${run.dialect} ${r.name}: ${p}`)),
  );
  if (problems.length > 0) {
    process.stderr.write('\n!!! THE BENCHMARK HAD ERRORS — the figures above are not valid:\n');
    for (const p of problems) process.stderr.write(`!!!   ${p}\n`);
    return 1;
  }
  return 0;
}

runBenchmark(main);
