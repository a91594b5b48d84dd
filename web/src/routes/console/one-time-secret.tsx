import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A secret the server shows once (an enrolment link, an API token): a heading that takes the
 * focus (not an alert, which would read the secret aloud), the warning, the secret in a
 * read-only field, a copy button and a way to close it.
 */
export function OneTimeSecret({
  heading,
  warning,
  label,
  secret,
  onDone,
}: {
  heading: string;
  warning: ReactNode;
  label: string;
  secret: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  const [copy, setCopy] = useState<'copied' | 'failed'>();

  const copySecret = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopy('copied');
    } catch {
      field.current?.select();
      setCopy('failed');
    }
  };

  return (
    <div className="panel notice-warn one-time-secret">
      <h3 tabIndex={-1} ref={title}>
        {heading}
      </h3>
      <p>{warning}</p>
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <textarea
          ref={field}
          id={id}
          readOnly
          rows={2}
          spellCheck={false}
          className="mono"
          value={secret}
          onFocus={(e) => e.currentTarget.select()}
        />
      </div>
      <p className="actions">
        <button type="button" className="button primary" onClick={() => void copySecret()}>
          {t('console.secret.copy')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('console.secret.done')}
        </button>
      </p>
      <p role="status">
        {copy === 'copied'
          ? t('console.secret.copied')
          : copy === 'failed'
            ? t('console.secret.copyFailed')
            : ''}
      </p>
    </div>
  );
}
