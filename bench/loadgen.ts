/**
 * The load generator, run as a child process of the benchmarks (`bench/intake.ts`,
 * `bench/triage.ts`) so that autocannon's own work (building requests, parsing responses,
 * histograms) does not run on the server's event loop.
 * It still shares the machine's CPUs with the server: on a 2-core machine that is most of one core.
 *
 * Protocol (IPC): the parent sends one `LoadJob`; this process runs autocannon once, answers one
 * `LoadOutcome` and exits. It exits by itself if the parent goes away, and never runs longer than
 * the job's duration plus a fixed margin.
 */
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import type { Request as AcRequest, Result as AcResult } from 'autocannon';
import { reportJson } from './report-body.js';

export interface LoadJob {
  url: string;
  method: 'GET' | 'POST';
  connections: number;
  seconds: number;
  /** When set, every request carries a distinct ~4 KB report (title `<tag>-<n>`). */
  reportTag?: string;
  /** Extra request headers (e.g. `authorization`). */
  headers?: Record<string, string>;
}

export interface LoadSummary {
  seconds: number;
  /** Responses received, by status code. */
  statusCodes: Record<string, number>;
  ok2xx: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Requests sent (includes the ones still in flight when the run stopped). */
  sent: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  /** CPU this load generator used during the run, in cores (1 = one core fully busy). */
  cpuCores: number;
}

export type LoadOutcome = { ok: true; summary: LoadSummary } | { ok: false; error: string };

const MARGIN_MS = 30_000;

function summarize(r: AcResult, cpuCores: number): LoadSummary {
  const statusCodes: Record<string, number> = {};
  for (const [code, stat] of Object.entries(r.statusCodeStats ?? {})) {
    statusCodes[code] = stat.count ?? 0;
  }
  return {
    seconds: r.duration,
    statusCodes,
    ok2xx: r['2xx'],
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    sent: r.requests.sent,
    latencyMs: {
      p50: r.latency.p50,
      p90: r.latency.p90,
      p99: r.latency.p99,
      max: r.latency.max,
      mean: r.latency.mean,
    },
    cpuCores,
  };
}

async function run(job: LoadJob): Promise<LoadSummary> {
  let n = 0;
  const tag = job.reportTag;
  const requests: AcRequest[] | undefined =
    tag === undefined
      ? undefined
      : [
          {
            method: 'POST',
            setupRequest: (req: AcRequest) => {
              n += 1;
              return { ...req, body: reportJson(tag, n) };
            },
          },
        ];
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await autocannon({
    url: job.url,
    method: job.method,
    connections: job.connections,
    duration: job.seconds,
    timeout: 10,
    headers: {
      ...job.headers,
      ...(tag === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(requests === undefined ? {} : { requests }),
  });
  const cpu = process.cpuUsage(cpu0);
  return summarize(result, (cpu.user + cpu.system) / 1000 / (performance.now() - t0));
}

function send(outcome: LoadOutcome): Promise<void> {
  return new Promise((resolve) => {
    if (process.send === undefined) {
      process.stdout.write(`${JSON.stringify(outcome)}\n`);
      resolve();
      return;
    }
    process.send(outcome, () => resolve());
  });
}

process.on('disconnect', () => process.exit(1));
process.once('message', (message: LoadJob) => {
  const guard = setTimeout(() => process.exit(3), message.seconds * 1000 + MARGIN_MS);
  guard.unref();
  run(message)
    .then((summary) => send({ ok: true, summary }))
    .catch((err: unknown) =>
      send({ ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) }),
    )
    .finally(() => process.exit(0));
});
