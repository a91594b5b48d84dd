import { useCallback, useState } from 'react';
import type { FieldError } from '../../../api/problem.js';
import { pathsShownAt } from './form-steps.js';

export interface FormErrors {
  /** The errors of the last attempt to send, for the error summary (stable until the next). */
  summary: FieldError[];
  /** The same errors beside their fields; each goes away once its field is changed. */
  beside: FieldError[];
  show: (errors: FieldError[]) => void;
  clear: () => void;
  /** The field named `name` changed: its errors are no longer current. */
  dropAt: (name: string) => void;
}

export function useFormErrors(): FormErrors {
  const [summary, setSummary] = useState<FieldError[]>([]);
  const [beside, setBeside] = useState<FieldError[]>([]);
  const show = useCallback((errors: FieldError[]) => {
    setSummary(errors);
    setBeside(errors);
  }, []);
  const clear = useCallback(() => show([]), [show]);
  const dropAt = useCallback((name: string) => {
    const paths = pathsShownAt(name);
    setBeside((list) => {
      const kept = list.filter((e) => !paths.includes(e.path));
      return kept.length === list.length ? list : kept;
    });
  }, []);
  return { summary, beside, show, clear, dropAt };
}
