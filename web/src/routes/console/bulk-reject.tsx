import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { isProblem } from '../../api/problem.js';
import type { paths } from '../../api/schema.js';

type Outcome =
  paths['/api/v1/reports/bulk-reject']['post']['responses'][200]['content']['application/json']['results'][number];

type Step =
  | { kind: 'idle' }
  | { kind: 'confirm' }
  | { kind: 'busy' }
  | { kind: 'done'; results: Outcome[] }
  | { kind: 'failed'; detail: string };

/**
 * "Reject as spam" for the selected reports: asks first, then lists what happened to each one
 * (some may have moved on since the queue was loaded and are refused one by one).
 */
export function BulkReject({ ids, onDone }: { ids: readonly string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const confirmRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (step.kind === 'confirm') confirmRef.current?.focus();
    if (step.kind === 'done' || step.kind === 'failed') resultRef.current?.focus();
  }, [step.kind]);

  const send = async () => {
    setStep({ kind: 'busy' });
    try {
      const { data, error } = await api.POST('/api/v1/reports/bulk-reject', {
        body: { ids: [...ids] },
      });
      if (data !== undefined) {
        setStep({ kind: 'done', results: data.results });
        onDone();
      } else {
        const problem: unknown = error;
        setStep({ kind: 'failed', detail: isProblem(problem) ? problem.detail : '' });
      }
    } catch {
      setStep({ kind: 'failed', detail: t('console.network') });
    }
  };

  return (
    <div className="bulk-reject">
      {(step.kind === 'idle' || step.kind === 'done' || step.kind === 'failed') && (
        <p className="actions">
          <button
            type="button"
            className="button"
            aria-disabled={ids.length === 0}
            onClick={() => {
              if (ids.length > 0) setStep({ kind: 'confirm' });
            }}
          >
            {t('console.bulk.reject', { count: ids.length })}
          </button>
        </p>
      )}
      {(step.kind === 'confirm' || step.kind === 'busy') && (
        <div
          className="panel notice-warn"
          role="alertdialog"
          aria-labelledby="bulk-confirm-text"
          tabIndex={-1}
          ref={confirmRef}
        >
          <p id="bulk-confirm-text">{t('console.bulk.confirm', { count: ids.length })}</p>
          <p className="actions">
            <button
              type="button"
              className="button primary"
              aria-disabled={step.kind === 'busy'}
              onClick={() => {
                if (step.kind === 'confirm') void send();
              }}
            >
              {step.kind === 'busy' ? t('console.bulk.busy') : t('console.bulk.yes')}
            </button>{' '}
            <button type="button" className="button" onClick={() => setStep({ kind: 'idle' })}>
              {t('console.bulk.cancel')}
            </button>
          </p>
        </div>
      )}
      {step.kind === 'done' && (
        <div className="panel" role="status" tabIndex={-1} ref={resultRef}>
          <h2>{t('console.bulk.resultsHeading')}</h2>
          <ul className="bulk-results">
            {step.results.map((r) => (
              <li key={r.id}>
                <span className="mono">{r.id}</span>:{' '}
                {r.problem === null ? (
                  t('console.bulk.rejected')
                ) : (
                  <span className="field-error">
                    {t('console.bulk.refused', { detail: r.problem.detail })}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {step.kind === 'failed' && (
        <div className="panel notice-warn" role="alert" tabIndex={-1} ref={resultRef}>
          <p>{t('console.failed', { detail: step.detail })}</p>
        </div>
      )}
    </div>
  );
}
