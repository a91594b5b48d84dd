/**
 * Runs the load generator (`bench/loadgen.ts`, autocannon) in a child process and describes
 * what it measured.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { f0, f1 } from './figures.js';
import type { LoadJob, LoadOutcome, LoadSummary } from './loadgen.js';

export const LOADGEN = fileURLToPath(new URL('./loadgen.ts', import.meta.url));

export function runLoad(job: LoadJob): Promise<LoadSummary> {
  return new Promise((resolve, reject) => {
    // Inherits process.execArgv, i.e. the tsx loader this script runs under.
    const child = fork(LOADGEN, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let settled = false;
    const settle = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
    };
    const timer = setTimeout(
      () => {
        child.kill('SIGKILL');
        settle(() =>
          reject(new Error(`load generator did not answer within ${job.seconds + 60} s`)),
        );
      },
      (job.seconds + 60) * 1000,
    );
    child.once('message', (m: LoadOutcome) => {
      settle(() => (m.ok ? resolve(m.summary) : reject(new Error(`load generator: ${m.error}`))));
    });
    child.once('error', (err) => settle(() => reject(err)));
    child.once('exit', (code, signal) => {
      settle(() =>
        reject(new Error(`load generator exited (${code ?? signal ?? '?'}) without a result`)),
      );
    });
    child.send(job);
  });
}

export function describeLoad(s: LoadSummary): string {
  const rate = s.ok2xx / s.seconds;
  return `${f0(rate)} req/s (${f0(s.ok2xx)} 2xx in ${f1(s.seconds)} s), latency p50 ${f1(s.latencyMs.p50)} ms, p99 ${f1(s.latencyMs.p99)} ms, max ${f1(s.latencyMs.max)} ms`;
}

/** `201 × 2,160` (every status code seen, with its count). */
export function statusList(s: LoadSummary): string {
  const codes = Object.entries(s.statusCodes);
  return codes.length === 0 ? 'none' : codes.map(([c, n]) => `${c} × ${f0(n)}`).join(', ');
}

/** Problems with a load run: anything but the expected status, connection errors, timeouts. */
export function loadProblems(s: LoadSummary, expected: number): string[] {
  const problems: string[] = [];
  for (const [code, count] of Object.entries(s.statusCodes)) {
    if (Number(code) !== expected) problems.push(`${count} responses with status ${code}`);
  }
  if (s.errors > 0) problems.push(`${s.errors} connection errors (including timeouts)`);
  if (s.timeouts > 0) problems.push(`${s.timeouts} timeouts`);
  if (s.ok2xx === 0) problems.push('no successful response at all');
  return problems;
}
