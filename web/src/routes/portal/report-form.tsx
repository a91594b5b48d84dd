/**
 * The report form (`/report`): one step per part of the intake contract, a live quality meter,
 * a draft kept in this browser, a preview, then the submission (with upload progress for files).
 * On success the answer goes to the confirmation page in the navigation state, never in the URL.
 */
import { useCallback, useMemo, useRef, useState, type FormEvent, type MouseEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { FieldError } from '../../api/problem.js';
import { loadSession, signOut, useSession } from '../../api/session.js';
import { useMeta } from '../../api/use-meta.js';
import { ErrorSummary, cssId } from '../../components/error-summary.js';
import { QualityMeter } from '../../components/report/quality-meter.js';
import { currentLanguage } from '../../i18n/index.js';
import type { ConfirmationState } from './report/confirmation-state.js';
import { DraftBar } from './report/draft-bar.js';
import { clearDraft, isEmptyForm, loadDraft } from './report/draft-storage.js';
import { useFieldLabel } from './report/field-label.js';
import { ReportFormContext } from './report/form-context.js';
import { emptyFormState, type ReportFormState } from './report/form-state.js';
import { FORM_STEPS, PREVIEW_STEP, controlNameOf, stepOfPath } from './report/form-steps.js';
import { PreviewSection } from './report/preview-section.js';
import { buildReportBody, formPathOf, isSubmittable } from './report/request-body.js';
import { SessionLine } from './report/session-line.js';
import { StepContent } from './report/step-content.js';
import { StepNav } from './report/step-nav.js';
import { SubmitFailureNotice } from './report/submit-failure.js';
import { SubmitPanel } from './report/submit-panel.js';
import { useAssessment } from './report/use-assessment.js';
import { useDraftAutosave } from './report/use-draft-autosave.js';
import { useFormApi } from './report/use-form-api.js';
import { useFormErrors } from './report/use-form-errors.js';
import { useReportSubmission } from './report/use-report-submission.js';
import { toFieldErrors, validateForm } from './report/validate-form.js';
import '../../components/report/report.css';

export function ReportForm() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const meta = useMeta();
  const pageLanguage = currentLanguage(i18n.resolvedLanguage);
  const [restored] = useState(loadDraft);
  const [state, setState] = useState<ReportFormState>(() => restored?.state ?? emptyFormState());
  const [draftFileNames, setDraftFileNames] = useState(() => restored?.attachmentNames ?? []);
  const [restoredAt, setRestoredAt] = useState(restored?.savedAt);
  const [files, setFiles] = useState<File[]>([]);
  const [step, setStep] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const errors = useFormErrors();
  const submission = useReportSubmission();
  const account = useSession();
  const labelFor = useFieldLabel(files);

  const built = useMemo(() => buildReportBody(state, pageLanguage), [state, pageLanguage]);
  const assessment = useAssessment(built, files.length);
  const fileNames = useMemo(() => files.map((f) => f.name), [files]);
  const autosave = useDraftAutosave(state, fileNames, restored?.savedAt);

  const allErrors = useMemo(
    () => [...errors.beside, ...(assessment.status === 'invalid' ? assessment.errors : [])],
    [errors.beside, assessment],
  );
  const formApi = useFormApi(state, setState, allErrors, errors.dropAt);
  const stepsWithErrors = useMemo(
    () => new Set(allErrors.map((e) => stepOfPath(e.path)).filter((s) => s !== PREVIEW_STEP)),
    [allErrors],
  );

  /** Opens a step and moves the focus to its heading. */
  const go = useCallback((next: number) => {
    flushSync(() => setStep(next));
    headingRef.current?.scrollIntoView({ block: 'start' });
    headingRef.current?.focus({ preventScroll: true });
  }, []);

  /** Opens the step holding a field and focuses the field. */
  const jumpTo = useCallback((path: string) => {
    flushSync(() => setStep(stepOfPath(path)));
    const control = document.querySelector<HTMLElement>(
      `[name="${CSS.escape(controlNameOf(path))}"]`,
    );
    control?.scrollIntoView({ block: 'center' });
    control?.focus({ preventScroll: true });
  }, []);

  /** Lists the errors in the order of the steps and opens the step of the first. */
  const showErrors = (list: FieldError[]) => {
    const sorted = [...list].sort((a, b) => stepOfPath(a.path) - stepOfPath(b.path));
    errors.show(sorted);
    const first = sorted[0];
    if (first !== undefined) setStep(stepOfPath(first.path));
  };

  const send = async (retried = false): Promise<void> => {
    if (submission.sending) return;
    const problems = validateForm(state);
    if (problems.length > 0 || !isSubmittable(built.body)) {
      showErrors(toFieldErrors(problems, t));
      return;
    }
    errors.clear();
    const outcome = await submission.send(built.body, files);
    if (outcome.kind === 'created') {
      autosave.stop();
      clearDraft();
      const confirmation: ConfirmationState = { report: outcome.report };
      void navigate('/report/sent', { state: confirmation });
    } else if (outcome.kind === 'refused' && outcome.problem?.code === 'csrf-failed' && !retried) {
      // The session's CSRF token changed (signed in again in another tab): fetch it, send again.
      await loadSession(true);
      await send(true);
    } else if (outcome.kind === 'refused') {
      const named = (outcome.problem?.errors ?? [])
        .map((e) => ({ ...e, path: formPathOf(e.path, built.stepIndexes) }))
        .filter((e) => stepOfPath(e.path) !== PREVIEW_STEP);
      showErrors(named);
    }
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (step < PREVIEW_STEP) go(step + 1);
    else void send();
  };

  const discardDraft = () => {
    clearDraft();
    setState(emptyFormState());
    setFiles([]);
    setDraftFileNames([]);
    setRestoredAt(undefined);
    errors.clear();
    submission.clearFailure();
    go(0);
  };

  // Links in the error summary may name a field on another step: open it first.
  const onSummaryClick = (e: MouseEvent) => {
    const href = (e.target as HTMLElement).closest('a')?.getAttribute('href');
    const error = errors.summary.find((x) => `#field-${cssId(x.path)}` === href);
    if (error === undefined) return;
    e.preventDefault();
    e.stopPropagation();
    jumpTo(error.path);
  };

  const failure = submission.failure;
  const showFailure =
    failure !== undefined &&
    !(failure.kind === 'refused' && failure.status === 400 && errors.summary.length > 0);
  const current = FORM_STEPS[step] ?? FORM_STEPS[0];
  const nextStep = FORM_STEPS[step + 1];

  return (
    <div className="report-page">
      <h1>{t('report.title')}</h1>
      <p className="lead">{t('report.lead', { hours: meta.firstResponseHours })}</p>
      <SessionLine account={account} />
      <DraftBar
        restoredAt={restoredAt}
        savedAt={autosave.savedAt}
        saveFailed={autosave.failed}
        hasDraft={!isEmptyForm(state) || files.length > 0}
        onDiscard={discardDraft}
      />
      <StepNav current={step} withErrors={stepsWithErrors} onGo={go} />
      <div className="report-layout">
        <form className="report-form" noValidate onSubmit={onSubmit} aria-labelledby="step-heading">
          {errors.summary.length > 0 && (
            <div onClickCapture={onSummaryClick}>
              <ErrorSummary errors={errors.summary} labelFor={labelFor} />
            </div>
          )}
          {showFailure && (
            <SubmitFailureNotice
              failure={failure}
              maxFiles={meta.maxAttachments}
              maxMb={meta.maxAttachmentMb}
              onSendAnonymously={() => void signOut().then(() => send())}
            />
          )}
          <h2 id="step-heading" tabIndex={-1} ref={headingRef}>
            {t('report.stepHeading', {
              n: step + 1,
              total: FORM_STEPS.length,
              title: t(`report.stepTitles.${current.id}`),
            })}
          </h2>
          <p className="step-intro">{t(`report.stepIntros.${current.id}`)}</p>
          {step === 0 && <p className="hint">{t('report.requiredNote')}</p>}
          <ReportFormContext.Provider value={formApi}>
            <StepContent
              step={current.id}
              pageLanguage={pageLanguage}
              attachments={{
                files,
                onChange: setFiles,
                maxFiles: meta.maxAttachments,
                maxMb: meta.maxAttachmentMb,
                draftFileNames,
              }}
              preview={
                <>
                  <PreviewSection
                    state={state}
                    files={files}
                    pageLanguage={pageLanguage}
                    onEdit={go}
                  />
                  <SubmitPanel
                    files={submission.sending ? submission.files : files}
                    sending={submission.sending}
                    progress={submission.progress}
                    tier={assessment.status === 'assessed' ? assessment.tier : undefined}
                  />
                </>
              }
            />
          </ReportFormContext.Provider>
          <div className="actions step-buttons">
            {step > 0 && (
              <button type="button" className="button" onClick={() => go(step - 1)}>
                {t('report.nav.back')}
              </button>
            )}
            {nextStep !== undefined ? (
              <button type="submit" className="button primary">
                {t('report.nav.next', { title: t(`report.stepTitles.${nextStep.id}`) })}
              </button>
            ) : (
              <button type="submit" className="button primary" aria-disabled={submission.sending}>
                {submission.sending ? t('report.submit.sendingButton') : t('report.submit.send')}
              </button>
            )}
          </div>
        </form>
        <aside className="report-aside" aria-label={t('report.quality.heading')}>
          <QualityMeter state={assessment} onJump={jumpTo} labelFor={labelFor} />
        </aside>
      </div>
    </div>
  );
}
