import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../../test/helpers/app.js';
import { createTestDb, type TestDb } from '../../test/helpers/db.js';
import { startPeriodic, type PeriodicRunner } from './periodic.js';

describe('startPeriodic', () => {
  let t: TestDb;
  const runners: PeriodicRunner[] = [];
  beforeEach(async () => {
    t = await createTestDb();
  });
  afterEach(async () => {
    await Promise.all(runners.splice(0).map((r) => r.stop()));
    await t.dispose();
  });

  function runner(clock: FakeClock, runs: Date[], fail = false): PeriodicRunner {
    const errors: unknown[] = [];
    const r = startPeriodic(
      t.db,
      {
        name: 'test-job',
        intervalMs: 60_000,
        run: (now) => {
          runs.push(now);
          return fail ? Promise.reject(new Error('job failed')) : Promise.resolve();
        },
      },
      clock.now,
      (err) => errors.push(err),
      { autoStart: false },
    );
    runners.push(r);
    return r;
  }

  it('runs on one instance only while its lease holds; another takes over when it expires', async () => {
    const clock = new FakeClock();
    const aRuns: Date[] = [];
    const bRuns: Date[] = [];
    const a = runner(clock, aRuns);
    const b = runner(clock, bRuns);
    await a.tick();
    await b.tick();
    clock.advance(60_000);
    await b.tick();
    await a.tick();
    expect(aRuns).toHaveLength(2);
    expect(bRuns).toHaveLength(0);
    // a dies without releasing: its lease (three intervals) runs out, then b runs.
    clock.advance(3 * 60_000 + 1);
    await b.tick();
    expect(bRuns).toHaveLength(1);
    await a.tick();
    expect(aRuns).toHaveLength(2);
  });

  it('hands the job over at once when the holder stops', async () => {
    const clock = new FakeClock();
    const aRuns: Date[] = [];
    const bRuns: Date[] = [];
    const a = runner(clock, aRuns);
    const b = runner(clock, bRuns);
    await a.tick();
    await a.stop();
    await b.tick();
    expect([aRuns.length, bRuns.length]).toEqual([1, 1]);
    await a.tick(); // stopped: does nothing
    expect(aRuns).toHaveLength(1);
  });

  it('keeps running after a failed run', async () => {
    const clock = new FakeClock();
    const runs: Date[] = [];
    const r = runner(clock, runs, true);
    await r.tick();
    clock.advance(60_000);
    await r.tick();
    expect(runs).toHaveLength(2);
  });
});
