/**
 * The case facts staff set with `PATCH /api/v1/reports/{id}/case`, as the form holds them, and
 * the request body of what changed (the affected list is sent whole when it changed). Field names are the API's, so the server's objections and
 * a blocked move's missing facts name the form's controls.
 */
import type { paths } from '../../api/schema.js';
import {
  affectedEntries,
  affectedRows,
  sameAffected,
  type AffectedRow,
} from './affected-products.js';
import type { CaseView } from './use-case-file.js';

export type CaseFactsBody = NonNullable<
  paths['/api/v1/reports/{id}/case']['patch']['requestBody']
>['content']['application/json'];
export type CaseFactField = CaseView['missingFacts'][number]['fields'][number];

/** The id of the case facts panel, which a blocked move points to. */
export const CASE_FACTS_ID = 'case-facts';

export interface CaseFactsValues {
  productId: string;
  fixReleaseDate: string;
  cvdDate: string;
  fixReleased: boolean;
  advisoryPublished: boolean;
  affected: AffectedRow[];
}

/** What the form starts from: the case view's facts, empty strings for unset ones. */
export function factsOf(view: CaseView): CaseFactsValues {
  return {
    productId: view.productId ?? '',
    fixReleaseDate: view.fixReleaseDate ?? '',
    cvdDate: view.cvdDate ?? '',
    fixReleased: view.fixReleasedAt !== null,
    advisoryPublished: view.advisoryPublishedAt !== null,
    affected: affectedRows(view.affected),
  };
}

/** The body with just the facts that differ from `before`; an emptied field becomes null. */
export function changedFacts(before: CaseFactsValues, after: CaseFactsValues): CaseFactsBody {
  const body: CaseFactsBody = {};
  const text = (value: string) => (value.trim() === '' ? null : value.trim());
  if (after.productId !== before.productId) body.productId = text(after.productId);
  if (after.fixReleaseDate !== before.fixReleaseDate) {
    body.fixReleaseDate = text(after.fixReleaseDate);
  }
  if (after.cvdDate !== before.cvdDate) body.cvdDate = text(after.cvdDate);
  if (after.fixReleased !== before.fixReleased) body.fixReleased = after.fixReleased;
  if (after.advisoryPublished !== before.advisoryPublished) {
    body.advisoryPublished = after.advisoryPublished;
  }
  if (!sameAffected(before.affected, after.affected)) {
    body.affected = affectedEntries(after.affected);
  }
  return body;
}
