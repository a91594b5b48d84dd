/**
 * Per-reporter submission limits at intake: a report that takes its reporter over a limit is
 * accepted and flagged, and the flag shows in the staff queue and the case view. On SQLite, and
 * on PostgreSQL with DATABASE_URL.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { buildReport, HIGH_QUALITY_REPORT } from '../../../../test/helpers/factories.js';
import { asStaff, createStaffToken, type StaffToken } from '../../../../test/helpers/staff.js';
import { ANONYMOUS } from '../../../policies/actor.js';
import { readOverLimit } from '../../../services/submission-flag.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

interface OverLimit {
  max: number;
  windowHours: number;
  count: number;
}

interface QueueItem {
  id: string;
  reporter: { label: string; overLimit: OverLimit | null };
}

async function submitAs(app: TestApp, email: string): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/reports',
    payload: buildReport({ reporter: { email } }),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

async function flags(app: TestApp, who: StaffToken): Promise<Map<string, OverLimit | null>> {
  const res = await app.inject(asStaff(who, { method: 'GET', url: '/api/v1/reports?limit=100' }));
  expect(res.statusCode, res.body).toBe(200);
  const items = res.json<{ items: QueueItem[] }>().items;
  return new Map(items.map((i) => [i.id, i.reporter.overLimit]));
}

async function caseFlag(app: TestApp, who: StaffToken, id: string): Promise<OverLimit | null> {
  const res = await app.inject(asStaff(who, { method: 'GET', url: `/api/v1/reports/${id}/case` }));
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ reporter: { overLimit: OverLimit | null } }>().reporter.overLimit;
}

describe('default limits (5 an hour, 20 a day)', () => {
  let app: TestApp;
  let triager: StaffToken;
  beforeAll(async () => {
    app = await buildTestApp();
    triager = await createStaffToken(app, { role: 'triager' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('flags the sixth report within an hour, and only that reporter', async () => {
    const burst: string[] = [];
    const calm: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      burst.push(await submitAs(app, 'burst@example.org'));
      if (i < 2) calm.push(await submitAs(app, 'calm@example.org'));
      app.clock.advance(10 * MINUTE);
    }
    const queue = await flags(app, triager);
    expect(burst.map((id) => queue.get(id))).toEqual([
      null,
      null,
      null,
      null,
      null,
      { max: 5, windowHours: 1, count: 6 },
    ]);
    expect(calm.map((id) => queue.get(id))).toEqual([null, null]);
    expect(await caseFlag(app, triager, burst[5] ?? '')).toEqual({
      max: 5,
      windowHours: 1,
      count: 6,
    });
    expect(await caseFlag(app, triager, burst[4] ?? '')).toBeNull();

    // A flag only: the flagged report keeps its place by due time, ahead of a later one.
    const later = await submitAs(app, 'calm@example.org');
    const order = [...(await flags(app, triager)).keys()];
    expect(order.indexOf(burst[5] ?? '')).toBeLessThan(order.indexOf(later));
    expect(order.indexOf(burst[5] ?? '')).toBeGreaterThan(order.indexOf(burst[4] ?? ''));
  });

  it('counts a reporter by e-mail address whatever its case, and past the hour by the day', async () => {
    const ids: string[] = [];
    // 21 reports, one every 65 minutes: never six in an hour, but 21 within 24 hours.
    for (let i = 0; i < 21; i += 1) {
      ids.push(await submitAs(app, i % 2 === 0 ? 'Daily@Example.org' : 'daily@example.org'));
      app.clock.advance(65 * MINUTE);
    }
    const queue = await flags(app, triager);
    const flagged = ids.filter((id) => queue.get(id) !== null);
    expect(flagged).toEqual([ids[20]]);
    expect(queue.get(ids[20] ?? '')).toEqual({ max: 20, windowHours: 24, count: 21 });
  });

  it('flags reports that arrive together as if they had come one by one', async () => {
    app.clock.advance(48 * HOUR);
    const before = app.services.reports.intakeTransactions;
    const ids = await Promise.all(
      Array.from({ length: 7 }, () => submitAs(app, 'together@example.org')),
    );
    // Committed in fewer transactions than reports: the group is counted within itself.
    expect(app.services.reports.intakeTransactions - before).toBeLessThan(7);
    const queue = await flags(app, triager);
    const byRef = [...ids].sort();
    expect(byRef.map((id) => queue.get(id)?.count ?? null)).toEqual([
      null,
      null,
      null,
      null,
      null,
      6,
      7,
    ]);
  });
});

describe('SUBMISSION_LIMITS', () => {
  let app: TestApp;
  let triager: StaffToken;
  beforeAll(async () => {
    app = await buildTestApp({
      SUBMISSION_LIMITS: '[{"max":1,"windowHours":1},{"max":2,"windowHours":3}]',
    });
    triager = await createStaffToken(app, { role: 'triager' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('counts the window up to the report, its start excluded', async () => {
    const first = await submitAs(app, 'edge@example.org');
    // Exactly one hour later: the first report is at the window's (excluded) start.
    app.clock.advance(HOUR);
    const second = await submitAs(app, 'edge@example.org');
    // One millisecond less than an hour after the second: both are in its window.
    app.clock.advance(HOUR - 1);
    const third = await submitAs(app, 'edge@example.org');
    const queue = await flags(app, triager);
    expect(queue.get(first)).toBeNull();
    expect(queue.get(second)).toBeNull();
    // Over both limits (2 in the hour, 3 in three hours): the first one configured is shown.
    expect(queue.get(third)).toEqual({ max: 1, windowHours: 1, count: 2 });
  });
});

describe('SUBMISSION_LIMITS=[]', () => {
  it('flags nothing', async () => {
    const app = await buildTestApp({ SUBMISSION_LIMITS: '[]' });
    try {
      const triager = await createStaffToken(app, { role: 'triager' });
      for (let i = 0; i < 7; i += 1) await submitAs(app, 'many@example.org');
      const queue = await flags(app, triager);
      expect([...queue.values()]).toEqual(Array.from({ length: 7 }, () => null));
    } finally {
      await app.close();
    }
  });
});

describe('counting within a group commit', () => {
  const LIMITS = [
    { max: 2, windowHours: 0.25 },
    { max: 4, windowHours: 0.5 },
  ];
  // Gaps that add up to the windows' lengths exactly, so reports fall on the windows' edges.
  const gap = fc.constantFrom(0, 150_000, 300_000, 450_000, 900_000);
  let app: TestApp;
  beforeAll(async () => {
    app = await buildTestApp({ SUBMISSION_LIMITS: JSON.stringify(LIMITS) });
  });
  afterAll(async () => {
    await app.close();
  });

  /**
   * Reports queued without waiting are written by one transaction, at the receipt times the
   * clock gave each: the windows' edges fall between reports of the same group and between the
   * group and reports stored before it.
   */
  it('flags each report as if the reports had come one by one', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 1 }), gap), { minLength: 1, maxLength: 12 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 1 }), gap), { minLength: 1, maxLength: 16 }),
        async (history, group) => {
          run += 1;
          const keyOf = (k: number) => `run${run}-reporter${k}@example.org`;
          const sent: { key: string; at: number; ref: Promise<string> }[] = [];
          const send = (k: number) => {
            const key = keyOf(k);
            const ref = app.services.reports
              .submit(
                {
                  ...HIGH_QUALITY_REPORT,
                  reporter: { ...HIGH_QUALITY_REPORT.reporter, email: key },
                },
                [],
                ANONYMOUS,
              )
              .then((r) => r.ref);
            sent.push({ key, at: app.clock.now().getTime(), ref });
            return ref;
          };
          // Earlier reports, each committed before the next.
          for (const [k, gap] of history) {
            app.clock.advance(gap);
            await send(k);
          }
          // The group: queued together, at increasing times.
          const before = app.services.reports.intakeTransactions;
          for (const [k, gap] of group) {
            app.clock.advance(gap);
            void send(k);
          }
          const refs = await Promise.all(sent.map((s) => s.ref));
          expect(app.services.reports.intakeTransactions - before).toBe(1);

          const rows = await app.testDb.db.kysely
            .selectFrom('reports')
            .select(['ref', 'overLimit'])
            .where('ref', 'in', refs)
            .execute();
          const flagOf = new Map(rows.map((r) => [r.ref, readOverLimit(r.overLimit)]));
          sent.forEach((report, i) => {
            const counts = LIMITS.map(
              (limit) =>
                sent
                  .slice(0, i + 1)
                  .filter(
                    (o) => o.key === report.key && o.at > report.at - limit.windowHours * 3_600_000,
                  ).length,
            );
            const w = LIMITS.findIndex((limit, j) => (counts[j] ?? 0) > limit.max);
            const limit = LIMITS[w];
            expect(flagOf.get(refs[i] ?? '')).toEqual(
              limit === undefined ? null : { ...limit, count: counts[w] },
            );
          });
          app.clock.advance(3_600_000);
        },
      ),
      { numRuns: 25 },
    );
  });
});
