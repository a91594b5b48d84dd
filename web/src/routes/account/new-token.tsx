import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A token's secret, shown once, with a copy button and the warning that goes with it. */
export function NewToken({
  name,
  secret,
  onDone,
}: {
  name: string;
  secret: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const field = useRef<HTMLTextAreaElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Not an alert: that would read the secret aloud. The heading takes the focus instead.
  useEffect(() => heading.current?.focus(), []);
  const [copy, setCopy] = useState<'copied' | 'failed'>();

  async function copySecret(): Promise<void> {
    try {
      await navigator.clipboard.writeText(secret);
      setCopy('copied');
    } catch {
      field.current?.select();
      setCopy('failed');
    }
  }

  return (
    <div className="panel notice-warn account-notice">
      <h3 tabIndex={-1} ref={heading}>
        {t('account.tokens.newHeading', { name })}
      </h3>
      <p>{t('account.tokens.newWarning')}</p>
      <div className="field">
        <label htmlFor="account-new-token">{t('account.tokens.secret')}</label>
        <textarea
          ref={field}
          id="account-new-token"
          name="token"
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
          {t('account.tokens.copy')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('account.tokens.saved')}
        </button>
      </p>
      <p role="status">
        {copy === 'copied'
          ? t('account.tokens.copied')
          : copy === 'failed'
            ? t('account.tokens.copyFailed')
            : ''}
      </p>
    </div>
  );
}
