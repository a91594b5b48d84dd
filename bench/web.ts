/**
 * `npm run bench:web [-- --runs N --only home,help --strict --no-readme]`
 *
 * Web budgets of the public pages (home, help, report form, tracking) against the real server
 * (built web app, fresh SQLite DATA_DIR) in headless Chromium:
 *   - initial JavaScript: every script response received before the page is idle (network idle
 *     after the routed page has rendered), each body gzipped here with zlib (default level),
 *     summed per page; budget ≤ 150 kB (1 kB = 1000 bytes);
 *   - largest contentful paint: the last `largest-contentful-paint` entry (PerformanceObserver,
 *     buffered) once idle; median of N loads (default 5), each in a fresh browser context so
 *     nothing is cached; budget ≤ 1.0 s;
 *   - console and guide code stays out: no script whose file name starts with `console` or
 *     `guide` is loaded by a public page.
 * Prints a table with PASS/MISS and writes it into the "Web budgets" section of bench/README.md
 * (only that section) with the date. Exits 1 on errors, and on a MISS with `--strict`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../e2e/chromium.js';
import { waitForPage } from '../e2e/harness.js';
import { REPO_ROOT, startServer, stopAllChildren } from '../test/helpers/server-process.js';
import { BENCH_README, replaceReadmeSection } from './readme-section.js';

const JS_BUDGET_BYTES = 150_000;
const LCP_BUDGET_MS = 1_000;
const MAX_RUNS = 50;

interface Page {
  name: string;
  route: string;
}

const PAGES: readonly Page[] = [
  { name: 'home', route: '/' },
  { name: 'help', route: '/help' },
  { name: 'report', route: '/report' },
  { name: 'tracking', route: '/track' },
];

const SECTION_HEADING = '## Web budgets';

interface Script {
  url: string;
  bytes: number;
  gzipBytes: number;
}

interface Load {
  scripts: Script[];
  lcpMs: number;
}

interface PageResult {
  name: string;
  route: string;
  scripts: Script[];
  gzipBytes: number;
  lcpMs: number[];
  lcpMedianMs: number;
  splitOk: boolean;
}

function options() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      strict: { type: 'boolean', default: false },
      'no-readme': { type: 'boolean', default: false },
      only: { type: 'string' },
    },
  });
  const only = values.only?.split(',').map((s) => s.trim());
  const pages = PAGES.filter((p) => only === undefined || only.includes(p.name));
  if (pages.length === 0)
    throw new Error(`--only names none of ${PAGES.map((p) => p.name).join(', ')}`);
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1 || runs > MAX_RUNS) {
    throw new Error(`--runs must be an integer from 1 to ${MAX_RUNS}`);
  }
  return { runs, pages, strict: values.strict, writeReadme: !values['no-readme'] };
}

async function loadOnce(browser: Browser, baseUrl: string, route: string): Promise<Load> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
  });
  try {
    const page = await context.newPage();
    const pending: Promise<Script | undefined>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      pending.push(
        response.body().then(
          (body) => ({
            url: new URL(response.url()).pathname,
            bytes: body.length,
            gzipBytes: zlib.gzipSync(body).length,
          }),
          () => undefined,
        ),
      );
    });
    await page.goto(route, { waitUntil: 'networkidle' });
    await waitForPage(page);
    const lcpMs = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          interface Entry {
            startTime: number;
          }
          interface Observer {
            observe(o: { type: string; buffered: boolean }): void;
            disconnect(): void;
          }
          const g = globalThis as unknown as {
            PerformanceObserver: new (cb: (list: { getEntries(): Entry[] }) => void) => Observer;
          };
          const timer = setTimeout(() => resolve(-1), 3_000);
          const observer = new g.PerformanceObserver((list) => {
            const last = list.getEntries().at(-1);
            if (last === undefined) return;
            clearTimeout(timer);
            observer.disconnect();
            resolve(last.startTime);
          });
          observer.observe({ type: 'largest-contentful-paint', buffered: true });
        }),
    );
    const scripts = (await Promise.all(pending)).filter((s): s is Script => s !== undefined);
    if (lcpMs < 0) throw new Error(`${route}: no largest-contentful-paint entry`);
    return { scripts, lcpMs };
  } finally {
    await context.close();
  }
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

async function measure(
  browser: Browser,
  baseUrl: string,
  pages: readonly Page[],
  runs: number,
): Promise<PageResult[]> {
  const results: PageResult[] = [];
  // One warm-up load: the server's first answers (file stats, JIT) are not what users see.
  await loadOnce(browser, baseUrl, '/');
  for (const { name, route } of pages) {
    const loads: Load[] = [];
    for (let i = 0; i < runs; i += 1) loads.push(await loadOnce(browser, baseUrl, route));
    // Scripts are the same on every load; take the union by URL so none is missed.
    const byUrl = new Map<string, Script>();
    for (const load of loads) for (const s of load.scripts) byUrl.set(s.url, s);
    const scripts = [...byUrl.values()].sort((a, b) => b.gzipBytes - a.gzipBytes);
    const lcpMs = loads.map((l) => l.lcpMs);
    results.push({
      name,
      route,
      scripts,
      gzipBytes: scripts.reduce((sum, s) => sum + s.gzipBytes, 0),
      lcpMs,
      lcpMedianMs: median(lcpMs),
      splitOk: scripts.every((s) => !/^(console|guide)/i.test(path.basename(s.url))),
    });
  }
  return results;
}

const kB = (bytes: number): string => (bytes / 1000).toFixed(1);
const verdict = (ok: boolean): string => (ok ? 'PASS' : 'MISS');

function table(results: readonly PageResult[]): string {
  const rows = [
    '| page | route | JS files | initial JS (gzip) | ≤ 150 kB | LCP median (min–max) | ≤ 1.0 s | console/guide split out |',
    '| --- | --- | ---: | ---: | :---: | ---: | :---: | :---: |',
    ...results.map((r) =>
      [
        '',
        r.name,
        `\`${r.route}\``,
        String(r.scripts.length),
        `${kB(r.gzipBytes)} kB`,
        verdict(r.gzipBytes <= JS_BUDGET_BYTES),
        `${Math.round(r.lcpMedianMs)} ms (${Math.round(Math.min(...r.lcpMs))}–${Math.round(Math.max(...r.lcpMs))})`,
        verdict(r.lcpMedianMs <= LCP_BUDGET_MS),
        verdict(r.splitOk),
        '',
      ]
        .join(' | ')
        .trim(),
    ),
  ];
  return rows.join('\n');
}

function scriptList(results: readonly PageResult[]): string {
  return results
    .map(
      (r) =>
        `- ${r.name}: ${r.scripts.map((s) => `\`${path.basename(s.url)}\` ${kB(s.gzipBytes)} kB`).join(', ')}`,
    )
    .join('\n');
}

function section(
  results: readonly PageResult[],
  runs: number,
  chromium: string,
  loadAverage: { start: string; end: string },
): string {
  const date = new Date().toISOString().slice(0, 10);
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${SECTION_HEADING}

\`npm run bench:web\` builds the app, starts the server on a fresh SQLite \`DATA_DIR\` and loads
each public page in headless Chromium, every load in a fresh browser context (cold cache).
**Initial JavaScript** is every script received before the page is idle, gzipped with zlib and
summed (budget ≤ 150 kB, 1 kB = 1000 bytes). **LCP** is the last \`largest-contentful-paint\`
entry once idle, median of ${runs} loads (budget ≤ 1.0 s). Console and guide code must not be
loaded by these pages. Options: \`-- --runs N\`, \`--only home,help,report,tracking\`,
\`--strict\` (exit 1 on a MISS), \`--no-readme\`. LCP depends on the machine: other work on it
(the load average below) slows rendering. \`npx tsx bench/web-trace.ts\` shows where a page's
time goes (request waterfall, paints, LCP element, main thread with \`--trace\`).

Last run ${date}: Chromium ${chromium}, Node ${process.version}, ${os.cpus().length} × ${cpu},
load average ${loadAverage.start} at the start and ${loadAverage.end} at the end.

${table(results)}

Scripts per page (gzip):

${scriptList(results)}
`;
}

async function main(): Promise<number> {
  const opts = options();
  if (!fs.existsSync(path.join(REPO_ROOT, 'dist', 'web', 'index.html'))) {
    throw new Error('dist/web is missing: run `npm run build` (npm run bench:web does)');
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vulndesk-bench-web-'));
  let browser: Browser | undefined;
  try {
    const server = await startServer({ DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
    browser = await launchChromium();
    const load = () => os.loadavg()[0]?.toFixed(1) ?? '?';
    const start = load();
    const chromium = browser.version();
    const results = await measure(browser, server.url, opts.pages, opts.runs);
    const loadAverage = { start, end: load() };
    console.log(
      `\nWeb budgets (${opts.runs} loads per page, Chromium ${chromium}, load average ${start} at the start, ${loadAverage.end} at the end)\n`,
    );
    console.log(table(results));
    console.log(`\n${scriptList(results)}\n`);
    if (opts.writeReadme) {
      await replaceReadmeSection(
        SECTION_HEADING,
        section(results, opts.runs, chromium, loadAverage),
      );
      console.log(`written to ${path.relative(process.cwd(), BENCH_README)}`);
    }
    const missed = results.some(
      (r) => r.gzipBytes > JS_BUDGET_BYTES || r.lcpMedianMs > LCP_BUDGET_MS || !r.splitOk,
    );
    return missed && opts.strict ? 1 : 0;
  } finally {
    await browser?.close().catch(() => undefined);
    await stopAllChildren();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  },
);
