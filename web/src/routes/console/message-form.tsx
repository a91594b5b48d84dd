import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { csrfHeaders } from '../../api/client.js';
import { messageOutcome, postMessage, type MessageOutcome } from '../../api/post-message.js';
import { useMeta } from '../../api/use-meta.js';
import { Field } from '../../components/field.js';
import { MessageFilesField } from '../../components/report/message-files-field.js';
import { useMessageFiles } from '../../components/report/use-message-files.js';

/** What the form last said: `empty` before sending, else what became of the message. */
type Said = Exclude<MessageOutcome, { kind: 'sent' }> | { kind: 'empty' };

/**
 * A message to the reporter or an internal note, with files if staff like (checked against
 * the server's limits first, then sent with upload progress; the files of an internal note are
 * for staff only, as the hint says). The server's objections appear beside the text (`body`)
 * or the file (`attachments[0]`) they name, others below the button.
 */
export function MessageForm({
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
  const { maxAttachments: max, maxAttachmentMb: mb } = useMeta();
  const [body, setBody] = useState('');
  const files = useMessageFiles();
  const busy = files.sending !== undefined;
  // With only one kind allowed, that kind is fixed; with both, messages are the default.
  const [chosenInternal, setInternal] = useState(false);
  const internal = canMessage ? canNote && chosenInternal : true;
  const [said, setSaid] = useState<Said>();

  const send = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (body.trim() === '') {
      setSaid({ kind: 'empty' });
      return;
    }
    setSaid(undefined);
    const outcome = await files.send(async (picked, onProgress) =>
      messageOutcome(
        await postMessage(reportId, { body, internal }, picked, {
          headers: csrfHeaders(),
          onProgress,
        }),
      ),
    );
    if (outcome.kind !== 'sent') {
      setSaid(outcome);
      return;
    }
    setBody('');
    onPosted();
  };

  const bodyErrors =
    said?.kind === 'empty' ? [t('console.messages.empty')] : files.refusedAt('body');
  let failure = '';
  if (said?.kind === 'refused') {
    failure = [t('console.messages.notSent'), ...files.refusedElsewhere()].join(' ');
  } else if (said?.kind === 'too-large') failure = t('console.messages.tooLarge', { max, mb });
  else if (said?.kind === 'not-found') failure = t('console.messages.notFound');
  else if (said?.kind === 'failed') failure = said.problem?.detail ?? t('console.network');

  return (
    <form noValidate onSubmit={(e) => void send(e)}>
      <Field
        name="body"
        label={canMessage ? t('console.messages.body') : t('console.messages.noteBody')}
        hint={canMessage ? t('console.messages.bodyHint') : t('console.messages.noteHint')}
        errors={bodyErrors}
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
      <MessageFilesField
        state={files}
        maxFiles={max}
        maxMb={mb}
        label={t('console.messages.filesLabel')}
        hint={
          internal
            ? t('console.messages.filesHintNote', { max, mb })
            : t('console.messages.filesHint', { max, mb })
        }
      />
      <p className="actions">
        <button type="submit" className="button primary" aria-disabled={busy}>
          {busy
            ? t('console.messages.sending')
            : internal
              ? t('console.messages.sendNote')
              : t('console.messages.send')}
        </button>
      </p>
      <p role="status" className={failure === '' ? 'visually-hidden' : 'field-error'}>
        {failure}
      </p>
    </form>
  );
}
