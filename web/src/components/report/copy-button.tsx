import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Copies a text with the Clipboard API and says in a status message whether it worked. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const { t } = useTranslation();
  const [result, setResult] = useState<'copied' | 'failed' | undefined>();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setResult('copied');
    } catch {
      setResult('failed');
    }
  };
  return (
    <span className="copy">
      <button type="button" className="button" onClick={() => void copy()}>
        {label}
      </button>
      <span role="status" className={result === 'failed' ? 'field-error' : 'copy-status'}>
        {result === 'copied'
          ? t('report.copy.copied')
          : result === 'failed'
            ? t('report.copy.failed')
            : ''}
      </span>
    </span>
  );
}
