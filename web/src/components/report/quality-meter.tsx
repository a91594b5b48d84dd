/**
 * The live quality meter: the tier as a four-step bar with its name in words (never colour
 * alone), and what the report still needs for the next tier, each item a link to its field.
 */
import { useTranslation } from 'react-i18next';
import { fieldErrorText, type FieldError } from '../../api/problem.js';
import { cssId } from '../error-summary.js';

export const TIERS = ['insufficient', 'low', 'medium', 'high'] as const;
export type Tier = (typeof TIERS)[number];

export type QualityMeterState =
  | { status: 'loading' }
  | { status: 'assessed'; tier: Tier; missing: string[] }
  | { status: 'invalid'; errors: FieldError[] }
  | { status: 'unavailable' };

export interface QualityMeterProps {
  state: QualityMeterState;
  /** Takes the researcher to the field a path names. */
  onJump: (path: string) => void;
  /** The label of a field, for the list of errors. */
  labelFor: (path: string) => string;
}

export function QualityMeter({ state, onJump, labelFor }: QualityMeterProps) {
  const { t } = useTranslation();
  const tier = state.status === 'assessed' ? state.tier : undefined;
  const level = tier === undefined ? -1 : TIERS.indexOf(tier);
  const next = TIERS[level + 1];
  const link = (path: string, text: string) => (
    <a
      href={`#field-${cssId(path)}`}
      onClick={(e) => {
        e.preventDefault();
        onJump(path);
      }}
    >
      {text}
    </a>
  );
  return (
    <section className="quality panel" aria-labelledby="quality-heading">
      <h2 id="quality-heading">{t('report.quality.heading')}</h2>
      <div
        className="quality-bar"
        role="meter"
        aria-labelledby="quality-heading"
        aria-valuemin={0}
        aria-valuemax={TIERS.length - 1}
        aria-valuenow={Math.max(0, level)}
        aria-valuetext={
          tier === undefined ? t('report.quality.unknown') : t(`report.quality.tier.${tier}`)
        }
      >
        {TIERS.map((name, i) => (
          <span
            key={name}
            className={`quality-step${i <= level ? ' filled' : ''}`}
            aria-hidden="true"
          >
            <span className="quality-segment" />
            <span className={`quality-label${i === level ? ' current' : ''}`}>
              {t(`report.quality.tier.${name}`)}
            </span>
          </span>
        ))}
      </div>
      <p className="quality-now" aria-live="polite">
        {state.status === 'assessed' ? (
          <>
            <strong>{t(`report.quality.tier.${state.tier}`)}</strong>
            {' — '}
            {t(`report.quality.means.${state.tier}`)}
          </>
        ) : state.status === 'invalid' ? (
          t('report.quality.invalid')
        ) : state.status === 'unavailable' ? (
          t('report.quality.unavailable')
        ) : (
          t('report.quality.checking')
        )}
      </p>
      {state.status === 'assessed' && next !== undefined && state.missing.length > 0 && (
        <>
          <p className="quality-next">
            {t('report.quality.toReach', { tier: t(`report.quality.tier.${next}`) })}
          </p>
          <ul className="quality-missing">
            {state.missing.map((path) => (
              <li key={path}>
                {link(
                  path,
                  t([
                    `report.quality.need.${state.tier}.${cssId(path)}`,
                    `report.quality.need.any.${cssId(path)}`,
                    path,
                  ]),
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {state.status === 'invalid' && (
        <ul className="quality-missing">
          {state.errors.map((e) => (
            <li key={`${e.path}:${e.message}`}>
              {link(e.path, labelFor(e.path))}: {fieldErrorText(e, t)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
