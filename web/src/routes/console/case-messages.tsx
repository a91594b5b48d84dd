import { useTranslation } from 'react-i18next';
import { DateTime } from '../../components/date-time.js';
import { AttachmentList } from './attachment-list.js';
import { MessageForm } from './message-form.js';
import type { Message } from './use-case-file.js';

/**
 * The conversation with the reporter and the team's internal notes, marked apart in words.
 * A staff message or note names its writer (`authorName`), or just "Staff" when unknown.
 * `bodyHtml` is rendered Markdown the server has already sanitised; each message lists its
 * files. The form offers what the role may write: messages (`report.message.write`), internal
 * notes (`report.note.write`), both or neither.
 */
export function CaseMessages({
  reportId,
  messages,
  canMessage,
  canNote,
  onPosted,
}: {
  reportId: string;
  messages: readonly Message[];
  canMessage: boolean;
  canNote: boolean;
  onPosted: () => void;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="messages-heading">
      <h2 id="messages-heading">{t('console.messages.heading')}</h2>
      {messages.length === 0 && <p>{t('console.messages.none')}</p>}
      <ol className="case-messages">
        {messages.map((m) => (
          <li
            key={m.id}
            id={`message-${m.id}`}
            className={m.internal ? 'message-internal' : undefined}
          >
            <p className="message-meta">
              {m.internal && <span className="badge">{t('console.messages.internal')}</span>}{' '}
              <strong>
                {m.author === 'staff'
                  ? (m.authorName ?? t('console.messages.author.staff'))
                  : t('console.messages.author.reporter')}
              </strong>{' '}
              · <DateTime value={m.createdAt} />
            </p>
            <div className="message-body" dangerouslySetInnerHTML={{ __html: m.bodyHtml }} />
            {m.attachments.length > 0 && (
              <AttachmentList reportId={reportId} files={m.attachments} />
            )}
          </li>
        ))}
      </ol>
      {(canMessage || canNote) && (
        <MessageForm
          reportId={reportId}
          canMessage={canMessage}
          canNote={canNote}
          onPosted={onPosted}
        />
      )}
    </section>
  );
}
