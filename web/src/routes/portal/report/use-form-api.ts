import { useCallback, useMemo, type Dispatch, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorText, type FieldError } from '../../../api/problem.js';
import type { ReportFormApi } from './form-context.js';
import type { ReportFormState, TextField } from './form-state.js';
import { pathsShownAt } from './form-steps.js';

/**
 * What the steps read and change: the state, setters that also retire the errors of the control
 * changed, and the errors to show beside each control.
 */
export function useFormApi(
  state: ReportFormState,
  setState: Dispatch<SetStateAction<ReportFormState>>,
  errors: readonly FieldError[],
  dropAt: (name: string) => void,
): ReportFormApi {
  const { t } = useTranslation();
  const setText = useCallback(
    (field: TextField, value: string) => {
      setState((s) => ({ ...s, text: { ...s.text, [field]: value } }));
      dropAt(field);
    },
    [setState, dropAt],
  );
  const update = useCallback<ReportFormApi['update']>(
    (change, touched) => {
      setState(change);
      if (touched !== undefined) dropAt(touched);
    },
    [setState, dropAt],
  );
  const errorsAt = useCallback(
    (name: string) => {
      const paths = pathsShownAt(name);
      const here = errors.filter((e) => paths.includes(e.path));
      return [...new Set(here.map((e) => fieldErrorText(e, t)))];
    },
    [errors, t],
  );
  return useMemo(() => ({ state, setText, update, errorsAt }), [state, setText, update, errorsAt]);
}
