import { sql, type Kysely } from 'kysely';
import { dialectOf } from './dialect.js';

/**
 * PostgreSQL: a trigram index over each report's title and product, the first two lines of its
 * search text (`searchText()` writes the title, then the product), for the similar reports of
 * a report (src/db/repositories/triage.ts). They were found by `word_similarity` against the
 * whole search text through `reports_search_trgm`: on 100,000 reports a typical title drew
 * 10,000–20,000 candidates from the index, each compared over about 650 characters, 4.2–4.5 s
 * per report opened. Against title and product the candidates are fewer and each comparison
 * short: 67–690 ms for the same titles. SQLite finds them through its FTS5 table, unchanged.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (dialectOf(db) !== 'postgres') return;
  // The expression exactly as `findSimilarCandidates` writes it (SIMILAR_TEXT in triage.ts).
  await sql`create index reports_similar_trgm on reports using gin (
    (split_part(search_text, E'\\n', 1) || ' ' || split_part(search_text, E'\\n', 2))
    gin_trgm_ops)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (dialectOf(db) !== 'postgres') return;
  await sql`drop index if exists reports_similar_trgm`.execute(db);
}
