import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageOutcome } from '../../../api/post-message.js';
import { useMeta } from '../../../api/use-meta.js';
import { Field } from '../../../components/field.js';
import { MessageFilesField } from '../../../components/report/message-files-field.js';
import { useMessageFiles } from '../../../components/report/use-message-files.js';
import { currentLanguage } from '../../../i18n/index.js';
import type { ReportAccess } from './report-access.js';
import { sendMessage } from './send-message.js';

/** What the form last said, as codes: translated at render, so a language switch follows. */
type Said = MessageOutcome | { kind: 'empty' } | { kind: 'too-long'; length: number };

/**
 * A message to the security team, with files if the reporter likes (checked against the
 * server's limits before sending, then sent with upload progress). The server's objections
 * appear beside the text (`body`) or the file (`attachments[0]`) they name, others in the
 * status line.
 */
export function ReplyForm({
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
  const { maxMessageLength: max, maxAttachments, maxAttachmentMb } = useMeta();
  const [body, setBody] = useState('');
  const files = useMessageFiles();
  const busy = files.sending !== undefined;
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
    setSaid(undefined);
    const outcome = await files.send((picked, onProgress) =>
      sendMessage(id, access, body, picked, onProgress),
    );
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
        : files.refusedAt('body');

  let announcement = '';
  if (said?.kind === 'sent') announcement = t('track.reply.sent');
  else if (said?.kind === 'not-found') announcement = t('track.reply.notFound');
  else if (said?.kind === 'failed') announcement = t('track.reply.failed');
  else if (said?.kind === 'too-large') {
    announcement = t('track.reply.filesTooLarge', { max: maxAttachments, mb: maxAttachmentMb });
  } else if (said?.kind === 'refused') {
    announcement = [t('track.reply.refused'), ...files.refusedElsewhere()].join(' ');
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
      <MessageFilesField
        state={files}
        maxFiles={maxAttachments}
        maxMb={maxAttachmentMb}
        label={t('track.reply.filesLabel')}
        hint={t('track.reply.filesHint', { max: maxAttachments, mb: maxAttachmentMb })}
      />
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
