/**
 * Ranks candidate reports by how likely they describe the same issue as a target report, to
 * help triage spot duplicates. The database pre-selects the candidates (trigram index); this
 * only scores and orders them.
 *
 * Score, between 0 and 1:
 *
 *   text  = (0.45 · title + 0.35 · description + 0.20 · product) / (sum of the weights of
 *           the fields the target has)
 *   score = min(1, text + 0.15 if both reports name the same CWE)
 *
 * where each field's value is the trigram similarity of the two texts (`trigrams.ts`). Fields the
 * target lacks do not count against any candidate (the weights of the fields it has are scaled
 * to 1), while a candidate that lacks a field scores 0 for it. A shared CWE is a bonus, not a
 * weight: two reports of the same weakness class are not the same report, but it tips the
 * balance between similar ones. A field is listed as matched when its similarity reaches 0.3
 * (`pg_trgm`'s default similarity threshold) or, for the CWE, when the ids are equal.
 */
import { trigramSetSimilarity, trigrams } from './trigrams.js';

export interface SimilarityDocument {
  id: string;
  title: string;
  /** The affected product (name and version, or the service URL). */
  product?: string | null;
  /** A CWE id such as `CWE-79`; compared ignoring case and spaces. */
  cwe?: string | null;
  /** The free text: impact, reproduction steps, … as the caller chooses. */
  description?: string | null;
}

export const SIMILARITY_TEXT_FIELDS = ['title', 'description', 'product'] as const;
export type SimilarityTextField = (typeof SIMILARITY_TEXT_FIELDS)[number];
export type SimilarityField = SimilarityTextField | 'cwe';

export const SIMILARITY_WEIGHTS: Readonly<Record<SimilarityTextField, number>> = {
  title: 0.45,
  description: 0.35,
  product: 0.2,
};
export const SAME_CWE_BONUS = 0.15;
/** A text field at or above this similarity is reported as matched. */
export const FIELD_MATCH_THRESHOLD = 0.3;

export interface SimilarReport {
  id: string;
  score: number;
  /** The fields that matched, in the order title, description, product, cwe. */
  matched: SimilarityField[];
  /** Each text field's similarity, and whether the CWE is the same. */
  fields: Readonly<Record<SimilarityTextField, number>> & { cwe: boolean };
}

export interface RankOptions {
  /** Leave out candidates scoring below this (default 0: keep all). */
  minScore?: number;
  /** Keep at most this many, best first. */
  limit?: number;
}

type Trigrams = Readonly<Record<SimilarityTextField, ReadonlySet<string>>>;

function trigramsOf(doc: SimilarityDocument): Trigrams {
  return {
    title: trigrams(doc.title),
    description: trigrams(doc.description ?? ''),
    product: trigrams(doc.product ?? ''),
  };
}

function cweOf(doc: SimilarityDocument): string | null {
  const cwe = doc.cwe?.replace(/\s+/g, '').toUpperCase() ?? '';
  return cwe.length === 0 ? null : cwe;
}

/** Candidates ordered by score, best first; ties by id. The target itself is left out. */
export function rankSimilar(
  target: SimilarityDocument,
  candidates: readonly SimilarityDocument[],
  options: RankOptions = {},
): SimilarReport[] {
  const mine = trigramsOf(target);
  const myCwe = cweOf(target);
  const present = SIMILARITY_TEXT_FIELDS.filter((f) => mine[f].size > 0);
  const totalWeight = present.reduce((sum, f) => sum + SIMILARITY_WEIGHTS[f], 0);

  const ranked = candidates
    .filter((c) => c.id !== target.id)
    .map((candidate): SimilarReport => {
      const theirs = trigramsOf(candidate);
      const fields = {
        title: trigramSetSimilarity(mine.title, theirs.title),
        description: trigramSetSimilarity(mine.description, theirs.description),
        product: trigramSetSimilarity(mine.product, theirs.product),
        cwe: myCwe !== null && myCwe === cweOf(candidate),
      };
      const text =
        totalWeight === 0
          ? 0
          : present.reduce((sum, f) => sum + SIMILARITY_WEIGHTS[f] * fields[f], 0) / totalWeight;
      const matched: SimilarityField[] = SIMILARITY_TEXT_FIELDS.filter(
        (f) => fields[f] >= FIELD_MATCH_THRESHOLD,
      );
      if (fields.cwe) matched.push('cwe');
      return {
        id: candidate.id,
        score: Math.min(1, text + (fields.cwe ? SAME_CWE_BONUS : 0)),
        matched,
        fields,
      };
    })
    .filter((r) => r.score >= (options.minScore ?? 0))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return options.limit === undefined ? ranked : ranked.slice(0, Math.max(0, options.limit));
}
