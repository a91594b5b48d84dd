/**
 * Migration 0006 on a database holding reports: each reporter's reports are numbered in order
 * of receipt and the reporters' counts follow them. On SQLite, and on PostgreSQL with
 * DATABASE_URL.
 */
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { useTestDb } from '../../../test/helpers/db.js';
import { down, up } from './0007_submission_limits.js';

const testDb = useTestDb();

const at = (minute: number) => new Date(Date.UTC(2026, 2, 2, 9, minute)).toISOString();

describe('0007_submission_limits', () => {
  it('numbers the stored reports per reporter in order of receipt', async () => {
    const db = testDb().db.kysely;
    await down(db as unknown as Kysely<unknown>);
    const stored: [string, number][] = [
      ['b@example.org', 5],
      ['a@example.org', 30],
      ['a@example.org', 10],
      ['b@example.org', 1],
      ['a@example.org', 20],
    ];
    let n = 0;
    for (const [key, minute] of stored) {
      n += 1;
      await db
        .insertInto('reports')
        .values({
          id: uuidv7(),
          ref: `VD-2026-${String(n).padStart(5, '0')}`,
          status: 'new',
          title: 'Before the migration',
          submission: '{}',
          qualityTier: 'low',
          language: 'en',
          reporterEmail: key,
          accountId: null,
          trackingTokenHash: null,
          cvssVector: null,
          cvssScore: null,
          receivedAt: at(minute),
          firstResponseDueAt: at(minute),
          updatedAt: at(minute),
          reporterKey: key,
        })
        .execute();
    }
    // A record that had drifted from the reports it counts.
    await db
      .insertInto('reporters')
      .values([
        { key: 'a@example.org', submitted: 7, valid: 1, invalid: 0, lastSubmittedAt: at(30) },
        { key: 'b@example.org', submitted: 2, valid: 0, invalid: 1, lastSubmittedAt: at(5) },
      ])
      .execute();

    await up(db as unknown as Kysely<unknown>);

    const rows = await db
      .selectFrom('reports')
      .select(['reporterKey', 'receivedAt', 'reporterSeq', 'overLimit'])
      .orderBy('reporterKey')
      .orderBy('receivedAt')
      .execute();
    expect(
      rows.map((r) => [r.reporterKey, r.receivedAt, Number(r.reporterSeq), r.overLimit]),
    ).toEqual([
      ['a@example.org', at(10), 1, null],
      ['a@example.org', at(20), 2, null],
      ['a@example.org', at(30), 3, null],
      ['b@example.org', at(1), 1, null],
      ['b@example.org', at(5), 2, null],
    ]);
    const reporters = await db
      .selectFrom('reporters')
      .select(['key', 'submitted', 'valid', 'invalid'])
      .orderBy('key')
      .execute();
    expect(reporters).toEqual([
      { key: 'a@example.org', submitted: 3, valid: 1, invalid: 0 },
      { key: 'b@example.org', submitted: 2, valid: 0, invalid: 1 },
    ]);
  });
});
