import type { TFunction } from 'i18next';
import { fieldErrorText, type FieldError } from '../../api/problem.js';

/** The texts for one field path, in the current language, for the `Field` beside it. */
export function messagesFor(errors: readonly FieldError[], path: string, t: TFunction): string[] {
  return errors.filter((e) => e.path === path).map((e) => fieldErrorText(e, t));
}

/** Moves the focus to the first control a form marked invalid. */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}

/** For `ErrorSummary`: the label of a field path, or the path for a field the form lacks. */
export function labelsOf(labels: Record<string, string>): (path: string) => string {
  return (path) => labels[path] ?? path;
}
