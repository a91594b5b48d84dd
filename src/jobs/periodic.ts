/**
 * Runs a job every `intervalMs` on whichever instance holds its lease (a row in `job_leases`),
 * so N instances on one PostgreSQL run it once per interval and another takes over within one
 * lease period when the holder dies. Work that must survive restarts keeps its own state in the
 * database; this only decides who runs and when. A failing run is reported and retried on the
 * next tick; it never stops the process.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/client.js';
import { acquireJobLease, releaseJobLease } from '../db/repositories/job-leases.js';

export interface PeriodicJob {
  name: string;
  intervalMs: number;
  run(now: Date): Promise<void>;
}

export interface PeriodicRunner {
  /** Runs one tick now (tests, and the first tick at start). Resolves when it has finished. */
  tick(): Promise<void>;
  stop(): Promise<void>;
}

export function startPeriodic(
  db: Db,
  job: PeriodicJob,
  clock: () => Date,
  onError: (err: unknown) => void,
  options: { autoStart?: boolean } = {},
): PeriodicRunner {
  const holder = randomUUID();
  let running: Promise<void> | undefined;
  let stopped = false;

  const once = async (): Promise<void> => {
    const now = clock();
    const until = new Date(now.getTime() + job.intervalMs * 3).toISOString();
    if (!(await acquireJobLease(db.kysely, job.name, holder, now.toISOString(), until))) return;
    await job.run(now);
  };
  const tick = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    running ??= once()
      .catch(onError)
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  const timer =
    options.autoStart === false ? undefined : setInterval(() => void tick(), job.intervalMs);
  timer?.unref();

  return {
    tick,
    stop: async () => {
      stopped = true;
      if (timer !== undefined) clearInterval(timer);
      await running;
      await releaseJobLease(db.kysely, job.name, holder).catch(() => undefined);
    },
  };
}
