import { useCallback, useState } from 'react';
import { isProblem, type FieldError } from '../../api/problem.js';

/** A form's objections from the server: messages per field and the problem's detail. */
export function useFieldProblems() {
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [detail, setDetail] = useState<string>();
  /** Shows what the server answered, or `otherwise` when the answer was no problem document. */
  const show = useCallback((answer: unknown, otherwise: string) => {
    if (isProblem(answer)) {
      setErrors(answer.errors);
      setDetail(answer.detail);
    } else {
      setErrors([]);
      setDetail(otherwise);
    }
  }, []);
  const clear = useCallback((next: FieldError[] = []) => {
    setErrors(next);
    setDetail(undefined);
  }, []);
  return { errors, detail, show, clear };
}
