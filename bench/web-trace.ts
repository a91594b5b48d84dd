/**
 * `npx tsx bench/web-trace.ts [--runs N] [--only home,report] [--trace] [--save DIR]`
 *
 * Where a public page's time goes before its largest contentful paint: the built app in dist/web
 * (run `npm run build` first) on the real server with a fresh SQLite DATA_DIR, each load in a
 * fresh browser context, as `bench/web.ts` measures it. For the median load of each page it
 * prints
 *   - the request waterfall (Resource Timing: start, end, what asked for it),
 *   - first paint, first contentful paint and every `largest-contentful-paint` entry with its
 *     element,
 *   - with `--trace`, the renderer's main thread up to the LCP from Chromium's timeline (DevTools
 *     protocol tracing): time in module evaluation, script, style, layout, paint and garbage
 *     collection, wall clock and thread CPU. `--save DIR` also writes each trace as JSON, which
 *     the Performance panel of Chromium's DevTools opens.
 * Figures depend on the machine and on what else runs on it: the load average is printed too.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../e2e/chromium.js';
import { waitForPage } from '../e2e/harness.js';
import { REPO_ROOT, startServer, stopAllChildren } from '../test/helpers/server-process.js';

const PAGES = [
  { name: 'home', route: '/' },
  { name: 'help', route: '/help' },
  { name: 'report', route: '/report' },
  { name: 'tracking', route: '/track' },
] as const;

interface Resource {
  name: string;
  initiator: string;
  start: number;
  end: number;
}

interface LcpEntry {
  time: number;
  size: number;
  element: string;
}

interface Timings {
  responseEnd: number;
  firstPaint: number;
  firstContentfulPaint: number;
  lcp: LcpEntry[];
  resources: Resource[];
}

/** Main-thread time before the LCP by kind: wall clock and thread CPU, in ms. */
type Busy = Record<string, { wall: number; cpu: number }>;

interface Sample extends Timings {
  busy?: Busy;
}

const lcpOf = (s: Timings): number => s.lcp.at(-1)?.time ?? -1;

/** Runs in the page: what the browser recorded. Plain DOM types are not in this tsconfig. */
function collect(): Promise<Timings> {
  interface Entry {
    name: string;
    startTime: number;
    responseEnd: number;
    initiatorType: string;
    size: number;
    element: { tagName: string; className: string; textContent: string | null } | null;
  }
  const g = globalThis as unknown as {
    performance: { getEntriesByType(type: string): Entry[] };
    PerformanceObserver: new (cb: (list: { getEntries(): Entry[] }) => void) => {
      observe(o: { type: string; buffered: boolean }): void;
      disconnect(): void;
    };
  };
  return new Promise((resolve) => {
    const lcp: LcpEntry[] = [];
    const observer = new g.PerformanceObserver((list) => {
      // No helper functions in here: tsx would wrap them in one that the page does not have.
      for (const { startTime, size, element: el } of list.getEntries()) {
        const classes =
          el === null || el.className === ''
            ? ''
            : `.${el.className.trim().split(/\s+/).join('.')}`;
        const element =
          el === null
            ? '(removed)'
            : `${el.tagName.toLowerCase()}${classes} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
        lcp.push({ time: startTime, size, element });
      }
    });
    observer.observe({ type: 'largest-contentful-paint', buffered: true });
    // The buffered entries arrive in a task of their own.
    setTimeout(() => {
      observer.disconnect();
      const paint = g.performance.getEntriesByType('paint');
      resolve({
        responseEnd: g.performance.getEntriesByType('navigation')[0]?.responseEnd ?? -1,
        firstPaint: paint.find((p) => p.name === 'first-paint')?.startTime ?? -1,
        firstContentfulPaint:
          paint.find((p) => p.name === 'first-contentful-paint')?.startTime ?? -1,
        lcp,
        resources: g.performance.getEntriesByType('resource').map((r) => ({
          name: new URL(r.name).pathname,
          initiator: r.initiatorType,
          start: r.startTime,
          end: r.responseEnd,
        })),
      });
    }, 100);
  });
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { documentLoaderURL?: string } };
}

/** Timeline events by what they are; events nested in one already counted are not counted. */
const KINDS: Record<string, string> = {
  'v8.evaluateModule': 'module evaluation',
  EvaluateScript: 'script',
  FunctionCall: 'script',
  TimerFire: 'script',
  EventDispatch: 'script',
  FireAnimationFrame: 'script',
  RunMicrotasks: 'script',
  'v8.compileModule': 'compile',
  'v8.compile': 'compile',
  ParseHTML: 'HTML',
  ParseAuthorStyleSheet: 'style',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  MinorGC: 'GC',
  MajorGC: 'GC',
};

function busyBeforeLcp(events: TraceEvent[], lcpMs: number): Busy {
  const nav = events.find(
    (e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.startsWith('http'),
  );
  if (nav === undefined) return {};
  const until = nav.ts + lcpMs * 1000;
  const main = events
    .filter((e) => e.pid === nav.pid && e.tid === nav.tid && e.ph === 'X')
    .filter((e) => e.ts >= nav.ts && e.ts < until && KINDS[e.name] !== undefined)
    .sort((a, b) => a.ts - b.ts);
  const busy: Busy = {};
  let coveredUntil = 0;
  for (const e of main) {
    if (e.ts < coveredUntil) continue;
    const kind = KINDS[e.name] ?? 'other';
    coveredUntil = e.ts + (e.dur ?? 0);
    const entry = (busy[kind] ??= { wall: 0, cpu: 0 });
    entry.wall += (e.dur ?? 0) / 1000;
    entry.cpu += (e.tdur ?? e.dur ?? 0) / 1000;
  }
  return busy;
}

async function loadOnce(
  browser: Browser,
  baseUrl: string,
  route: string,
  trace: boolean,
  save: string | undefined,
): Promise<Sample> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    let complete = Promise.resolve();
    if (trace) {
      cdp.on('Tracing.dataCollected', (e) => {
        events.push(...(e.value as unknown as TraceEvent[]));
      });
      complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.start', {
        categories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'disabled-by-default-devtools.timeline.frame',
          'v8',
          'v8.execute',
          'loading',
          'blink.user_timing',
        ].join(','),
        transferMode: 'ReportEvents',
      });
    }
    await page.goto(route, { waitUntil: 'networkidle' });
    await waitForPage(page);
    const timings = await page.evaluate(collect);
    if (!trace) return timings;
    await cdp.send('Tracing.end');
    await complete;
    if (save !== undefined) {
      const file = path.join(save, `${route.replace(/\W+/g, '_') || 'home'}-${Date.now()}.json`);
      fs.writeFileSync(file, JSON.stringify({ traceEvents: events }));
    }
    return { ...timings, busy: busyBeforeLcp(events, lcpOf(timings)) };
  } finally {
    await context.close();
  }
}

const ms = (x: number): string => String(Math.round(x)).padStart(5);

function print(name: string, samples: Sample[]): void {
  const sorted = [...samples].sort((a, b) => lcpOf(a) - lcpOf(b));
  const median = sorted[Math.floor(sorted.length / 2)];
  if (median === undefined) return;
  console.log(
    `\n${name}: LCP ${sorted.map((s) => Math.round(lcpOf(s))).join(', ')} ms; median load:`,
  );
  console.log(
    `  document received ${ms(median.responseEnd)}   first paint ${ms(median.firstPaint)}   first contentful paint ${ms(median.firstContentfulPaint)}`,
  );
  for (const e of median.lcp) console.log(`  LCP ${ms(e.time)}  ${e.element} (${e.size} px²)`);
  for (const r of median.resources) {
    console.log(`  ${ms(r.start)} → ${ms(r.end)}  ${r.initiator.padEnd(10)} ${r.name}`);
  }
  if (median.busy !== undefined) {
    const kinds = Object.entries(median.busy).sort((a, b) => b[1].wall - a[1].wall);
    const wall = kinds.reduce((sum, [, b]) => sum + b.wall, 0);
    const cpu = kinds.reduce((sum, [, b]) => sum + b.cpu, 0);
    console.log(
      `  main thread before the LCP: ${Math.round(wall)} ms (${Math.round(cpu)} ms CPU): ${kinds
        .map(([kind, b]) => `${kind} ${Math.round(b.wall)}`)
        .join(', ')}`,
    );
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      only: { type: 'string' },
      trace: { type: 'boolean', default: false },
      save: { type: 'string' },
    },
  });
  if (!fs.existsSync(path.join(REPO_ROOT, 'dist', 'web', 'index.html'))) {
    throw new Error('dist/web is missing: run `npm run build` first');
  }
  const only = values.only?.split(',').map((s) => s.trim());
  const pages = PAGES.filter((p) => only === undefined || only.includes(p.name));
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');
  if (values.save !== undefined) fs.mkdirSync(values.save, { recursive: true });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vulndesk-web-trace-'));
  let browser: Browser | undefined;
  try {
    const server = await startServer({ DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
    browser = await launchChromium();
    const load = () =>
      os
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(' ');
    console.log(`Chromium ${browser.version()}, load average ${load()}`);
    await loadOnce(browser, server.url, '/', false, undefined); // warm-up, as bench/web.ts
    for (const { name, route } of pages) {
      const samples: Sample[] = [];
      for (let i = 0; i < runs; i += 1) {
        samples.push(await loadOnce(browser, server.url, route, values.trace, values.save));
      }
      print(name, samples);
    }
    console.log(`\nload average ${load()}`);
  } finally {
    await browser?.close().catch(() => undefined);
    await stopAllChildren();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
