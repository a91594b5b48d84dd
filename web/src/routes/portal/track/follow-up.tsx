import { useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/date-time.js';
import { askForResponse, type AskOutcome } from './ask-for-response.js';
import type { FollowUpStatus, ReportAccess } from './report-access.js';

/**
 * "Ask for a response": offered once the first-response time has passed without an answer from
 * the security team. The outcome is announced in a status message, which takes the focus when
 * the button it replaces goes away.
 */
export function FollowUp({
  id,
  access,
  status,
  onAsked,
}: {
  id: string;
  access: ReportAccess;
  status: FollowUpStatus | undefined;
  onAsked: () => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<AskOutcome>();
  const message = useRef<HTMLParagraphElement>(null);

  const ask = async () => {
    if (busy) return;
    setBusy(true);
    const result = await askForResponse(id, access);
    setBusy(false);
    setOutcome(result);
    if (result === 'sent' || result === 'conflict') onAsked();
    message.current?.focus();
  };

  return (
    <div className="track-follow-up">
      <FollowUpState status={status} busy={busy} onAsk={() => void ask()} />
      <p
        ref={message}
        tabIndex={-1}
        role="status"
        className={outcome === undefined ? 'visually-hidden' : 'track-follow-up-message'}
      >
        {outcome !== undefined && t(`track.followUp.outcome.${outcome}`)}
      </p>
    </div>
  );
}

function FollowUpState({
  status,
  busy,
  onAsk,
}: {
  status: FollowUpStatus | undefined;
  busy: boolean;
  onAsk: () => void;
}) {
  const { t } = useTranslation();
  if (status === undefined) return null;
  if (status.available) {
    return (
      <section className="panel notice-warn" aria-labelledby="track-follow-up-heading">
        <h3 id="track-follow-up-heading">{t('track.followUp.available.heading')}</h3>
        <p>{t('track.followUp.available.body')}</p>
        <button
          type="button"
          className="button primary"
          onClick={onAsk}
          aria-disabled={busy || undefined}
        >
          {busy ? t('track.followUp.available.busy') : t('track.followUp.available.button')}
        </button>
      </section>
    );
  }
  const { availableAfter, lastRequestedAt } = status;
  switch (status.reason) {
    case 'not-due':
      if (availableAfter === null) return null;
      return (
        <p className="hint">
          <Trans
            i18nKey="track.followUp.notDue"
            components={{ due: <DateTime value={availableAfter} /> }}
          />
        </p>
      );
    case 'recently-requested':
      if (availableAfter === null || lastRequestedAt === null) return null;
      return (
        <p className="panel notice-ok">
          <Trans
            i18nKey="track.followUp.recent"
            components={{
              at: <DateTime value={lastRequestedAt} />,
              after: <DateTime value={availableAfter} />,
            }}
          />
        </p>
      );
    case 'responded':
      return <p className="hint">{t('track.followUp.responded')}</p>;
    case null:
      return null;
  }
}
