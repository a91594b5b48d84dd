/**
 * Migration 0014 on a database holding rejected reports: duplicates stop counting as invalid in
 * their reporters' records. On SQLite, and on PostgreSQL with DATABASE_URL.
 */
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { insertBareReports, useTestDb } from '../../../test/helpers/db.js';
import { down, up } from './0014_duplicates_neutral.js';

const testDb = useTestDb();

const at = new Date(Date.UTC(2026, 2, 2, 9)).toISOString();

describe('0014_duplicates_neutral', () => {
  it("recounts the reporters' invalid reports without the duplicates, and back", async () => {
    const db = testDb().db.kysely;
    const stored: [string, string, string | null, string | null][] = [
      // reporter, status, disposition, case number
      ['a@example.org', 'rejected', 'duplicate', null],
      ['a@example.org', 'rejected', 'spam', null],
      ['a@example.org', 'rejected', 'duplicate', 'VD-CASE-2026-0001'],
      ['b@example.org', 'rejected', 'duplicate', null],
      ['b@example.org', 'triage', null, null],
    ];
    await insertBareReports(
      db,
      stored.map(([key, status, disposition, caseNumber], i) => ({
        ref: `VD-2026-${String(i + 1).padStart(5, '0')}`,
        status,
        reporterEmail: key,
        reporterKey: key,
        disposition,
        caseNumber,
      })),
    );
    await db
      .insertInto('reporters')
      .values([
        { key: 'a@example.org', submitted: 3, valid: 1, invalid: 2, lastSubmittedAt: at },
        { key: 'b@example.org', submitted: 2, valid: 0, invalid: 1, lastSubmittedAt: at },
      ])
      .execute();
    const counts = () =>
      db.selectFrom('reporters').select(['key', 'valid', 'invalid']).orderBy('key').execute();

    await up(db as unknown as Kysely<unknown>);
    expect(await counts()).toEqual([
      { key: 'a@example.org', valid: 1, invalid: 1 },
      { key: 'b@example.org', valid: 0, invalid: 0 },
    ]);
    await down(db as unknown as Kysely<unknown>);
    expect(await counts()).toEqual([
      { key: 'a@example.org', valid: 1, invalid: 2 },
      { key: 'b@example.org', valid: 0, invalid: 1 },
    ]);
  });
});
