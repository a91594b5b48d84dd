import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field.js';
import { MAX_LENGTH, type TextField } from './form-state.js';
import { useReportForm } from './form-context.js';

export interface TextFieldProps {
  field: TextField;
  required?: boolean;
  /** A textarea with this many rows; a one-line input when absent. */
  rows?: number;
  type?: 'text' | 'email' | 'url' | 'date';
  /** Monospace, for code, vectors and keys. */
  mono?: boolean;
  autoComplete?: string;
  min?: string;
}

/** A labelled text control for one field; label and hint come from `report.fields.<path>`. */
export function ReportTextField({
  field,
  required,
  rows,
  type = 'text',
  mono,
  autoComplete,
  min,
}: TextFieldProps) {
  const { t, i18n } = useTranslation();
  const { state, setText, errorsAt } = useReportForm();
  const hintKey = `report.fields.${field}.hint`;
  const common = {
    value: state.text[field],
    maxLength: MAX_LENGTH[field],
    className: mono === true ? 'mono' : undefined,
    spellCheck: mono === true ? false : undefined,
  };
  return (
    <Field
      name={field}
      label={t(`report.fields.${field}.label`)}
      hint={i18n.exists(hintKey) ? t(hintKey) : undefined}
      errors={errorsAt(field)}
      required={required}
    >
      {(control) =>
        rows === undefined ? (
          <input
            {...control}
            {...common}
            type={type}
            autoComplete={autoComplete}
            min={min}
            onChange={(e) => setText(field, e.target.value)}
          />
        ) : (
          <textarea
            {...control}
            {...common}
            rows={rows}
            onChange={(e) => setText(field, e.target.value)}
          />
        )
      }
    </Field>
  );
}
