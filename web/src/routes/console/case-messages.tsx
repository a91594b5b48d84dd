import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { isProblem } from '../../api/problem.js';
import { DateTime } from '../../components/date-time.js';
import { Field } from '../../components/field.js';
import { AttachmentList } from './attachment-list.js';
import type { Message } from './use-case-file.js';

/**
 * The conversation with the reporter and the team's internal notes, marked apart in words.
 * `bodyHtml` is rendered Markdown the server has already sanitised. The form offers what the
 * role may write: messages (`report.message.write`), internal notes (`report.note.write`), both
 * or neither.
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
          <li key={m.id} className={m.internal ? 'message-internal' : undefined}>
            <p className="message-meta">
              {m.internal && <span className="badge">{t('console.messages.internal')}</span>}{' '}
              <strong>{t(`console.messages.author.${m.author}`)}</strong> ·{' '}
              <DateTime value={m.createdAt} />
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

function MessageForm({
  reportId,
  canMessage,
  canNote,
  onPosted,
}: {
  reportId: string;
  canMessage: boolean;
  canNote: boolean;
  onPosted: () => void;
}) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  // With only one kind allowed, that kind is fixed; with both, messages are the default.
  const [chosenInternal, setInternal] = useState(false);
  const internal = canMessage ? canNote && chosenInternal : true;
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const send = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (body.trim() === '') {
      setError(t('console.messages.empty'));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const { data, error: problem } = await api.POST('/api/v1/reports/{id}/messages', {
        params: { path: { id: reportId } },
        body: { body, internal },
      });
      if (data !== undefined) {
        setBody('');
        onPosted();
      } else {
        const p: unknown = problem;
        setError(isProblem(p) ? p.detail : t('console.network'));
      }
    } catch {
      setError(t('console.network'));
    }
    setBusy(false);
  };
  return (
    <form noValidate onSubmit={(e) => void send(e)}>
      <Field
        name="body"
        label={canMessage ? t('console.messages.body') : t('console.messages.noteBody')}
        hint={canMessage ? t('console.messages.bodyHint') : t('console.messages.noteHint')}
        errors={error !== undefined ? [error] : []}
      >
        {(control) => (
          <textarea {...control} rows={5} value={body} onChange={(e) => setBody(e.target.value)} />
        )}
      </Field>
      {canMessage && canNote && (
        <p className="checkbox">
          <label>
            <input
              type="checkbox"
              name="internal"
              checked={internal}
              onChange={(e) => setInternal(e.target.checked)}
            />{' '}
            {t('console.messages.internalLabel')}
          </label>
        </p>
      )}
      <p className="actions">
        <button type="submit" className="button primary" aria-disabled={busy}>
          {internal ? t('console.messages.sendNote') : t('console.messages.send')}
        </button>
      </p>
    </form>
  );
}
