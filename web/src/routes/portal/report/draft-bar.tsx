import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/date-time.js';

export interface DraftBarProps {
  /** When the draft was restored from this browser, if it was (ISO 8601). */
  restoredAt: string | undefined;
  savedAt: string | undefined;
  saveFailed: boolean;
  /** Whether anything has been entered (an empty form has no draft). */
  hasDraft: boolean;
  onDiscard: () => void;
}

/** Where the draft is kept, when it was saved, and a way to discard it (asked twice). */
export function DraftBar({ restoredAt, savedAt, saveFailed, hasDraft, onDiscard }: DraftBarProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [discarded, setDiscarded] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const discardRef = useRef<HTMLButtonElement>(null);
  return (
    <div className="panel draft-bar">
      {/*
        The bar keeps its height while the form is filled in: the explanation stays, the saved
        time has room of its own from the start, and the discard button takes its place before
        there is anything to discard. Otherwise the step list below it would move under the
        pointer each time the draft is saved.
      */}
      {restoredAt !== undefined && hasDraft && (
        <p>
          {t('report.draft.restored')} <DateTime value={restoredAt} />
        </p>
      )}
      <p className="hint">{t('report.draft.explain')}</p>
      <div className="draft-row">
        <p className="hint draft-status">
          {saveFailed ? (
            <span className="field-error">{t('report.draft.saveFailed')}</span>
          ) : (
            hasDraft &&
            savedAt !== undefined && (
              <>
                {t('report.draft.savedAt')} <DateTime value={savedAt} timeOnly />
              </>
            )
          )}
        </p>
        {!confirming && (
          <button
            type="button"
            className={hasDraft ? 'button small' : 'button small placeholder'}
            ref={discardRef}
            onClick={() => {
              setConfirming(true);
              setDiscarded(false);
              requestAnimationFrame(() => questionRef.current?.focus());
            }}
          >
            {t('report.draft.discard')}
          </button>
        )}
      </div>
      {confirming && (
        <div className="draft-confirm">
          <p tabIndex={-1} ref={questionRef}>
            <strong>{t('report.draft.confirm')}</strong>
          </p>
          <div className="actions">
            <button
              type="button"
              className="button small danger"
              onClick={() => {
                setConfirming(false);
                setDiscarded(true);
                onDiscard();
              }}
            >
              {t('report.draft.confirmYes')}
            </button>
            <button
              type="button"
              className="button small"
              onClick={() => {
                setConfirming(false);
                requestAnimationFrame(() => discardRef.current?.focus());
              }}
            >
              {t('report.draft.confirmNo')}
            </button>
          </div>
        </div>
      )}
      <p role="status" className="visually-hidden">
        {discarded ? t('report.draft.discarded') : ''}
      </p>
    </div>
  );
}
