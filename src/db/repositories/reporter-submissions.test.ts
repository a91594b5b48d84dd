/**
 * Reporter numbering and the seek that tells how many reports a reporter had sent by a time.
 * On SQLite, and on PostgreSQL with DATABASE_URL.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { createTestDb, type TestDb } from '../../../test/helpers/db.js';
import { insertReports } from './reports.js';
import { countNewSubmissions, reporterNumbering, type Numbering } from './reporter-submissions.js';

const T0 = Date.parse('2026-03-02T09:00:00.000Z');
const at = (ms: number): string => new Date(T0 + ms).toISOString();
const KEYS = ['a@example.org', 'b@example.org', 'c@example.org'];

let testDb: TestDb;
let run = 0;
let refs = 0;

beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(async () => {
  await testDb.dispose();
});

/** Stores a reporter's reports at `times`, numbered in order of receipt. */
async function store(key: string, times: readonly number[]): Promise<void> {
  await insertReports(
    testDb.db.kysely,
    [...times]
      .sort((a, b) => a - b)
      .map((t, i) => {
        refs += 1;
        return {
          id: uuidv7(),
          ref: `VD-2026-${String(refs).padStart(6, '0')}`,
          status: 'new',
          title: 'Stored report',
          submission: '{}',
          qualityTier: 'low',
          language: 'en',
          reporterEmail: key,
          accountId: null,
          trackingTokenHash: null,
          cvssVector: null,
          cvssScore: null,
          receivedAt: at(t),
          firstResponseDueAt: at(t),
          updatedAt: at(t),
          reporterKey: key,
          reporterSeq: i + 1,
        };
      }),
  );
}

/** The number a numbering reached by `t`. */
const reachedBy = (n: Numbering, t: string): number =>
  Math.max(n.atFrom, ...n.steps.filter((s) => s.at <= t).map((s) => s.seq));

describe('reporterNumbering', () => {
  it('tells how many reports the reporter had sent by any time in each span', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 5_000 })), {
          maxLength: 40,
        }),
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 2 }),
            fc.integer({ min: -100, max: 5_100 }),
            fc.integer({ min: 0, max: 800 }),
          ),
          { minLength: 1, maxLength: 20 },
        ),
        async (stored, spans) => {
          // Keys of their own each run, so earlier runs' rows never count.
          run += 1;
          const keyOf = (k: number) => `${run}-${KEYS[k] ?? ''}`;
          for (const [k] of KEYS.entries()) {
            const times = stored.filter(([sk]) => sk === k).map(([, t]) => t);
            if (times.length > 0) await store(keyOf(k), times);
          }
          const found = await reporterNumbering(
            testDb.db.kysely,
            spans.map(([k, from, length]) => ({
              reporterKey: keyOf(k),
              from: at(from),
              to: at(from + length),
            })),
          );
          spans.forEach(([k, from, length], i) => {
            const numbering = found[i] as Numbering;
            // Every step lies in the span; the number by each time is the count by then.
            for (const step of numbering.steps) {
              expect(step.at > at(from) && step.at <= at(from + length)).toBe(true);
            }
            for (const t of [from, from + length / 2, from + length]) {
              const t0 = Math.floor(t);
              expect(reachedBy(numbering, at(t0))).toBe(
                stored.filter(([sk, st]) => sk === k && st <= t0).length,
              );
            }
          });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('counts a report received exactly at a time, and reads nothing for no spans', async () => {
    await store('edge@example.org', [0, 1_000, 2_000]);
    const [instant, span] = await reporterNumbering(testDb.db.kysely, [
      { reporterKey: 'edge@example.org', from: at(1_000), to: at(1_000) },
      { reporterKey: 'edge@example.org', from: at(999), to: at(2_000) },
    ]);
    expect(instant).toEqual({ atFrom: 2, steps: [] });
    expect(span?.atFrom).toBe(1);
    expect(span?.steps.sort((a, b) => a.seq - b.seq)).toEqual([
      { at: at(1_000), seq: 2 },
      { at: at(2_000), seq: 3 },
    ]);
    expect(await reporterNumbering(testDb.db.kysely, [])).toEqual([]);
  });
});

describe('countNewSubmissions', () => {
  it('creates and bumps the reporters, answering their new totals', async () => {
    const db = testDb.db.kysely;
    expect(
      await countNewSubmissions(
        db,
        new Map([
          ['new@example.org', { count: 2, last: at(10) }],
          ['edge@example.org', { count: 1, last: at(20) }],
        ]),
      ),
    ).toEqual(new Map([['new@example.org', 2]]).set('edge@example.org', 1));
    expect(
      await countNewSubmissions(db, new Map([['new@example.org', { count: 3, last: at(30) }]])),
    ).toEqual(new Map([['new@example.org', 5]]));
    const row = await db
      .selectFrom('reporters')
      .selectAll()
      .where('key', '=', 'new@example.org')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ submitted: 5, lastSubmittedAt: at(30), valid: 0, invalid: 0 });
    expect(await countNewSubmissions(db, new Map())).toEqual(new Map());
  });
});
