/**
 * Where the machine's CPU goes during a benchmark phase: this process, the load generator and
 * everything else (other people's work on a shared machine), in cores.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { f2, out, pct, sleep } from './figures.js';

/** Share of all CPUs busy over `ms` (nothing of ours runs meanwhile: this is other load). */
export async function machineBusy(ms = 1000): Promise<number> {
  const sum = () =>
    os.cpus().reduce(
      (acc, c) => {
        const t = c.times;
        acc.idle += t.idle;
        acc.total += t.user + t.nice + t.sys + t.idle + t.irq;
        return acc;
      },
      { idle: 0, total: 0 },
    );
  const a = sum();
  await sleep(ms);
  const b = sum();
  const total = b.total - a.total;
  return total > 0 ? 1 - (b.idle - a.idle) / total : 0;
}

export interface CpuMark {
  idle: number;
  total: number;
  self: NodeJS.CpuUsage;
  t: number;
}

/** Where the CPUs went during a phase, in cores (a fully used core = 1). */
export interface CpuSpan {
  machineCores: number;
  /** This process: the server (or the raw inserter). */
  selfCores: number;
  selfMs: number;
  selfSysMs: number;
  /** Length of the phase. */
  wallMs: number;
}

export function cpuMark(): CpuMark {
  let idle = 0;
  let total = 0;
  for (const { times: t } of os.cpus()) {
    idle += t.idle;
    total += t.user + t.nice + t.sys + t.idle + t.irq;
  }
  return { idle, total, self: process.cpuUsage(), t: performance.now() };
}

export function cpuSince(m: CpuMark): CpuSpan {
  const now = cpuMark();
  const self = process.cpuUsage(m.self);
  const wallUs = (now.t - m.t) * 1000;
  const total = now.total - m.total;
  const busy = total > 0 ? 1 - (now.idle - m.idle) / total : 0;
  return {
    machineCores: busy * os.cpus().length,
    selfCores: wallUs > 0 ? (self.user + self.system) / wallUs : 0,
    selfMs: (self.user + self.system) / 1000,
    selfSysMs: self.system / 1000,
    wallMs: now.t - m.t,
  };
}

/** `server 0.85, load generator 0.40, everything else 0.10 (of 2 cores)`. */
export function describeCpu(
  span: CpuSpan,
  loadgenCores: number,
  rest: string,
  self = 'server',
): string {
  const others = Math.max(0, span.machineCores - span.selfCores - loadgenCores);
  const parts = [`${self} ${f2(span.selfCores)}`];
  if (loadgenCores > 0) parts.push(`load generator ${f2(loadgenCores)}`);
  parts.push(`${rest} ${f2(others)}`);
  return `CPU in cores (of ${os.cpus().length}): ${parts.join(', ')}`;
}

export async function checkQuiet(when: string): Promise<void> {
  const busy = await machineBusy();
  const note =
    busy > 0.15
      ? ' — WARNING: other processes are using the CPUs; the figures below will be low and noisy'
      : '';
  out(`  machine busy before ${when}: ${pct(busy)} of all CPUs${note}`);
}
