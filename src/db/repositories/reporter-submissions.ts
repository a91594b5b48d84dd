/**
 * Numbering each reporter's reports, and reading how many a reporter had sent by given times:
 * what the submission limits need at intake, at a cost that does not grow with the reporter's
 * volume. Every report carries `reporter_seq`, its place among its reporter's reports (taken
 * from `reporters.submitted`, which the intake increments under the reporter row's lock), so
 * the reports of a window (s, u] number seq(u) − seq(s), where seq(t), the number of the last
 * report received by t, is one seek down `reports_reporter_seq (reporter_key, received_at,
 * reporter_seq)`. A flood of reports from one reporter costs the same per report as one.
 *
 * Numbers follow the order in which reports are numbered and windows follow receipt times; the
 * two agree except for reports racing each other (another instance, a report whose validation
 * awaited, PostgreSQL groups written side by side): a window's count may then be off by those
 * few. A flag for triage, not a quota.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../schema.js';

/**
 * Adds `count` new reports per reporter to their records (created when new) and answers each
 * reporter's new total: the number of the last of its new reports. One statement for all.
 */
export async function countNewSubmissions(
  db: Kysely<Database>,
  byReporter: ReadonlyMap<string, { count: number; last: string }>,
): Promise<Map<string, number>> {
  if (byReporter.size === 0) return new Map();
  // Keys are distinct, so one multi-row upsert serves the whole group on both databases.
  const rows = await db
    .insertInto('reporters')
    .values(
      [...byReporter].map(([key, { count, last }]) => ({
        key,
        submitted: count,
        valid: 0,
        invalid: 0,
        lastSubmittedAt: last,
      })),
    )
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => ({
        submitted: eb('reporters.submitted', '+', eb.ref('excluded.submitted')),
        lastSubmittedAt: eb.ref('excluded.lastSubmittedAt'),
      })),
    )
    .returning(['key', 'submitted'])
    .execute();
  return new Map(rows.map((r) => [r.key, Number(r.submitted)]));
}

export interface NumberingSpan {
  reporterKey: string;
  /** ISO 8601 UTC; `from` ≤ `to`. */
  from: string;
  to: string;
}

/**
 * How a reporter's numbering stood through a span of time: `atFrom`, the number of the last
 * report received by `from` (0 when none), and `steps`, the reports received after `from` up to
 * `to`. The number at any t in the span is the highest of `atFrom` and the steps' numbers by t.
 */
export interface Numbering {
  atFrom: number;
  steps: { at: string; seq: number }[];
}

/**
 * The number of the reporter `reporterKey`'s last report received by `at` (null when none), as
 * a scalar subquery: one seek down `reports_reporter_seq`.
 */
export function seqReachedBy(reporterKey: RawBuilder<unknown>, at: RawBuilder<unknown>) {
  return sql<number | string | null>`(select reporter_seq from reports
    where reporter_key = ${reporterKey} and received_at <= ${at}
    order by received_at desc, reporter_seq desc limit 1)`;
}

/** Spans per statement: bounded parameter lists (three or four per span). */
const SPANS_PER_STATEMENT = 500;

/**
 * The reporter's numbering through each span: one index seek per span, plus a range read for
 * a span that is not a single instant (the spans of a group's reports are milliseconds long).
 * The spans go in as a VALUES list, so each statement is planned once however many there are.
 */
export async function reporterNumbering(
  db: Kysely<Database>,
  spans: readonly NumberingSpan[],
): Promise<Numbering[]> {
  const result: Numbering[] = spans.map(() => ({ atFrom: 0, steps: [] }));
  for (let first = 0; first < spans.length; first += SPANS_PER_STATEMENT) {
    const some = spans.slice(first, first + SPANS_PER_STATEMENT);
    const seeks = some.map((s, i) => sql`(${sql.lit(first + i)}, ${s.reporterKey}, ${s.from})`);
    const { rows: reached } = await sql<{ span: number; seq: number | string | null }>`
      select v.column1 as span, ${seqReachedBy(sql.ref('v.column2'), sql.ref('v.column3'))} as seq
      from (values ${sql.join(seeks)}) as v`.execute(db);
    for (const row of reached) {
      const numbering = result[Number(row.span)];
      if (numbering !== undefined) numbering.atFrom = Number(row.seq ?? 0);
    }

    const ranges = some.flatMap((s, i) =>
      s.from < s.to ? [sql`(${sql.lit(first + i)}, ${s.reporterKey}, ${s.from}, ${s.to})`] : [],
    );
    if (ranges.length === 0) continue;
    const { rows: steps } = await sql<{ span: number; at: string; seq: number | string | null }>`
      select v.column1 as span, reports.received_at as at, reports.reporter_seq as seq
      from (values ${sql.join(ranges)}) as v
      join reports on reports.reporter_key = v.column2
        and reports.received_at > v.column3 and reports.received_at <= v.column4`.execute(db);
    for (const row of steps) {
      result[Number(row.span)]?.steps.push({ at: row.at, seq: Number(row.seq ?? 0) });
    }
  }
  return result;
}
