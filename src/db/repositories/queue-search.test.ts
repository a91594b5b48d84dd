/**
 * Text search of the queue over closed and rejected reports: on SQLite the trigram index (which
 * keeps no positions) finds candidates and the stored text decides; on PostgreSQL `ilike`.
 * Whichever way, the result is exactly the reports whose text holds the words as typed. On
 * SQLite each check runs twice: with the reports still waiting to be indexed (read directly)
 * and once they are in the index.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/helpers/app.js';
import { MINIMAL_REPORT } from '../../../test/helpers/factories.js';
import { ANONYMOUS } from '../../policies/actor.js';
import { findSimilarCandidates, trigramsOf } from './triage.js';
import { listQueue } from './queue.js';
import { countPendingReports } from './search-index.js';
import { maintainSearchIndex } from '../../services/search-indexer.js';

const TITLES = {
  exact: 'Heap overflow in the contoso mail parser',
  scrambled: 'Parser of mail at contoso: overflow of the heap',
  percent: 'Quota check passes at 100% used_space',
  other: 'Nothing alike here whatsoever',
};

describe.each([
  ['waiting to be indexed', false],
  ['indexed', true],
])('queue text search and similar reports, reports %s', (_, indexed) => {
  let t: TestApp;
  const ids = new Map<string, string>();

  beforeAll(async () => {
    t = await buildTestApp();
    for (const [key, title] of Object.entries(TITLES)) {
      const { ref } = await t.services.reports.submit({ ...MINIMAL_REPORT, title }, [], ANONYMOUS);
      const row = await t.testDb.db.kysely
        .updateTable('reports')
        .set({ status: 'closed' })
        .where('ref', '=', ref)
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.set(key, row.id);
    }
    const { db } = t.testDb;
    // The writer thread indexes new reports once intake is quiet: stop it, then set the state.
    await t.services.reports.close();
    if (indexed) {
      while (await maintainSearchIndex(db, true));
    } else if (db.dialect === 'sqlite') {
      await sql`delete from report_search`.execute(db.kysely);
      await sql`insert or ignore into report_search_pending (report_rowid)
        select rowid from reports`.execute(db.kysely);
    }
    const pending = await countPendingReports(db.kysely, db.dialect);
    expect(pending).toBe(indexed || db.dialect === 'postgres' ? 0 : Object.keys(TITLES).length);
  });
  afterAll(async () => {
    await t.close();
  });

  const search = async (q: string): Promise<string[]> =>
    (
      await listQueue(
        t.testDb.db.kysely,
        t.testDb.db.dialect,
        { statuses: ['closed', 'rejected'], q },
        t.clock.now().toISOString(),
        50,
      )
    )
      .map((r) => r.id)
      .sort();

  it('finds the words as typed, not the same trigrams in another order', async () => {
    expect(await search('contoso mail')).toEqual([ids.get('exact')]);
    expect(await search('CONTOSO MAIL PARSER')).toEqual([ids.get('exact')]);
    expect(await search('overflow')).toEqual([ids.get('exact'), ids.get('scrambled')].sort());
    expect(await search('mail contoso')).toEqual([]);
  });

  it('treats %, _ and \\ as literal characters', async () => {
    expect(await search('100% used_space')).toEqual([ids.get('percent')]);
    expect(await search('100%used')).toEqual([]);
    expect(await search('a_b\\c')).toEqual([]);
  });

  it('ranks reports sharing more words first, and leaves the unrelated out', async () => {
    const { kysely, dialect, reader } = t.testDb.db;
    const similar = (through?: typeof reader) =>
      findSimilarCandidates(
        kysely,
        dialect,
        ids.get('other') ?? '',
        'contoso mail parser heap overflow',
        10,
        through,
      );
    const found = await similar();
    expect(found.map((r) => r.id)).not.toContain(ids.get('other'));
    expect(found.map((r) => r.id)).toEqual(
      expect.arrayContaining([ids.get('exact'), ids.get('scrambled')]),
    );
    expect(found.map((r) => r.id)).not.toContain(ids.get('percent'));
    // On SQLite the ranking runs on the reader's thread when there is one: the same candidates.
    if (reader !== undefined) {
      const viaReader = await similar(reader);
      expect(viaReader.map((r) => r.id).sort()).toEqual(found.map((r) => r.id).sort());
    }
  });

  it('queries a word on the trigram index as all of its trigrams', () => {
    expect(trigramsOf('contoso')).toBe('("con" AND "ont" AND "nto" AND "tos" AND "oso")');
    expect(trigramsOf('aaaa')).toBe('("aaa")');
    expect(trigramsOf('セキュリティ')).toBe('("セキュ" AND "キュリ" AND "ュリテ" AND "リティ")');
  });
});
