/**
 * Writing groups of new reports: references consecutive in arrival order, reporters' records
 * bumped once per group; and on PostgreSQL, numbers reserved in a transaction of their own, so
 * that one group's open transaction does not hold the next group up, and a group that fails
 * leaves a gap rather than a reference used twice.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDb, usingPostgres, type TestDb } from '../../test/helpers/db.js';
import { openDb, type Db } from '../db/client.js';
import { insertNewReportRowsAtOnce } from '../db/repositories/reports.js';
import { DEFAULT_SUBMISSION_LIMITS } from '../domain/reporter/submission-limits.js';
import {
  postgresIntake,
  reserveIntakeNumbersApart,
  writeIntakeBatch,
  type IntakeItem,
  type IntakeNumbers,
} from './intake-batch.js';

const URL_BASE = 'https://psirt.example.com';

/** A row of `pg_prepared_statements`: the statement's name, parameter types and runs. */
interface PreparedRow {
  name: string;
  types: string[];
  runs: number;
}

function item(reporter: string, year = 2026): IntakeItem {
  const at = new Date(Date.UTC(year, 5, 1, 12)).toISOString();
  return {
    reportId: uuidv7(),
    year,
    receivedAt: at,
    firstResponseDueAt: at,
    title: 'Heap overflow in the PNG decoder',
    submissionJson: '{}',
    qualityTier: 'low',
    language: 'en',
    reporterEmail: reporter,
    encryptTo: false,
    accountId: null,
    trackingTokenHash: randomBytes(16).toString('hex'),
    cvss: null,
    staged: [],
    reporterKey: reporter,
    searchText: 'heap overflow in the png decoder',
    nextDueAt: at,
    nextAtRiskAt: null,
  };
}

describe('writeIntakeBatch', () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await createTestDb();
  });
  afterEach(async () => {
    await t.dispose();
  });

  const write = (items: readonly IntakeItem[], numbers?: IntakeNumbers): Promise<string[]> =>
    t.db.kysely
      .transaction()
      .execute((trx) => writeIntakeBatch(trx, items, URL_BASE, DEFAULT_SUBMISSION_LIMITS, numbers));

  const submitted = async (key: string): Promise<number | undefined> =>
    (
      await t.db.kysely
        .selectFrom('reporters')
        .select('submitted')
        .where('key', '=', key)
        .executeTakeFirst()
    )?.submitted;

  it('numbers a group in arrival order, per year, and bumps each reporter once', async () => {
    const refs = await write([
      item('a@example.org'),
      item('b@example.org', 2027),
      item('a@example.org'),
    ]);
    expect(refs).toEqual(['VD-2026-00001', 'VD-2027-00001', 'VD-2026-00002']);
    expect(await write([item('a@example.org')])).toEqual(['VD-2026-00003']);
    expect(await submitted('a@example.org')).toBe(3);
    expect(await submitted('b@example.org')).toBe(1);
  });

  describe.runIf(usingPostgres())('numbers reserved apart (PostgreSQL)', () => {
    it('lets a group write while an earlier group is still uncommitted', async () => {
      const first = [item('a@example.org'), item('a@example.org')];
      const second = [item('a@example.org')];
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let firstWritten: () => void = () => undefined;
      const written = new Promise<void>((resolve) => {
        firstWritten = resolve;
      });
      const numbersFirst = await reserveIntakeNumbersApart(t.db, first, DEFAULT_SUBMISSION_LIMITS);
      // The first group's transaction stays open, its rows written, until the second is done.
      const firstRefs = t.db.kysely.transaction().execute(async (trx) => {
        const refs = await writeIntakeBatch(
          trx,
          first,
          URL_BASE,
          DEFAULT_SUBMISSION_LIMITS,
          numbersFirst,
        );
        firstWritten();
        await held;
        return refs;
      });
      await written;
      let secondRefs: string[];
      try {
        secondRefs = await Promise.race([
          reserveIntakeNumbersApart(t.db, second, DEFAULT_SUBMISSION_LIMITS).then((n) =>
            write(second, n),
          ),
          new Promise<never>((_, reject) =>
            setTimeout(() => reject(new Error('the second group waited for the first')), 5000),
          ),
        ]);
      } finally {
        release();
      }
      expect(await firstRefs).toEqual(['VD-2026-00001', 'VD-2026-00002']);
      expect(secondRefs).toEqual(['VD-2026-00003']);
      expect(await submitted('a@example.org')).toBe(3);
      const seqs = await t.db.kysely
        .selectFrom('reports')
        .select(['ref', 'reporterSeq'])
        .orderBy('ref')
        .execute();
      expect(seqs.map((r) => Number(r.reporterSeq))).toEqual([1, 2, 3]);
    });

    const count = async (table: 'reports' | 'timeline' | 'outbox'): Promise<number> =>
      Number(
        (
          await t.db.kysely
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );

    it('reserves per year and per reporter with one statement', async () => {
      const numbers = await reserveIntakeNumbersApart(
        t.db,
        [item('a@example.org'), item('b@example.org', 2027), item('a@example.org')],
        DEFAULT_SUBMISSION_LIMITS,
      );
      expect([...numbers.firstRef]).toEqual([
        [2026, 1],
        [2027, 1],
      ]);
      expect(numbers.reporterTotals).toEqual(
        new Map([
          ['a@example.org', 2],
          ['b@example.org', 1],
        ]),
      );
      const again = await reserveIntakeNumbersApart(
        t.db,
        [item('a@example.org'), item('a@example.org'), item('c@example.org')],
        DEFAULT_SUBMISSION_LIMITS,
      );
      expect([...again.firstRef]).toEqual([[2026, 3]]);
      expect(again.reporterTotals.get('a@example.org')).toBe(4);
      expect(again.reporterTotals.get('c@example.org')).toBe(1);
      expect(await submitted('a@example.org')).toBe(4);
      const { rows } = await sql<{ value: number }>`
        select value from year_counters where name = 'report' and year = 2026`.execute(t.db.kysely);
      expect(rows.map((r) => Number(r.value))).toEqual([5]);
    });

    /**
     * Runs `use` on a pool of one connection, and gives it the reservation's rows in that
     * connection's `pg_prepared_statements`: a statement is prepared where it is looked for.
     */
    async function onOneConnection(
      use: (db: Db, prepared: () => Promise<PreparedRow[]>) => Promise<void>,
    ): Promise<void> {
      const db = openDb({ databaseUrl: t.databaseUrl, dataDir: '', poolSize: 1 });
      const prepared = async (): Promise<PreparedRow[]> =>
        (
          await sql<PreparedRow>`
            select name, parameter_types::text[] as types, generic_plans + custom_plans as runs
            from pg_prepared_statements
            where statement like '%insert into year_counters%'`.execute(db.kysely)
        ).rows;
      try {
        await use(db, prepared);
      } finally {
        await db.close();
      }
    }

    it('reserves with a named statement: parsed once per connection, then run again', () =>
      onOneConnection(async (db, prepared) => {
        for (let n = 0; n < 7; n++) {
          await reserveIntakeNumbersApart(
            db,
            [item(`r${n % 2}@example.org`)],
            [{ max: 1, windowHours: 1 }],
          );
        }
        expect((await prepared()).map((r) => Number(r.runs))).toEqual([7]);
      }));

    it("reserves with a generic plan that reads reports only down the reporter's index", () =>
      // On an empty table, where a join to `reports` is planned as a scan of the whole table.
      onOneConnection(async (db, prepared) => {
        await sql`set plan_cache_mode = force_generic_plan`.execute(db.kysely);
        await reserveIntakeNumbersApart(db, [item('a@example.org')], [{ max: 0, windowHours: 1 }]);
        const [reservation] = await prepared();
        if (reservation === undefined) throw new Error('the reservation was not prepared');
        const args = reservation.types.map((type) => `null::${type}`).join(', ');
        const plan = await sql<{ 'QUERY PLAN': string }>`${sql.raw(
          `explain (costs off) execute ${reservation.name}(${args})`,
        )}`.execute(db.kysely);
        const text = plan.rows.map((r) => r['QUERY PLAN']).join('\n');
        expect(text).toContain('Index Only Scan Backward using reports_reporter_seq on reports');
        expect(text).not.toMatch(/Seq Scan on reports/);
      }));

    it('reads the numbering of reporters past a limit with their numbers, and flags alike', async () => {
      const limits = [{ max: 2, windowHours: 1 }];
      const at = (reporter: string, hhmm: string): IntakeItem => ({
        ...item(reporter),
        receivedAt: `2026-06-01T${hhmm}:00.000Z`,
      });
      const flags = async (): Promise<[string, string | null][]> =>
        (
          await t.db.kysely
            .selectFrom('reports')
            .select(['ref', 'overLimit'])
            .orderBy('ref')
            .execute()
        ).map((r) => [r.ref, r.overLimit === null ? null : 'flagged']);
      const groups = [
        [at('a@example.org', '12:00'), at('a@example.org', '12:10'), at('b@example.org', '12:10')],
        [at('a@example.org', '12:20'), at('b@example.org', '12:30'), at('a@example.org', '13:15')],
      ];

      const run = postgresIntake(t.db, { publicUrl: URL_BASE, submissionLimits: limits });
      await run(groups[0] ?? []);
      const numbers = await reserveIntakeNumbersApart(
        t.db,
        [at('a@example.org', '13:20'), at('b@example.org', '13:20')],
        limits,
      );
      // a@'s 3rd report passes the limit's 2, so its numbering came with the numbers (two of
      // its reports by 12:20, the window's start); b@'s 2nd does not, and needs none.
      expect([...(numbers.numberings?.keys() ?? [])]).toEqual(['0 a@example.org']);
      expect(numbers.numberings?.get('0 a@example.org')).toEqual({
        atFrom: 2,
        steps: [],
      });
      const fresh = await reserveIntakeNumbersApart(t.db, [at('c@example.org', '12:00')], limits);
      expect(fresh.numberings?.size).toBe(0);

      const reset = async (): Promise<void> => {
        for (const table of [
          'timeline',
          'outbox',
          'reports',
          'reporters',
          'yearCounters',
        ] as const) {
          await t.db.kysely.deleteFrom(table).execute();
        }
      };
      await reset();
      for (const group of groups) await run(group);
      const apart = await flags();

      await reset();
      for (const group of groups) {
        await t.db.kysely
          .transaction()
          .execute((trx) => writeIntakeBatch(trx, group, URL_BASE, limits));
      }
      expect(apart).toEqual([
        ['VD-2026-00001', null],
        ['VD-2026-00002', null],
        ['VD-2026-00003', null],
        ['VD-2026-00004', 'flagged'],
        ['VD-2026-00005', null],
        ['VD-2026-00006', null],
      ]);
      expect(await flags()).toEqual(apart);
    });

    it('writes a group with its timeline entries and acknowledgments', async () => {
      const run = postgresIntake(t.db, {
        publicUrl: URL_BASE,
        submissionLimits: DEFAULT_SUBMISSION_LIMITS,
      });
      const group = [item('a@example.org'), item('b@example.org'), item('a@example.org')];
      expect(await run(group)).toEqual(['VD-2026-00001', 'VD-2026-00002', 'VD-2026-00003']);
      expect(await run([item('a@example.org')])).toEqual(['VD-2026-00004']);
      expect(await count('reports')).toBe(4);
      expect(await count('timeline')).toBe(4);
      const mail = await t.db.kysely
        .selectFrom('outbox')
        .select('payload')
        .where('kind', '=', 'mail.report-acknowledgment')
        .execute();
      expect(
        mail.map((m) => (JSON.parse(m.payload) as { reportRef: string }).reportRef).sort(),
      ).toEqual(['VD-2026-00001', 'VD-2026-00002', 'VD-2026-00003', 'VD-2026-00004']);
      const seqs = await t.db.kysely
        .selectFrom('reports')
        .select(['ref', 'reporterSeq'])
        .where('reporterKey', '=', 'a@example.org')
        .orderBy('ref')
        .execute();
      expect(seqs.map((r) => [r.ref, Number(r.reporterSeq)])).toEqual([
        ['VD-2026-00001', 1],
        ['VD-2026-00003', 2],
        ['VD-2026-00004', 3],
      ]);
    });

    it("stores all of a group's rows or none", async () => {
      const run = postgresIntake(t.db, {
        publicUrl: URL_BASE,
        submissionLimits: DEFAULT_SUBMISSION_LIMITS,
      });
      const stored = item('a@example.org');
      await run([stored]);
      // The second report of this group reuses the first's id: its row is refused, and with it
      // the other report, both timeline entries and both acknowledgments.
      const clash = { ...item('b@example.org'), reportId: stored.reportId };
      await expect(run([item('b@example.org'), clash])).rejects.toThrow(/duplicate key/);
      expect(await count('reports')).toBe(1);
      expect(await count('timeline')).toBe(1);
      expect(await count('outbox')).toBe(1);
    });

    it('inserts nothing for an empty group', async () => {
      await insertNewReportRowsAtOnce(t.db.kysely, {
        reports: [],
        attachments: [],
        timeline: [],
        outbox: [],
      });
      expect(await count('reports')).toBe(0);
    });

    it('leaves a gap, never a reference used twice, when a group rolls back', async () => {
      const failed = [item('a@example.org'), item('a@example.org')];
      const numbers = await reserveIntakeNumbersApart(t.db, failed, DEFAULT_SUBMISSION_LIMITS);
      await expect(
        t.db.kysely.transaction().execute(async (trx) => {
          await writeIntakeBatch(trx, failed, URL_BASE, DEFAULT_SUBMISSION_LIMITS, numbers);
          throw new Error('the group fails before its commit');
        }),
      ).rejects.toThrow(/fails before its commit/);
      const next = [item('a@example.org')];
      expect(
        await write(next, await reserveIntakeNumbersApart(t.db, next, DEFAULT_SUBMISSION_LIMITS)),
      ).toEqual(['VD-2026-00003']);
      const { rows } = await sql<{ ref: string }>`select ref from reports`.execute(t.db.kysely);
      expect(rows.map((r) => r.ref)).toEqual(['VD-2026-00003']);
      // The reporter's record counts the group that failed too (documented).
      expect(await submitted('a@example.org')).toBe(3);
    });
  });
});
