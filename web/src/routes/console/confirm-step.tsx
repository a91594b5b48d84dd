import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * "Do this? What follows." with the real action and a way back, for changes that end
 * something (sessions, a token) or hand out a credential. The question takes the focus.
 */
export function ConfirmStep({
  question,
  confirm,
  busy,
  onConfirm,
  onCancel,
  children,
}: {
  question: string;
  confirm: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      className="panel notice-warn"
      role="alertdialog"
      aria-label={question}
      tabIndex={-1}
      ref={ref}
    >
      <p>{question}</p>
      {children}
      <p className="actions">
        <button
          type="button"
          className="button primary"
          aria-disabled={busy}
          onClick={() => {
            if (!busy) onConfirm();
          }}
        >
          {busy ? t('console.working') : confirm}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('console.bulk.cancel')}
        </button>
      </p>
    </div>
  );
}
