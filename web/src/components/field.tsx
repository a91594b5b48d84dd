import { useId, type ReactNode } from 'react';
import { cssId } from './error-summary.js';

export interface FieldProps {
  /** The API field path; also the control's `name`, e.g. `reporter.email`. */
  name: string;
  /**
   * The control's id, for a page with several forms that name the same field (one per item of
   * a list); default `field-<path>`.
   */
  id?: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Messages the server (or the form) gave for this field. */
  errors?: readonly string[];
  required?: boolean;
  /** Renders the control with the ids and ARIA attributes it must carry. */
  children: (control: {
    id: string;
    name: string;
    'aria-describedby'?: string;
    'aria-invalid'?: true;
    required?: boolean;
  }) => ReactNode;
}

/**
 * A labelled form control with its hint and errors beside it. The control's id is
 * `field-<path>` so the error summary can link to it.
 */
export function Field({
  name,
  id: givenId,
  label,
  hint,
  errors = [],
  required,
  children,
}: FieldProps) {
  const id = givenId ?? `field-${cssId(name)}`;
  const hintId = useId();
  const errorId = useId();
  const describedBy = [hint !== undefined ? hintId : '', errors.length > 0 ? errorId : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required === true && <span aria-hidden="true"> *</span>}
      </label>
      {hint !== undefined && (
        <span className="hint" id={hintId}>
          {hint}
        </span>
      )}
      {children({
        id,
        name,
        ...(describedBy !== '' ? { 'aria-describedby': describedBy } : {}),
        ...(errors.length > 0 ? { 'aria-invalid': true as const } : {}),
        ...(required === true ? { required: true } : {}),
      })}
      {errors.length > 0 && (
        <p className="field-error" id={errorId}>
          {errors.join(' ')}
        </p>
      )}
    </div>
  );
}
