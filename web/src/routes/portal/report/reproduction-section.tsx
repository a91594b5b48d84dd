import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field.js';
import { MAX_STEPS, MAX_STEP_LENGTH } from './form-state.js';
import { useReportForm } from './form-context.js';
import { addStep, moveStep, removeStep, setStep } from './step-list.js';

/**
 * Step 3: numbered reproduction steps, one control per step (`reproductionSteps[0]`, …), which
 * can be added, removed and moved; the focus follows the step and each change is announced.
 */
export function ReproductionSection() {
  const { t } = useTranslation();
  const { state, update, errorsAt } = useReportForm();
  const steps = state.reproductionSteps;
  const [announcement, setAnnouncement] = useState('');
  const pendingFocus = useRef<string | null>(null);

  useEffect(() => {
    if (pendingFocus.current === null) return;
    document.querySelector<HTMLElement>(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  });

  const change = (next: string[], focus: string, message: string) => {
    update((s) => ({ ...s, reproductionSteps: next }), 'reproductionSteps');
    pendingFocus.current = focus;
    setAnnouncement(message);
  };
  const stepControl = (i: number) => `[name="reproductionSteps[${i}]"]`;
  const move = (i: number, delta: -1 | 1) => {
    const target = i + delta;
    if (target < 0 || target >= steps.length) return;
    const edge = target === 0 || target === steps.length - 1;
    change(
      moveStep(steps, i, delta),
      edge ? stepControl(target) : `[data-step-action="${delta < 0 ? 'up' : 'down'}-${target}"]`,
      t('report.steps.moved', { from: i + 1, to: target + 1 }),
    );
  };
  const groupErrors = errorsAt('reproductionSteps');

  return (
    <fieldset className="group" aria-describedby="steps-hint">
      <legend>
        {t('report.fields.reproductionSteps.label')}
        <span aria-hidden="true"> *</span>
      </legend>
      <p className="hint" id="steps-hint">
        {t('report.fields.reproductionSteps.hint')}
      </p>
      {groupErrors.length > 0 && <p className="field-error">{groupErrors.join(' ')}</p>}
      <ol className="step-list">
        {steps.map((text, i) => (
          <li key={i} className="step-item">
            <Field
              name={`reproductionSteps[${i}]`}
              label={t('report.steps.stepN', { n: i + 1 })}
              errors={errorsAt(`reproductionSteps[${i}]`)}
            >
              {(control) => (
                <textarea
                  {...control}
                  rows={2}
                  maxLength={MAX_STEP_LENGTH}
                  value={text}
                  onChange={(e) =>
                    update(
                      (s) => ({
                        ...s,
                        reproductionSteps: setStep(s.reproductionSteps, i, e.target.value),
                      }),
                      `reproductionSteps[${i}]`,
                    )
                  }
                />
              )}
            </Field>
            <div className="step-actions">
              <StepButton
                action={`up-${i}`}
                disabled={i === 0}
                label={t('report.steps.moveUp')}
                step={i + 1}
                onClick={() => move(i, -1)}
              />
              <StepButton
                action={`down-${i}`}
                disabled={i === steps.length - 1}
                label={t('report.steps.moveDown')}
                step={i + 1}
                onClick={() => move(i, 1)}
              />
              <StepButton
                action={`remove-${i}`}
                label={t('report.steps.remove')}
                step={i + 1}
                onClick={() =>
                  change(
                    removeStep(steps, i),
                    stepControl(Math.min(i, Math.max(1, steps.length - 1) - 1)),
                    t('report.steps.removed', { n: i + 1 }),
                  )
                }
              />
            </div>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button"
        aria-disabled={steps.length >= MAX_STEPS}
        onClick={() => {
          if (steps.length >= MAX_STEPS) return;
          change(
            addStep(steps),
            stepControl(steps.length),
            t('report.steps.added', { n: steps.length + 1 }),
          );
        }}
      >
        {t('report.steps.add')}
      </button>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </fieldset>
  );
}

/**
 * A step's action. Unavailable actions stay focusable (aria-disabled) so the focus is not lost
 * when a step reaches the top or the bottom. The visible label is part of the accessible name.
 */
function StepButton({
  action,
  label,
  step,
  disabled = false,
  onClick,
}: {
  action: string;
  label: string;
  step: number;
  disabled?: boolean;
  onClick: () => void;
}) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button small"
      data-step-action={action}
      aria-disabled={disabled}
      onClick={disabled ? undefined : onClick}
    >
      {label}
      <span className="visually-hidden"> {t('report.steps.ofStep', { n: step })}</span>
    </button>
  );
}
