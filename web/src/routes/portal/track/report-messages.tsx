import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/date-time.js';
import { AttachmentFiles } from './attachment-files.js';
import type { Message, ReportAccess } from './report-access.js';
import { ReplyForm } from './reply-form.js';

/** The id of the reply's text area (`Field` names it after the API field `body`). */
export const REPLY_FIELD_ID = 'field-body';

/**
 * The conversation with the security team, oldest first, each message with its files, and the
 * reply form. Internal notes never reach the reporter (the server leaves them out, and their
 * files), so everything received is shown. `bodyHtml` is Markdown the server has rendered and
 * sanitised.
 */
export function ReportMessages({
  id,
  access,
  messages,
  waitingForAnswer,
  onChanged,
}: {
  id: string;
  access: ReportAccess;
  /** Undefined when they could not be loaded. */
  messages: readonly Message[] | undefined;
  /** The team asked for more information: the form asks for an answer. */
  waitingForAnswer: boolean;
  /** Load the report and its messages again. */
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="track-messages" aria-labelledby="track-messages-heading">
      <h3 id="track-messages-heading">{t('track.messages.heading')}</h3>
      {messages === undefined ? (
        <div role="alert">
          <p>{t('track.messages.failed')}</p>
          <button type="button" className="button" onClick={onChanged}>
            {t('track.messages.retry')}
          </button>
        </div>
      ) : messages.length === 0 ? (
        <p>{t('track.messages.none')}</p>
      ) : (
        <ol className="track-message-list">
          {messages.map((m) => (
            <MessageItem key={m.id} reportId={id} access={access} message={m} />
          ))}
        </ol>
      )}
      <ReplyForm id={id} access={access} waitingForAnswer={waitingForAnswer} onSent={onChanged} />
    </section>
  );
}

function MessageItem({
  reportId,
  access,
  message,
}: {
  reportId: string;
  access: ReportAccess;
  message: Message;
}) {
  const { t } = useTranslation();
  return (
    <li className={`track-message track-message-${message.author}`}>
      <p className="track-message-meta">
        <strong>{t(`track.messages.author.${message.author}`)}</strong> ·{' '}
        <DateTime value={message.createdAt} />
      </p>
      <div className="track-message-body" dangerouslySetInnerHTML={{ __html: message.bodyHtml }} />
      {message.attachments.length > 0 && (
        <AttachmentFiles
          reportId={reportId}
          access={access}
          files={message.attachments}
          label={t('track.messages.files')}
        />
      )}
    </li>
  );
}
