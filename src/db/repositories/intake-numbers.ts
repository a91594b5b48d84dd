/**
 * PostgreSQL only: the numbers a group of new reports takes, reserved with one statement that is
 * a transaction of its own, committed without waiting for the disk.
 *
 * The same two upserts as `reserveYearSequence` (per year, the report counter) and
 * `countNewSubmissions` (the reporters' records), as data-modifying `WITH` queries of one
 * statement, and `set_config('synchronous_commit', 'off', true)` in its select list: a setting
 * local to the statement's own transaction, read when that transaction commits. The same
 * statement reads how the reporters' numbering stood (`reporterNumbering`) for the submission
 * limits that their new totals pass. One round trip instead of BEGIN, SET LOCAL, two statements,
 * COMMIT and the numbering's two reads. It runs as a named statement (`Db.prepared`).
 *
 * Lock order: the reporters' upsert reads the counter query's result before it writes anything,
 * so the statement takes the year's counter row first, as intake always has: two groups never
 * wait for each other's rows in opposite orders.
 *
 * Why the commit need not wait for the disk, and what a failed group leaves behind: see
 * `reserveIntakeNumbersApart` (src/services/intake-batch.ts).
 */
import { sql } from 'kysely';
import type { Db } from '../client.js';
import { seqReachedBy, type Numbering, type NumberingSpan } from './reporter-submissions.js';

/** A reporter's numbering to read through a span, if its new total passes `max`. */
export interface NumberingRead extends NumberingSpan {
  max: number;
}

export interface ReservedNumbers {
  /** Per year, the first of the `count` consecutive values reserved. */
  firstOfYear: Map<number, number>;
  /** Per reporter, its new total (the number of the last of its new reports). */
  reporterTotals: Map<string, number>;
  /**
   * Per read asked for, in order: the numbering, or undefined when its reporter's new total did
   * not pass the read's `max`.
   */
  numberings: (Numbering | undefined)[];
}

/**
 * Reserves `perYear` (year → count) consecutive values of the counter `name`, adds the
 * reporters' new reports (`byReporter`, key → count and latest receipt) to their records, and
 * reads each numbering in `reads` whose reporter's new total passes the read's `max`. The reads
 * see the reports committed when the statement began.
 */
export async function reserveNumbersAtOnce(
  db: Db,
  name: string,
  perYear: ReadonlyMap<number, number>,
  byReporter: ReadonlyMap<string, { count: number; last: string }>,
  reads: readonly NumberingRead[] = [],
): Promise<ReservedNumbers> {
  const years = [...perYear.keys()];
  const counts = years.map((y) => perYear.get(y) ?? 0);
  const reporters = [...byReporter];
  if (db.prepared === undefined) throw new Error('reserveNumbersAtOnce runs on PostgreSQL');
  const statement = sql`
    with counter as (
      insert into year_counters (name, year, value)
      select ${name}, y, n from unnest(${years}::int[], ${counts}::int[]) as t(y, n)
      on conflict (name, year) do update set value = year_counters.value + excluded.value
      returning year, value
    ), reporter as (
      insert into reporters (key, submitted, valid, invalid, last_submitted_at)
      select k, n, 0, 0, l
      from unnest(
        ${reporters.map(([key]) => key)}::text[],
        ${reporters.map(([, r]) => r.count)}::int[],
        ${reporters.map(([, r]) => r.last)}::text[]) as t(k, n, l)
      where (select count(*) from counter) >= 0
      on conflict (key) do update set
        submitted = reporters.submitted + excluded.submitted,
        last_submitted_at = excluded.last_submitted_at
      returning key, submitted
    ), span as (
      select r.i, r.k, r.f, r.t
      from unnest(
        ${reads.map((_, i) => i)}::int[],
        ${reads.map((r) => r.reporterKey)}::text[],
        ${reads.map((r) => r.from)}::text[],
        ${reads.map((r) => r.to)}::text[],
        ${reads.map((r) => r.max)}::bigint[]) as r(i, k, f, t, m)
      join reporter on reporter.key = r.k and reporter.submitted > r.m
    )
    select set_config('synchronous_commit', 'off', true) as sync,
      (select json_agg(json_build_array(year, value)) from counter) as counters,
      (select json_agg(json_build_array(key, submitted)) from reporter) as reporters,
      (select json_agg(json_build_array(span.i, ${seqReachedBy(sql.ref('span.k'), sql.ref('span.f'))}))
        from span) as reached,
      (select json_agg(json_build_array(span.i, reports.received_at, reports.reporter_seq))
        from span join reports on reports.reporter_key = span.k
          and reports.received_at > span.f and reports.received_at <= span.t) as steps`.compile(
    db.kysely,
  );
  // Its text never changes (the groups' values travel as arrays): a named statement, which
  // PostgreSQL parses once per connection and then runs with a generic plan. Planned for each
  // group, the planning took about three times as long as the run.
  const [row] = await db.prepared.run<{
    counters: [number, number][] | null;
    reporters: [string, number][] | null;
    reached: [number, number | null][] | null;
    steps: [number, string, number][] | null;
  }>(statement.sql, statement.parameters);
  const numberings: (Numbering | undefined)[] = reads.map(() => undefined);
  for (const [i, seq] of row?.reached ?? [])
    numberings[i] = { atFrom: Number(seq ?? 0), steps: [] };
  for (const [i, at, seq] of row?.steps ?? []) numberings[i]?.steps.push({ at, seq: Number(seq) });
  return {
    numberings,
    firstOfYear: new Map(
      (row?.counters ?? []).map(([year, value]) => [year, value - (perYear.get(year) ?? 0) + 1]),
    ),
    reporterTotals: new Map((row?.reporters ?? []).map(([key, total]) => [key, total])),
  };
}
