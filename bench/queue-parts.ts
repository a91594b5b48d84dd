/**
 * `npx tsx bench/queue-parts.ts [--reports 20000] [--count 400] [--only sqlite|postgres] [--pg]`
 *
 * The cost of one staff queue page (`GET /api/v1/reports`) in parts, one request at a time (no
 * concurrency, no load generator), on a fresh database seeded by `bench/queue-seed.ts`: the API
 * token's resolution, the `listQueue` call through Kysely, building and compiling that query
 * alone (Kysely over a driver that runs nothing), the same call through `db.reader` (SQLite: a
 * worker thread, CPU counts every thread of the process; PostgreSQL: a named statement, for the
 * pages whose plan does not depend on the values), the same SQL run directly on its own
 * connection (a statement prepared once), the CamelCase rewrite of its rows, the service's page
 * (query, SLA urgency and reporter record of every item), the response serialization (timed
 * between Fastify's last preSerialization hook and its first onSend hook), and the whole request
 * through `inject` and over real HTTP (keep-alive, the client in this process too). CPU and wall
 * time per call, second of two rounds (the first warms up), for the default queue,
 * `status=triage&due=at-risk` and the text search. `--profile PREFIX` also writes a CPU profile
 * of default queue pages over HTTP (PREFIX.sqlite.cpuprofile …). PostgreSQL with DATABASE_URL (an admin URL) or `--pg`, as for `bench:triage`.
 */
import fs from 'node:fs';
import http from 'node:http';
import inspector from 'node:inspector';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import SQLite from 'better-sqlite3';
import {
  CamelCasePlugin,
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresDialect,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SqliteAdapter,
  SqliteDialect,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type LogEvent,
  type UnknownRow,
} from 'kysely';
import pg from 'pg';
import Fastify from 'fastify';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import type { DialectName } from '../src/db/client.js';
import { listQueue, type QueueFilters } from '../src/db/repositories/queue.js';
import type { Database } from '../src/db/schema.js';
import { QueuePageView } from '../src/http/routes/reports/triage.js';
import type { Actor } from '../src/policies/actor.js';
import { OPEN_STATES } from '../src/services/triage.service.js';
import { runBenchmark } from './cleanups.js';
import { benchTempParent, freshPostgres, freshSqlite, type Target } from './databases.js';
import { f0, out } from './figures.js';
import { chooseDialects, onlyDialect, positiveInt } from './options.js';
import { seedQueue } from './queue-seed.js';

const PAGE = 50;

interface Shape {
  name: string;
  query: string;
  filters: QueueFilters;
}

const SHAPES: readonly Shape[] = [
  { name: 'default queue', query: `limit=${PAGE}`, filters: { statuses: OPEN_STATES } },
  {
    name: 'status=triage&due=at-risk',
    query: `status=triage&due=at-risk&limit=${PAGE}`,
    filters: { statuses: ['triage'], due: 'at-risk' },
  },
  {
    name: 'text search q=contoso mail',
    query: `q=contoso+mail&limit=${PAGE}`,
    filters: { statuses: OPEN_STATES, q: 'contoso mail' },
  },
];

/** Runs `fn` `count` times one after another; CPU and wall per call in ms. */
async function timed(
  count: number,
  fn: (i: number) => unknown,
): Promise<{ cpu: number; wall: number }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < count; i += 1) await fn(i);
  const cpu = process.cpuUsage(c0);
  return { cpu: (cpu.user + cpu.system) / 1000 / count, wall: (performance.now() - t0) / count };
}

/** Kysely over a driver that runs nothing: what building and compiling a query costs. */
function compileOnly(dialect: DialectName): Kysely<Database> {
  return new Kysely<Database>({
    dialect: {
      createAdapter: () => (dialect === 'sqlite' ? new SqliteAdapter() : new PostgresAdapter()),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) =>
        dialect === 'sqlite' ? new SqliteIntrospector(db) : new PostgresIntrospector(db),
      createQueryCompiler: () =>
        dialect === 'sqlite' ? new SqliteQueryCompiler() : new PostgresQueryCompiler(),
    },
    plugins: [new CamelCasePlugin()],
  });
}

interface Captured {
  sql: string;
  parameters: readonly unknown[];
}

/** The SQL and parameters `listQueue` sends for a shape (Kysely's query log on a probe). */
async function captureSql(target: Target, filters: QueueFilters, now: string): Promise<Captured> {
  let captured: Captured | undefined;
  const log = (event: LogEvent): void => {
    if (event.level === 'query') {
      captured = { sql: event.query.sql, parameters: event.query.parameters };
    }
  };
  const k =
    target.dialect === 'sqlite'
      ? new Kysely<Database>({
          dialect: new SqliteDialect({
            database: new SQLite(target.file ?? '', { readonly: true }),
          }),
          plugins: [new CamelCasePlugin()],
          log,
        })
      : new Kysely<Database>({
          dialect: new PostgresDialect({
            pool: new pg.Pool({ connectionString: target.databaseUrl, max: 1 }),
          }),
          plugins: [new CamelCasePlugin()],
          log,
        });
  try {
    await listQueue(k, target.dialect, filters, now, PAGE + 1);
  } finally {
    await k.destroy();
  }
  if (captured === undefined) throw new Error('listQueue sent no query');
  return captured;
}

/** The captured SQL on a connection of its own, prepared once: rows as the database gives them. */
function directRunner(
  target: Target,
  q: Captured,
): { run: () => Promise<UnknownRow[]>; close: () => Promise<void> } {
  if (target.dialect === 'sqlite') {
    const conn = new SQLite(target.file ?? '', { readonly: true });
    const statement = conn.prepare(q.sql);
    return {
      run: () => Promise.resolve(statement.all(...q.parameters) as UnknownRow[]),
      close: () => Promise.resolve(void conn.close()),
    };
  }
  const pool = new pg.Pool({ connectionString: target.databaseUrl, max: 1 });
  return {
    run: async () =>
      (
        await pool.query<UnknownRow>({
          name: 'queue-parts',
          text: q.sql,
          values: [...q.parameters],
        })
      ).rows,
    close: () => pool.end(),
  };
}

/**
 * The queue's response schema in a Fastify instance of its own whose handler returns a page
 * already built: the time from its last preSerialization hook to its first onSend hook is
 * Fastify's serialization of that page, and nothing else.
 */
async function serializerProbe(): Promise<{
  time: (page: unknown, count: number) => Promise<{ cpu: number; wall: number }>;
  close: () => Promise<void>;
}> {
  const probe = Fastify({ logger: false });
  let page: unknown = null;
  let started = 0;
  let spentMs = 0;
  probe.get('/page', { schema: { response: { 200: QueuePageView } } }, async () => page);
  probe.addHook('preSerialization', async (_request, _reply, payload) => {
    started = performance.now();
    return payload;
  });
  probe.addHook('onSend', async (_request, _reply, payload) => {
    spentMs += performance.now() - started;
    return payload;
  });
  await probe.ready();
  return {
    time: async (value, count) => {
      page = value;
      spentMs = 0;
      for (let i = 0; i < count; i += 1) await probe.inject({ method: 'GET', url: '/page' });
      // Serialization is synchronous: its wall time is its CPU time.
      return { cpu: spentMs / count, wall: spentMs / count };
    },
    close: () => probe.close(),
  };
}

function httpGet(agent: http.Agent, port: number, path: string, token: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      { host: '127.0.0.1', port, path, agent, headers: { authorization: `Bearer ${token}` } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
  });
}

/** A V8 CPU profile of `fn`, written to `file` (summarize with bench/profile-summary.ts). */
async function profiled(file: string, fn: () => Promise<void>): Promise<void> {
  const session = new inspector.Session();
  session.connect();
  const post = <T>(method: string): Promise<T> =>
    new Promise((resolve, reject) => {
      session.post(method, (err, result) => (err ? reject(err) : resolve(result as T)));
    });
  try {
    await post('Profiler.enable');
    await post('Profiler.start');
    await fn();
    const { profile } = await post<{ profile: unknown }>('Profiler.stop');
    fs.writeFileSync(file, JSON.stringify(profile));
  } finally {
    session.disconnect();
  }
}

async function partsOf(
  target: Target,
  reports: number,
  count: number,
  profileFile: string | undefined,
): Promise<void> {
  const seeded = await seedQueue(target.db, { reports, now: new Date() });
  out(
    `${target.dialect}: ${f0(seeded.reports)} reports (${f0(seeded.openReports)} open), ${count} calls per part`,
  );
  const config = loadConfig({
    DATA_DIR: target.dataDir,
    LOG_LEVEL: 'silent',
    ...(target.databaseUrl === undefined ? {} : { DATABASE_URL: target.databaseUrl }),
  });
  const app = await buildApp({ config, db: target.db, logger: false });
  await app.fastify.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.fastify.server.address() as AddressInfo;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const camel = new CamelCasePlugin();
  const serialization = await serializerProbe();
  const dummy = compileOnly(target.dialect);
  try {
    const resolved = await app.services.accounts.resolve(seeded.token, undefined);
    if (resolved.actor.kind !== 'account') throw new Error('the seeded token did not resolve');
    const actor: Actor = resolved.actor;
    const line = (label: string, r: { cpu: number; wall: number }): void =>
      out(`  ${label.padEnd(50)} CPU ${r.cpu.toFixed(3)} ms  wall ${r.wall.toFixed(3)} ms`);

    out(`  token resolution`);
    for (const round of [0, 1]) {
      const r = await timed(count, () => app.services.accounts.resolve(seeded.token, undefined));
      if (round === 1) line('AccountService.resolve (API token)', r);
    }
    for (const shape of SHAPES) {
      out(`  ${shape.name}`);
      const now = new Date().toISOString();
      const q = await captureSql(target, shape.filters, now);
      const directRun = directRunner(target, q);
      try {
        const raw = await directRun.run();
        for (const round of [0, 1]) {
          const show = round === 1 ? line : () => undefined;
          show(
            'listQueue through Kysely',
            await timed(count, () =>
              listQueue(target.db.kysely, target.dialect, shape.filters, now, PAGE + 1),
            ),
          );
          const { reader } = target.db;
          if (reader !== undefined) {
            show(
              target.dialect === 'sqlite'
                ? 'listQueue on the reader (worker thread)'
                : 'listQueue on db.reader (named statement)',
              await timed(count, () =>
                listQueue(
                  target.db.kysely,
                  target.dialect,
                  shape.filters,
                  now,
                  PAGE + 1,
                  undefined,
                  reader,
                ),
              ),
            );
          }
          show(
            'listQueue: build + compile only (no database)',
            await timed(count, () =>
              listQueue(dummy, target.dialect, shape.filters, now, PAGE + 1),
            ),
          );
          show('same SQL prepared once, run directly', await timed(count, () => directRun.run()));
          show(
            `CamelCase rewrite of ${raw.length} rows`,
            await timed(count, () =>
              camel.transformResult({
                queryId: { queryId: 'parts' },
                result: { rows: raw.map((row) => ({ ...row })) },
              }),
            ),
          );
          show(
            'TriageService.queue (query + urgency + reporter)',
            await timed(count, () => app.services.triage.queue(actor, shape.filters, PAGE)),
          );
          const injected = await timed(count, async () => {
            const res = await app.fastify.inject({
              method: 'GET',
              url: `/api/v1/reports?${shape.query}`,
              headers: { authorization: `Bearer ${seeded.token}` },
            });
            if (res.statusCode !== 200) throw new Error(`inject: ${res.statusCode} ${res.body}`);
          });
          const sample = await app.fastify.inject({
            method: 'GET',
            url: `/api/v1/reports?${shape.query}`,
            headers: { authorization: `Bearer ${seeded.token}` },
          });
          const body: unknown = JSON.parse(sample.body);
          show('response serialization (route schema)', await serialization.time(body, count));
          show(
            'response serialization (JSON.stringify)',
            await timed(count, () => JSON.stringify(body)),
          );
          show('whole request through inject', injected);
          show(
            'whole request over HTTP (client in-process)',
            await timed(count, async () => {
              const status = await httpGet(
                agent,
                port,
                `/api/v1/reports?${shape.query}`,
                seeded.token,
              );
              if (status !== 200) throw new Error(`HTTP: ${status}`);
            }),
          );
        }
      } finally {
        await directRun.close();
      }
    }
    if (profileFile !== undefined) {
      const file = `${profileFile}.${target.dialect}.cpuprofile`;
      await profiled(file, async () => {
        for (let i = 0; i < count * 5; i += 1) {
          await httpGet(agent, port, `/api/v1/reports?limit=${PAGE}`, seeded.token);
        }
      });
      out(`  CPU profile of ${count * 5} default queue pages over HTTP: ${file}`);
    }
  } finally {
    agent.destroy();
    await dummy.destroy();
    await app.fastify.close();
    await serialization.close();
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      reports: { type: 'string' },
      count: { type: 'string' },
      only: { type: 'string' },
      pg: { type: 'boolean', default: false },
      profile: { type: 'string' },
    },
    strict: true,
  });
  const reports = positiveInt('reports', values.reports, 20_000, 2_000_000);
  const count = positiveInt('count', values.count, 400, 100_000);
  const { dialects, adminUrl, pgSource } = await chooseDialects(
    onlyDialect(values.only),
    values.pg,
  );
  out(`vulndesk queue parts — ${new Date().toISOString()}; PostgreSQL: ${pgSource}`);
  const parent = benchTempParent();
  for (const dialect of dialects) {
    const target =
      dialect === 'sqlite'
        ? await freshSqlite(parent.dir, undefined)
        : await freshPostgres(adminUrl ?? '', parent.dir, undefined);
    await partsOf(target, reports, count, values.profile);
  }
  return 0;
}

runBenchmark(main);
