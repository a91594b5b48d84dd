import type { TFunction } from 'i18next';
import type { components } from './schema.js';

/**
 * One offending field as the server names it: its path, the English `message`, and, where one
 * fits, the `rule` it breaks (a stable value) with its `limit`.
 */
export type FieldError = components['schemas']['Problem']['errors'][number];

export type FieldRule = NonNullable<FieldError['rule']>;

/** RFC 9457 problem details as the server sends them. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors: FieldError[];
}

export function isProblem(value: unknown): value is Problem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Problem).status === 'number' &&
    Array.isArray((value as Problem).errors)
  );
}

/**
 * What to show for a field error in the current language: the text of its rule
 * (`fields.<rule>`, with its `limit`; the pages with forms load that text area), else the server's English message (no rule, or
 * a rule newer than this app). Errors the app makes itself carry their text as the message.
 */
export function fieldErrorText(error: FieldError, t: TFunction): string {
  if (error.rule === undefined) return error.message;
  return t(`fields.${error.rule}`, { limit: error.limit, defaultValue: error.message });
}
