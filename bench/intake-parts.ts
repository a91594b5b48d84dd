/**
 * `npx tsx bench/intake-parts.ts [--count N]`
 *
 * The cost of one report's parts, one request at a time (no concurrency, no load generator),
 * on a fresh SQLite database with the app's settings: domain validation alone, the service's
 * `submit` (validation + the transaction with its fsync), and the whole request through Fastify's
 * `inject` for `POST /api/v1/reports/assess` (no storage) and `POST /api/v1/reports`. CPU and
 * wall time per call, second of two rounds (the first warms up). Used for the Analysis in
 * bench/README.md; bounded by `--count` (default 800) calls per part and round.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openDb } from '../src/db/client.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { validateReport } from '../src/domain/report/validate.js';
import { ANONYMOUS } from '../src/policies/actor.js';
import { PADDED_REPORT, reportJson, reportTitle } from './report-body.js';

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { count: { type: 'string', default: '800' } },
  });
  const count = Math.max(10, Math.min(20_000, Number(values.count) || 800));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vulndesk-parts-'));
  const db = openDb({ databaseUrl: undefined, dataDir });
  try {
    await migrateToLatest(db);
    const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', REPORT_RATE_LIMIT: '0' });
    const app = await buildApp({ config, db, logger: false });
    try {
      const part = async (
        round: number,
        label: string,
        fn: (i: number) => unknown,
      ): Promise<void> => {
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        for (let i = 0; i < count; i += 1) await fn(i);
        const cpu = process.cpuUsage(c0);
        if (round === 0) return;
        process.stdout.write(
          `${label.padEnd(44)} CPU ${((cpu.user + cpu.system) / 1000 / count).toFixed(3)} ms  wall ${((performance.now() - t0) / count).toFixed(3)} ms\n`,
        );
      };
      const post = async (url: string, tag: string, i: number, status: number): Promise<void> => {
        const r = await app.fastify.inject({
          method: 'POST',
          url,
          headers: { 'content-type': 'application/json' },
          payload: reportJson(tag, i),
        });
        if (r.statusCode !== status) throw new Error(`${url}: ${r.statusCode} ${r.body}`);
      };
      for (const round of [0, 1]) {
        await part(round, 'validateReport (schema already checked)', () =>
          validateReport(PADDED_REPORT, { isKnownCwe: () => true }),
        );
        await part(round, 'ReportService.submit (validate + transaction)', (i) =>
          app.services.reports.submit(
            { ...PADDED_REPORT, title: reportTitle(`submit${round}`, i) },
            [],
            ANONYMOUS,
          ),
        );
        await part(round, 'inject POST /api/v1/reports/assess', (i) =>
          post('/api/v1/reports/assess', `assess${round}`, i, 200),
        );
        await part(round, 'inject POST /api/v1/reports', (i) =>
          post('/api/v1/reports', `intake${round}`, i, 201),
        );
      }
    } finally {
      await app.fastify.close();
    }
  } finally {
    await db.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
