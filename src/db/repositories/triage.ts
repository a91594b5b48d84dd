import { sql, type Kysely } from 'kysely';
import type { ReportOutcome } from '../../domain/reporter/signal.js';
import type { DialectName } from '../client.js';
import type { Reader } from '../reader.js';
import type { Database, Report } from '../schema.js';
import { likePattern } from './queue.js';
import { PENDING_REPORTS } from './search-index.js';

/** A staff account (not a researcher) by id. */
export async function findStaffAccount(
  db: Kysely<Database>,
  id: string,
): Promise<{ id: string; email: string; name: string | null; role: string } | undefined> {
  return db
    .selectFrom('accounts')
    .select(['id', 'email', 'name', 'role'])
    .where('id', '=', id)
    .where('role', '<>', 'researcher')
    .executeTakeFirst();
}

/** The staff accounts among `ids` (researchers and unknown ids left out), by id: one query. */
export async function findStaffAccounts(
  db: Kysely<Database>,
  ids: Iterable<string>,
): Promise<Map<string, { id: string; email: string; name: string | null; role: string }>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .selectFrom('accounts')
    .select(['id', 'email', 'name', 'role'])
    .where('id', 'in', wanted)
    .where('role', '<>', 'researcher')
    .execute();
  return new Map(rows.map((r) => [r.id, r]));
}

export type SimilarCandidate = Pick<
  Report,
  'id' | 'ref' | 'title' | 'status' | 'receivedAt' | 'submission'
>;

/** Words of 3+ characters (the trigram minimum), at most `max`, longest first. */
function searchWords(text: string, max: number): string[] {
  const words = new Set(
    text
      .toLowerCase()
      .split(/[\s\p{P}]+/u)
      .filter((w) => [...w].length >= 3),
  );
  return [...words].sort((a, b) => b.length - a.length).slice(0, max);
}

/**
 * An FTS5 query for a word on the trigram index: every trigram of it, in any order (the index
 * keeps no positions, see migration 0008). `"con" AND "ont" AND …` for "contoso".
 */
export function trigramsOf(word: string): string {
  const chars = [...word];
  const trigrams = new Set<string>();
  for (let i = 0; i + 3 <= chars.length; i++) trigrams.add(chars.slice(i, i + 3).join(''));
  return `(${[...trigrams].map((t) => `"${t.replace(/"/g, '""')}"`).join(' AND ')})`;
}

/**
 * A report's title and product on PostgreSQL: the first two lines of its search text
 * (`searchText()` writes the title, then the product), as the trigram index
 * `reports_similar_trgm` (migration 0013) holds them. An expression index serves only the
 * expression written as it was indexed.
 */
export const SIMILAR_TEXT = sql<string>`(split_part(search_text, E'\\n', 1) || ' ' || split_part(search_text, E'\\n', 2))`;

/**
 * Reports sharing words with `text` (the target's title and product), by a trigram index:
 * PostgreSQL ranks by `word_similarity` against the reports' titles and products (the whole
 * search text drew thousands of candidates on a large database, each compared over about 650
 * characters: seconds per report opened), SQLite FTS5 by bm25 over the words (each as its
 * trigrams) in the whole text, on `reader`'s thread when given (off the event loop). The caller
 * ranks the candidates properly.
 */
export async function findSimilarCandidates(
  db: Kysely<Database>,
  dialect: DialectName,
  excludeId: string,
  text: string,
  limit: number,
  reader?: Reader,
): Promise<SimilarCandidate[]> {
  const columns = ['id', 'ref', 'title', 'status', 'receivedAt', 'submission'] as const;
  if (dialect === 'postgres') {
    const query = text.toLowerCase().slice(0, 500);
    if (query.trim() === '') return [];
    return db
      .selectFrom('reports')
      .select(columns)
      .where('id', '<>', excludeId)
      .where(sql<boolean>`${query} <% ${SIMILAR_TEXT}`)
      .orderBy(sql`word_similarity(${query}, ${SIMILAR_TEXT})`, 'desc')
      .limit(limit)
      .execute();
  }
  const words = searchWords(text, 16);
  if (words.length === 0) return [];
  // Ranking every report that holds any of the words took seconds on 100,000 reports (a
  // product's name is in most of them): the reports holding all of the three longest words
  // first, then all of the two longest, and only when those are too few any of the three.
  const rank = (match: string) =>
    sql<{ reportId: string }>`select report_id as "reportId" from report_search
      where report_search match ${match} order by rank limit ${limit + 1}`;
  const tiers = [
    ...(words.length >= 3 ? [words.slice(0, 3).map(trigramsOf).join(' AND ')] : []),
    ...(words.length >= 2 ? [words.slice(0, 2).map(trigramsOf).join(' AND ')] : []),
    words.slice(0, 3).map(trigramsOf).join(' OR '),
  ];
  let ranked: { reportId: string }[] = [];
  for (const match of tiers) {
    // The column is aliased already, so the CamelCase plugin has nothing to rewrite.
    const query = rank(match).compile(db);
    ranked =
      reader === undefined
        ? (await db.executeQuery(query)).rows
        : await reader.all<{ reportId: string }>(query.sql, query.parameters);
    if (ranked.length > limit) break;
  }
  const ids = ranked
    .map((r) => r.reportId)
    .filter((id) => id !== excludeId)
    .slice(0, limit);
  const indexed =
    ids.length === 0
      ? []
      : await db.selectFrom('reports').select(columns).where('id', 'in', ids).execute();
  // Reports not yet in the index (search-index.ts; a few hundred at most) holding any word.
  const pending = await db
    .selectFrom('reports')
    .select(columns)
    .where(sql<boolean>`reports.rowid in (${PENDING_REPORTS})`)
    .where('id', '<>', excludeId)
    .where(
      sql<boolean>`(${sql.join(
        words.map((w) => sql`search_text like ${likePattern(w)} escape '\\'`),
        sql` or `,
      )})`,
    )
    .limit(limit)
    .execute();
  return [...indexed, ...pending];
}

/** Moves one report of a reporter between outcomes; only valid and invalid are counted. */
export async function adjustReporterCounts(
  db: Kysely<Database>,
  key: string,
  before: ReportOutcome,
  after: ReportOutcome,
): Promise<void> {
  const delta = (outcome: 'valid' | 'invalid') =>
    (after === outcome ? 1 : 0) - (before === outcome ? 1 : 0);
  await db
    .updateTable('reporters')
    .set((eb) => ({
      valid: eb('valid', '+', delta('valid')),
      invalid: eb('invalid', '+', delta('invalid')),
    }))
    .where('key', '=', key)
    .execute();
}
