import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/date-time.js';
import type { Message } from './report-access.js';
import { REPLY_FIELD_ID } from './report-messages.js';

/**
 * While the team waits for the reporter (`more-info-needed`): what it asked, up front. The
 * question is the team's latest message; a link takes the focus to the answer's text area.
 */
export function InfoRequest({ messages }: { messages: readonly Message[] | undefined }) {
  const { t } = useTranslation();
  const question = messages?.filter((m) => m.author === 'staff').at(-1);
  const toReply = (event: MouseEvent<HTMLAnchorElement>) => {
    const field = document.getElementById(REPLY_FIELD_ID);
    if (field === null) return;
    event.preventDefault();
    field.focus();
  };
  return (
    <section className="panel notice-warn track-info-request" aria-labelledby="track-info-heading">
      <h3 id="track-info-heading">{t('track.infoRequest.heading')}</h3>
      {question === undefined ? (
        <p>{t('track.infoRequest.noQuestion')}</p>
      ) : (
        <>
          <p className="track-message-meta">
            {t('track.infoRequest.asked')} <DateTime value={question.createdAt} />
          </p>
          <blockquote
            className="track-message-body track-info-question"
            dangerouslySetInnerHTML={{ __html: question.bodyHtml }}
          />
        </>
      )}
      <p>{t('track.infoRequest.paused')}</p>
      <p>
        <a href={`#${REPLY_FIELD_ID}`} onClick={toReply}>
          {t('track.infoRequest.answer')}
        </a>
      </p>
    </section>
  );
}
