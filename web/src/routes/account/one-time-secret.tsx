import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

/** The words around a one-time secret, in the caller's text area. */
export interface OneTimeSecretTexts {
  copy: string;
  done: string;
  copied: string;
  copyFailed: string;
}

/**
 * A secret the server shows once (an API token, an enrolment link): a heading that takes the
 * focus (not an alert, which would read the secret aloud), the warning, the secret in a
 * read-only field, a copy button and a way to close it. Used by the account pages and the
 * staff console. Several can be on screen at once, so each is a group named by its heading:
 * its buttons, worded alike in all of them, are announced with the secret they belong to.
 */
export function OneTimeSecret({
  heading,
  warning,
  label,
  secret,
  texts,
  onDone,
  name,
}: {
  heading: string;
  warning: ReactNode;
  label: string;
  secret: string;
  texts: OneTimeSecretTexts;
  onDone: () => void;
  name?: string;
}) {
  const id = useId();
  const fieldId = `${id}-field`;
  const headingId = `${id}-heading`;
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
    <div
      className="panel notice-warn account-notice one-time-secret"
      role="group"
      aria-labelledby={headingId}
    >
      <h3 id={headingId} tabIndex={-1} ref={title}>
        {heading}
      </h3>
      <p>{warning}</p>
      <div className="field">
        <label htmlFor={fieldId}>{label}</label>
        <textarea
          ref={field}
          id={fieldId}
          name={name}
          readOnly
          rows={2}
          spellCheck={false}
          className="mono account-secret"
          value={secret}
          onFocus={(e) => e.currentTarget.select()}
        />
      </div>
      <p className="actions">
        <button type="button" className="button primary" onClick={() => void copySecret()}>
          {texts.copy}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {texts.done}
        </button>
      </p>
      <p role="status">
        {copy === 'copied' ? texts.copied : copy === 'failed' ? texts.copyFailed : ''}
      </p>
    </div>
  );
}
