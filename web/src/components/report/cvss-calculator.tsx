/**
 * CVSS 3.1 / 4.0 calculator: one radio group per base metric builds the vector; a vector can
 * also be pasted. The score comes live from the server, which scores reports the same way.
 */
import { useTranslation } from 'react-i18next';
import { fieldErrorText } from '../../api/problem.js';
import { Field } from '../field.js';
import {
  CVSS_METRICS,
  CVSS_VERSIONS,
  chooseMetric,
  chooseVersion,
  chosenCount,
  pasteVector,
  type CvssCalculatorState,
  type CvssMetric,
  type CvssUpdate,
  type CvssVersion,
} from './cvss-vector.js';
import { CvssScore } from './cvss-score.js';
import { useCvssScore } from './use-cvss-score.js';

export interface CvssCalculatorProps {
  calculator: CvssCalculatorState;
  /** The `cvss` field's value. */
  vector: string;
  onChange: (update: CvssUpdate) => void;
  errors: readonly string[];
}

const IMPACT_METRICS = new Set(['C', 'I', 'A', 'VC', 'VI', 'VA', 'SC', 'SI', 'SA']);

/** Locale key of a metric value's label; the impact metrics share theirs. */
export const valueLabelKey = (metric: string, value: string) =>
  `report.cvss.values.${IMPACT_METRICS.has(metric) ? 'impact' : metric}.${value}`;

export function CvssCalculator({ calculator, vector, onChange, errors }: CvssCalculatorProps) {
  const { t } = useTranslation();
  const score = useCvssScore(vector);
  const { version } = calculator;
  const choices = calculator.choices[version];
  const metrics = CVSS_METRICS[version];
  const scoreErrors = score.status === 'invalid' ? [fieldErrorText(score.error, t)] : [];
  return (
    <div className="cvss">
      <fieldset className="choice-group">
        <legend>{t('report.cvss.version')}</legend>
        {CVSS_VERSIONS.map((v) => (
          <label key={v} className="choice">
            <input
              type="radio"
              name="cvss-version"
              value={v}
              checked={version === v}
              onChange={() => onChange(chooseVersion(calculator, v))}
            />
            {`CVSS ${v}`}
          </label>
        ))}
      </fieldset>
      <p className="hint" id="cvss-progress">
        {t('report.cvss.progress', {
          chosen: chosenCount(version, choices),
          total: metrics.length,
        })}
      </p>
      <div className="cvss-metrics">
        {metrics.map((metric) => (
          <MetricGroup
            key={`${version}-${metric.key}`}
            version={version}
            metric={metric}
            chosen={choices[metric.key]}
            onChoose={(value) => onChange(chooseMetric(calculator, vector, metric.key, value))}
          />
        ))}
      </div>
      <Field
        name="cvss"
        label={t('report.fields.cvss.label')}
        hint={t('report.fields.cvss.hint')}
        errors={[...errors, ...scoreErrors]}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            className="mono"
            maxLength={512}
            spellCheck={false}
            autoComplete="off"
            value={vector}
            onChange={(e) => onChange(pasteVector(calculator, e.target.value))}
          />
        )}
      </Field>
      <CvssScore state={score} />
    </div>
  );
}

function MetricGroup({
  version,
  metric,
  chosen,
  onChoose,
}: {
  version: CvssVersion;
  metric: CvssMetric;
  chosen: string | undefined;
  onChoose: (value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="choice-group cvss-metric">
      <legend>
        {t(`report.cvss.metrics.${metric.key}`)} <span className="mono">({metric.key})</span>
      </legend>
      {metric.values.map((value) => (
        <label key={value} className="choice">
          <input
            type="radio"
            name={`cvss-${version}-${metric.key}`}
            value={value}
            checked={chosen === value}
            onChange={() => onChoose(value)}
          />
          {t(valueLabelKey(metric.key, value))} <span className="mono">({value})</span>
        </label>
      ))}
    </fieldset>
  );
}
