import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMeta } from '../../../api/use-meta.js';
import { DateTime } from '../../../components/date-time.js';
import { Field } from '../../../components/field.js';
import { currentLanguage } from '../../../i18n/index.js';
import type { Message, ReportAccess } from './report-access.js';
import { sendMessage } from './send-message.js';

/** The id of the reply's text area (`Field` names it after the API field `body`). */
export const REPLY_FIELD_ID = 'field-body';

/**
 * The conversation with the security team, oldest first, and the reply form. Internal notes
 * never reach the reporter (the server leaves them out), so everything received is shown.
 * `bodyHtml` is Markdown the server has rendered and sanitised.
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
            <MessageItem key={m.id} message={m} />
          ))}
        </ol>
      )}
      <ReplyForm id={id} access={access} waitingForAnswer={waitingForAnswer} onSent={onChanged} />
    </section>
  );
}

function MessageItem({ message }: { message: Message }) {
  const { t } = useTranslation();
  return (
    <li className={`track-message track-message-${message.author}`}>
      <p className="track-message-meta">
        <strong>{t(`track.messages.author.${message.author}`)}</strong> ·{' '}
        <DateTime value={message.createdAt} />
      </p>
      <div className="track-message-body" dangerouslySetInnerHTML={{ __html: message.bodyHtml }} />
    </li>
  );
}

/** What the form last said, as codes: translated at render, so a language switch follows. */
type Said =
  | { kind: 'sent' }
  | { kind: 'empty' }
  | { kind: 'too-long'; length: number }
  | { kind: 'refused'; bodyErrors: readonly string[]; otherErrors: readonly string[] }
  | { kind: 'not-found' }
  | { kind: 'failed' };

function ReplyForm({
  id,
  access,
  waitingForAnswer,
  onSent,
}: {
  id: string;
  access: ReportAccess;
  waitingForAnswer: boolean;
  onSent: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { maxMessageLength: max } = useMeta();
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<Said>();
  const number = (n: number) =>
    new Intl.NumberFormat(currentLanguage(i18n.resolvedLanguage)).format(n);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    // The server counts the text without the spaces around it, and refuses more than `max`.
    if (body.trim() === '') {
      setSaid({ kind: 'empty' });
      return;
    }
    if (body.length > max) {
      setSaid({ kind: 'too-long', length: body.length });
      return;
    }
    setBusy(true);
    setSaid(undefined);
    const outcome = await sendMessage(id, access, body);
    setBusy(false);
    if (outcome.kind === 'refused') {
      setSaid({
        kind: 'refused',
        bodyErrors: outcome.errors.filter((e) => e.path === 'body').map((e) => e.message),
        otherErrors: outcome.errors.filter((e) => e.path !== 'body').map((e) => e.message),
      });
      return;
    }
    setSaid(outcome);
    if (outcome.kind === 'sent') {
      setBody('');
      onSent();
    }
  };

  const fieldErrors =
    said?.kind === 'empty'
      ? [t('track.reply.empty')]
      : said?.kind === 'too-long'
        ? [t('track.reply.tooLong', { length: number(said.length), max: number(max) })]
        : said?.kind === 'refused'
          ? said.bodyErrors
          : [];

  let announcement = '';
  if (said?.kind === 'sent') announcement = t('track.reply.sent');
  else if (said?.kind === 'not-found') announcement = t('track.reply.notFound');
  else if (said?.kind === 'failed') announcement = t('track.reply.failed');
  else if (said?.kind === 'refused') {
    announcement = [t('track.reply.refused'), ...said.otherErrors].join(' ');
  } else if (said !== undefined) announcement = t('track.reply.checkField');

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="track-reply-heading">
      <h4 id="track-reply-heading">
        {waitingForAnswer ? t('track.reply.headingAnswer') : t('track.reply.heading')}
      </h4>
      <Field
        name="body"
        label={waitingForAnswer ? t('track.reply.labelAnswer') : t('track.reply.label')}
        hint={t('track.reply.hint', { max: number(max) })}
        errors={fieldErrors}
        required
      >
        {(control) => (
          <textarea {...control} rows={6} value={body} onChange={(e) => setBody(e.target.value)} />
        )}
      </Field>
      <p className="actions">
        <button type="submit" className="button primary" aria-disabled={busy || undefined}>
          {busy ? t('track.reply.busy') : t('track.reply.send')}
        </button>
      </p>
      <p
        role="status"
        className={
          announcement === ''
            ? 'visually-hidden'
            : said?.kind === 'sent'
              ? 'track-reply-said panel notice-ok'
              : 'track-reply-said panel notice-warn'
        }
      >
        {announcement}
      </p>
    </form>
  );
}
