/**
 * PostgreSQL only: the numbers a group of new reports takes, reserved with one statement that is
 * a transaction of its own, committed without waiting for the disk.
 *
 * The same two upserts as `reserveYearSequence` (per year, the report counter) and
 * `countNewSubmissions` (the reporters' records), as data-modifying `WITH` queries of one
 * statement, and `set_config('synchronous_commit', 'off', true)` in its select list: a setting
 * local to the statement's own transaction, read when that transaction commits. The same
 * statement reads the numbers the reporters had reached by the window starts of the submission
 * limits that their new totals pass (what `reporterNumbering` reads on SQLite). One round trip
 * instead of BEGIN, SET LOCAL, two statements, COMMIT and the numbering's two reads. It runs as
 * a named statement (`Db.prepared`).
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
import { seqReachedBy } from './reporter-submissions.js';

/** The number a reporter had reached by `at`, to read if its new total passes `max`. */
export interface ReachedRead {
  reporterKey: string;
  /** ISO 8601 UTC. */
  at: string;
  max: number;
}

export interface ReservedNumbers {
  /** Per year, the first of the `count` consecutive values reserved. */
  firstOfYear: Map<number, number>;
  /** Per reporter, its new total (the number of the last of its new reports). */
  reporterTotals: Map<string, number>;
  /**
   * Per read asked for, in order: the number of the reporter's last report received by the
   * read's instant (0 when none), or undefined when its new total did not pass the read's `max`.
   */
  reached: (number | undefined)[];
}

/**
 * Reserves `perYear` (year → count) consecutive values of the counter `name`, adds the
 * reporters' new reports (`byReporter`, key → count and latest receipt) to their records, and
 * reads, for each read in `reads` whose reporter's new total passes its `max`, the number the
 * reporter had reached by its instant. The reads see the reports committed when the statement
 * began. Each is a seek (`seqReachedBy`: ordered, one row), which a generic plan does down the
 * index whatever the table's statistics: a range read joined to `reports` was planned, on a
 * nearly empty table, as a scan of the whole table, and kept so as the table grew.
 */
export async function reserveNumbersAtOnce(
  db: Db,
  name: string,
  perYear: ReadonlyMap<number, number>,
  byReporter: ReadonlyMap<string, { count: number; last: string }>,
  reads: readonly ReachedRead[] = [],
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
    ), seek as (
      select r.i, r.k, r.a
      from unnest(
        ${reads.map((_, i) => i)}::int[],
        ${reads.map((r) => r.reporterKey)}::text[],
        ${reads.map((r) => r.at)}::text[],
        ${reads.map((r) => r.max)}::bigint[]) as r(i, k, a, m)
      join reporter on reporter.key = r.k and reporter.submitted > r.m
    )
    select set_config('synchronous_commit', 'off', true) as sync,
      (select json_agg(json_build_array(year, value)) from counter) as counters,
      (select json_agg(json_build_array(key, submitted)) from reporter) as reporters,
      (select json_agg(json_build_array(seek.i, ${seqReachedBy(sql.ref('seek.k'), sql.ref('seek.a'))}))
        from seek) as reached`.compile(db.kysely);
  // Its text never changes (the groups' values travel as arrays): a named statement, which
  // PostgreSQL parses once per connection and then runs with a generic plan. Planned for each
  // group, the planning took about three times as long as the run.
  const [row] = await db.prepared.run<{
    counters: [number, number][] | null;
    reporters: [string, number][] | null;
    reached: [number, number | null][] | null;
  }>(statement.sql, statement.parameters);
  const reached: (number | undefined)[] = reads.map(() => undefined);
  for (const [i, seq] of row?.reached ?? []) reached[i] = Number(seq ?? 0);
  return {
    reached,
    firstOfYear: new Map(
      (row?.counters ?? []).map(([year, value]) => [year, value - (perYear.get(year) ?? 0) + 1]),
    ),
    reporterTotals: new Map((row?.reporters ?? []).map(([key, total]) => [key, total])),
  };
}
