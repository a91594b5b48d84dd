import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorText, type FieldError } from '../api/problem.js';

/**
 * The errors the server named, listed at the top of a form with links to the fields (whose
 * `name` is the API field path). Focused when it appears, announced by screen readers.
 */
export function ErrorSummary({
  errors,
  detail,
  labelFor,
}: {
  errors: readonly FieldError[];
  detail?: string;
  /** The field's label to show for a path (default: the path itself). */
  labelFor?: (path: string) => string;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [errors, detail]);
  if (errors.length === 0 && detail === undefined) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref}>
      <h2>{t('common.error.fieldsHeading')}</h2>
      {detail !== undefined && errors.length === 0 && <p>{detail}</p>}
      <ul>
        {errors.map((e) => (
          <li key={`${e.path}:${e.message}`}>
            <a
              href={`#field-${cssId(e.path)}`}
              onClick={(ev) => {
                const el = document.querySelector<HTMLElement>(`[name="${CSS.escape(e.path)}"]`);
                if (el !== null) {
                  ev.preventDefault();
                  el.focus();
                }
              }}
            >
              {labelFor?.(e.path) ?? e.path}
            </a>
            : {fieldErrorText(e, t)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** `reporter.email` → `reporter-email`, for element ids. */
export function cssId(path: string): string {
  return path.replace(/[^A-Za-z0-9_-]/g, '-');
}
