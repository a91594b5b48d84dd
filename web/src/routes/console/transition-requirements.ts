/**
 * What a lifecycle move asks for, as the server's transition table says (docs/ARCHITECTURE.md,
 * Lifecycle), so the dialog offers only the fields that apply. The server still checks; its
 * answer is shown beside the fields.
 */
import type { paths } from '../../api/schema.js';

type TransitionBody =
  paths['/api/v1/reports/{id}/transitions']['post']['requestBody']['content']['application/json'];
export type CaseState = TransitionBody['to'];
export type Disposition = NonNullable<TransitionBody['disposition']>;
export type TransitionField = 'disposition' | 'reason' | 'duplicateOf' | 'helpDestination';

/** Whether nobody may move a report out of `state`: `closed` is final. */
export function isFinal(state: CaseState): boolean {
  return state === 'closed';
}

/** The dispositions a rejection from `from` may have. */
export function dispositionsFor(from: CaseState): readonly Disposition[] {
  switch (from) {
    case 'new':
      return ['spam'];
    case 'triage':
    case 'needs-info':
      return ['not-a-vulnerability', 'duplicate', 'out-of-scope', 'spam', 'informative'];
    case 'review-repro':
    case 'develop':
      return ['not-reproducible', 'wont-fix'];
    case 'pre-release':
    case 'complete':
    case 'closed':
    case 'rejected':
      return [];
  }
}

/** The fields the move needs, given the disposition chosen so far. */
export function fieldsFor(
  from: CaseState,
  to: CaseState,
  disposition: Disposition | undefined,
): TransitionField[] {
  // Reopening says why; asking for information is the question itself.
  if ((from === 'rejected' && to === 'triage') || to === 'needs-info') return ['reason'];
  if (to !== 'rejected') return [];
  const fields: TransitionField[] = ['disposition'];
  if (disposition === 'not-a-vulnerability') fields.push('helpDestination');
  if (disposition === 'duplicate') fields.push('duplicateOf');
  if (disposition === 'not-reproducible' || disposition === 'wont-fix') fields.push('reason');
  return fields;
}

/** The request body with just the fields the move needs (empty ones left out). */
export function transitionBody(
  to: CaseState,
  fields: readonly TransitionField[],
  values: Readonly<Partial<Record<TransitionField, string>>>,
): TransitionBody {
  const body: Record<string, string> = { to };
  for (const f of fields) {
    const value = values[f]?.trim() ?? '';
    if (value !== '') body[f] = value;
  }
  return body as TransitionBody;
}
