/**
 * The queue query against a plain reading of its filters: every combination below, paged to the
 * end by cursor, gives exactly the reports the filters describe, in (next_due_at, id) order.
 * On SQLite, and on PostgreSQL with DATABASE_URL. The data is the triage benchmark's generator
 * at a small size (open and closed reports, assignees, products, paused and idle clocks).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedQueue, type SeededQueue } from '../../../bench/queue-seed.js';
import { createTestDb, type TestDb } from '../../../test/helpers/db.js';
import type { Reader } from '../reader.js';
import { CASE_STATES } from '../../domain/case/states.js';
import { OPEN_STATES } from '../../services/triage.service.js';
import {
  listQueue,
  NO_DUE_TIME,
  QUEUE_DUE_FILTERS,
  type QueueCursor,
  type QueueDueFilter,
  type QueueFilters,
  type QueueRow,
} from './queue.js';

let testDb: TestDb;
let seeded: SeededQueue;
let all: (QueueRow & { searchText: string | null })[];
const NOW = new Date('2026-11-28T12:00:00.000Z');
const now = NOW.toISOString();

beforeAll(async () => {
  testDb = await createTestDb();
  seeded = await seedQueue(testDb.db, { reports: 2_500, now: NOW });
  const rows = await testDb.db.kysely
    .selectFrom('reports')
    .leftJoin('reporters', 'reporters.key', 'reports.reporterKey')
    .select([
      'reports.id',
      'reports.ref',
      'reports.caseNumber',
      'reports.title',
      'reports.status',
      'reports.severity',
      'reports.qualityTier',
      'reports.assigneeId',
      'reports.productId',
      'reports.reporterKey',
      'reports.receivedAt',
      'reports.firstResponseDueAt',
      'reports.nextDueAt',
      'reports.nextAtRiskAt',
      'reports.pausedSince',
      'reports.overLimit',
      'reports.searchText',
      'reporters.valid as reporterValid',
      'reporters.invalid as reporterInvalid',
      'reporters.submitted as reporterSubmitted',
    ])
    .execute();
  all = rows.map((r) => ({ ...r, nextDueAt: r.nextDueAt ?? null }));
}, 120_000);
afterAll(async () => {
  await testDb.dispose();
});

function dueHolds(r: QueueRow, due: QueueDueFilter): boolean {
  const d = r.nextDueAt;
  const risk = r.nextAtRiskAt;
  switch (due) {
    case 'breached':
      return d !== null && d < now;
    case 'at-risk':
      return d !== null && d >= now && risk !== null && risk < now;
    case 'on-track':
      return d !== null && d >= now && d !== NO_DUE_TIME && (risk === null || risk >= now);
    case 'paused':
      return r.pausedSince !== null;
    case 'none':
      return d === NO_DUE_TIME && r.pausedSince === null;
  }
}

/** What the filters say, read plainly. */
function expected(f: QueueFilters): string[] {
  const q = f.q?.trim();
  return all
    .filter((r) => f.statuses.includes(r.status))
    .filter((r) =>
      f.assignee === undefined
        ? true
        : f.assignee === 'none'
          ? r.assigneeId === null
          : r.assigneeId === f.assignee,
    )
    .filter((r) => f.productId === undefined || r.productId === f.productId)
    .filter((r) => f.due === undefined || dueHolds(r, f.due))
    .filter(
      (r) =>
        q === undefined ||
        q === '' ||
        r.ref === q ||
        r.caseNumber === q ||
        (r.searchText ?? '').includes(q.toLowerCase()),
    )
    .sort((a, b) =>
      (a.nextDueAt ?? '') < (b.nextDueAt ?? '')
        ? -1
        : (a.nextDueAt ?? '') > (b.nextDueAt ?? '')
          ? 1
          : a.id < b.id
            ? -1
            : 1,
    )
    .map((r) => r.id);
}

/** Every page of the queue, by cursor; through `db.reader` when given (SQLite worker thread, PostgreSQL named statements). */
async function paged(f: QueueFilters, limit: number, reader?: Reader): Promise<QueueRow[]> {
  const rows: QueueRow[] = [];
  let after: QueueCursor | undefined;
  for (let guard = 0; guard < 1_000; guard += 1) {
    const { kysely, dialect } = testDb.db;
    const page = await listQueue(kysely, dialect, f, now, limit, after, reader);
    rows.push(...page);
    const last = page.at(-1);
    if (page.length < limit || last === undefined || last.nextDueAt === null) return rows;
    after = { nextDueAt: last.nextDueAt, id: last.id };
  }
  throw new Error('the queue did not end');
}

describe('listQueue', () => {
  it('gives exactly the filtered reports in queue order, for every kind of filter', async () => {
    const open = OPEN_STATES;
    const busy = seeded.staffIds[2] ?? '';
    const product = seeded.productIds[0] ?? '';
    const someRef = all.find((r) => r.status === 'triage')?.ref ?? '';
    const cases: QueueFilters[] = [
      { statuses: open },
      { statuses: ['triage'] },
      { statuses: ['triage', 'needs-info'] },
      { statuses: [...CASE_STATES] },
      { statuses: ['closed'] },
      { statuses: open, assignee: busy },
      { statuses: open, assignee: 'none' },
      { statuses: open, productId: product },
      { statuses: ['develop', 'review-repro'], productId: product, assignee: busy },
      ...QUEUE_DUE_FILTERS.map((due): QueueFilters => ({ statuses: open, due })),
      { statuses: ['triage'], due: 'at-risk' },
      { statuses: open, q: 'contoso mail' },
      { statuses: open, q: 'Contoso' },
      { statuses: open, q: 'zz' },
      { statuses: [...CASE_STATES], q: 'contoso mail' },
      { statuses: ['rejected'], q: 'xml' },
      { statuses: open, q: `  ${someRef} ` },
      { statuses: open, q: '100%_' },
    ];
    for (const f of cases) {
      const want = expected(f);
      const got = await paged(f, 17);
      expect(
        got.map((r) => r.id),
        JSON.stringify(f),
      ).toEqual(want);
      if (testDb.db.reader !== undefined) {
        const viaReader = await paged(f, 17, testDb.db.reader);
        expect(viaReader, `${JSON.stringify(f)} (reader)`).toEqual(got);
      }
    }
    // The cases above are not all empty: the filters were exercised.
    expect(expected({ statuses: open, q: 'contoso mail' }).length).toBeGreaterThan(0);
    expect(expected({ statuses: open, assignee: busy }).length).toBeGreaterThan(0);
  });

  it('answers rows with every column under its camelCase name, reporter record joined', async () => {
    const [first] = await listQueue(
      testDb.db.kysely,
      testDb.db.dialect,
      { statuses: OPEN_STATES },
      now,
      1,
    );
    const row = all.find((r) => r.id === first?.id);
    expect(row).toBeDefined();
    expect({ ...first, searchText: row?.searchText }).toEqual(row);
  });
});
