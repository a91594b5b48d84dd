/**
 * Trigram similarity as PostgreSQL's `pg_trgm` computes it, so the ranking here agrees with the
 * database's pre-selection (`%`, `similarity()`; SQLite's FTS5 trigram index only pre-selects):
 *
 * 1. the text is lower-cased and split into words: runs of letters and digits, anything else
 *    separates words;
 * 2. each word is padded with two spaces in front and one behind (`"  word "`);
 * 3. the trigrams are every three consecutive characters of the padded words, as a set;
 * 4. similarity = |A ∩ B| / |A ∪ B|, between 0 and 1; 0 when either text has no trigram.
 *
 * Unicode-aware where `pg_trgm` depends on the database's locale: letters and digits of every
 * script count (Japanese kana and kanji, ideographic numbers, combining marks), characters are
 * code points (a kanji outside the BMP is one character), and the text is first normalised with
 * NFKC so full-width Latin letters and half-width katakana match their usual forms. Japanese
 * written without spaces is one long word, so its trigrams run over the characters.
 */

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** The set of trigrams of `text` (see the module comment). */
export function trigrams(text: string): Set<string> {
  const result = new Set<string>();
  const words = text.normalize('NFKC').toLowerCase().match(WORD) ?? [];
  for (const word of words) {
    const chars = [' ', ' ', ...word, ' '];
    for (let i = 0; i + 3 <= chars.length; i += 1) result.add(chars.slice(i, i + 3).join(''));
  }
  return result;
}

/** |A ∩ B| / |A ∪ B| of two trigram sets; 0 when either is empty. */
export function trigramSetSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const t of small) if (large.has(t)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** `pg_trgm`'s `similarity(a, b)`, Unicode-aware. */
export function trigramSimilarity(a: string, b: string): number {
  return trigramSetSimilarity(trigrams(a), trigrams(b));
}
