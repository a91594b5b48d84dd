/**
 * `npx tsx bench/metrics.ts [--reports 100000]`: seeds a fresh database (SQLite, or PostgreSQL
 * with DATABASE_URL) with reports spread over three years, each with its status history, then
 * times GET /api/v1/metrics's service for the default range and for five years by week, and
 * the heap it needed. Results are in bench/README.md.
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { uuidv7 } from 'uuidv7';
import type { Insertable } from 'kysely';
import type { NewReport, TimelineTable } from '../src/db/schema.js';
import { DEFAULT_SLA_POLICY } from '../src/domain/sla/policy.js';
import { MetricsService } from '../src/services/metrics.service.js';
import { createTestDb } from '../test/helpers/db.js';

const { values } = parseArgs({ options: { reports: { type: 'string', default: '100000' } } });
const COUNT = Number(values.reports);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.parse('2026-11-28T12:00:00Z');
const SPAN = 3 * 365 * DAY;
const BODY = JSON.stringify({ description: 'x'.repeat(2000) });
const SEVERITIES = ['critical', 'important', 'moderate', 'low'] as const;

let seed = 42;
const random = (): number => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};

function reportWithHistory(i: number): {
  report: NewReport;
  timeline: Insertable<TimelineTable>[];
} {
  const id = uuidv7();
  const received = NOW - SPAN + Math.floor((i / COUNT) * SPAN);
  const timeline: Insertable<TimelineTable>[] = [];
  let t = received;
  let status = 'new';
  const cols: Partial<NewReport> = {};
  const move = (after: number, to: string): boolean => {
    if (t + after > NOW) return false;
    t += after;
    timeline.push({
      id: uuidv7(),
      reportId: id,
      at: new Date(t).toISOString(),
      kind: 'status-changed',
      actor: 'staff',
      data: JSON.stringify({ from: status, to }),
    });
    status = to;
    return true;
  };
  if (move((1 + random() * 30) * HOUR, 'triage')) {
    cols.firstRespondedAt = new Date(t).toISOString();
    const accepted = random() < 0.6;
    if (move((1 + random() * 200) * HOUR, accepted ? 'review-repro' : 'rejected')) {
      cols.triagedAt = new Date(t).toISOString();
      if (accepted) {
        const severity = SEVERITIES[Math.floor(random() * 4)] ?? 'low';
        cols.severity = severity;
        timeline.push({
          id: uuidv7(),
          reportId: id,
          at: new Date(t).toISOString(),
          kind: 'severity-changed',
          actor: 'staff',
          data: JSON.stringify({ severity }),
        });
        if (
          move(random() * 10 * DAY, 'develop') &&
          move(random() * 90 * DAY, 'pre-release') &&
          move(random() * 14 * DAY, 'complete')
        ) {
          cols.completedAt = new Date(t).toISOString();
          move(random() * 30 * DAY, 'closed');
        }
      }
    }
  }
  const at = new Date(received).toISOString();
  return {
    report: {
      id,
      ref: `VD-B-${String(i).padStart(7, '0')}`,
      status,
      title: `Report ${i}`,
      submission: BODY,
      qualityTier: 'complete',
      language: 'en',
      reporterEmail: `r${i % 500}@example.org`,
      accountId: null,
      trackingTokenHash: null,
      cvssVector: null,
      cvssScore: null,
      receivedAt: at,
      firstResponseDueAt: new Date(received + 24 * HOUR).toISOString(),
      updatedAt: new Date(t).toISOString(),
      ...cols,
    },
    timeline,
  };
}

const testDb = await createTestDb();
const db = testDb.db.kysely;
const seeding = performance.now();
for (let start = 0; start < COUNT; start += 500) {
  const batch = Array.from({ length: Math.min(500, COUNT - start) }, (_, k) =>
    reportWithHistory(start + k),
  );
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('reports')
      .values(batch.map((b) => b.report))
      .execute();
    const entries = batch.flatMap((b) => b.timeline);
    for (let k = 0; k < entries.length; k += 1000) {
      await trx
        .insertInto('timeline')
        .values(entries.slice(k, k + 1000))
        .execute();
    }
  });
}
console.log(
  `${testDb.db.dialect}: seeded ${COUNT} reports in ${((performance.now() - seeding) / 1000).toFixed(1)} s`,
);

const service = new MetricsService({
  db: testDb.db,
  clock: () => new Date(NOW),
  slaPolicy: DEFAULT_SLA_POLICY,
});
const actor = {
  kind: 'account',
  accountId: 'bench',
  email: 'bench@example.org',
  role: 'auditor',
  via: 'token',
} as const;
for (const [label, query] of [
  ['last 12 months by month', {}],
  ['5 years by week', { from: '2021-11-29', to: '2026-11-28', interval: 'week' }],
] as const) {
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let peak = heapBefore;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 20);
  const started = performance.now();
  const result = await service.metrics(actor, query);
  const ms = performance.now() - started;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  console.log(
    `${label}: ${(ms / 1000).toFixed(2)} s, heap peak +${((peak - heapBefore) / 1_048_576).toFixed(0)} MB, ` +
      `triage n=${result.timeToTriage.count} median ${result.timeToTriage.medianHours} h, ` +
      `backlog now ${result.backlog.at(-1)?.total}`,
  );
}
await testDb.dispose();
