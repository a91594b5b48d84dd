import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Problem } from '../../api/problem.js';
import { messagesFor } from '../account/field-errors.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { Field } from '../../components/field.js';
import { Chart } from './charts/chart.js';
import type { ChartCategory } from './charts/chart-data.js';
import {
  BACKLOG_SEVERITIES,
  BACKLOG_STATES,
  backlogChart,
  complianceChart,
  durationChart,
  durationUnit,
  inUnit,
  periodCategory,
  productBacklogChart,
  type Durations,
  type Metrics,
} from './metrics-charts.js';
import {
  METRICS_INTERVALS,
  metricsQueryOf,
  searchOfMetricsQuery,
  type MetricsQuery,
} from './metrics-query.js';
import { StaffPage } from './staff-gate.js';
import { may } from './staff-roles.js';
import { useMetrics } from './use-metrics.js';

/**
 * `/console/metrics`: times to first response, triage and fix; SLA compliance; the backlog by
 * state, severity and product, each over the periods of a range the address names.
 */
export function MetricsPage() {
  const { t } = useTranslation();
  return (
    <StaffPage title={t('console.metrics.title')}>
      {(account) =>
        may(account, 'metrics.read') ? (
          <MetricsContent />
        ) : (
          <p className="panel notice-warn">{t('console.metrics.notAllowed')}</p>
        )
      }
    </StaffPage>
  );
}

function MetricsContent() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const query = metricsQueryOf(search);
  const state = useMetrics(query);
  const shown: MetricsQuery =
    state.kind === 'ready'
      ? {
          from: state.metrics.range.from,
          to: state.metrics.range.to,
          interval: state.metrics.interval,
        }
      : query;
  return (
    <>
      <RangeForm
        // The form starts over from each answer: the range the server measured.
        key={JSON.stringify(shown)}
        values={shown}
        problem={state.kind === 'refused' ? state.problem : undefined}
        onApply={(next) => setSearch(searchOfMetricsQuery(next))}
      />
      {state.kind === 'loading' && (
        <p role="status" className="muted">
          {t('console.loading')}
        </p>
      )}
      {state.kind === 'failed' && (
        <p role="alert" className="panel notice-warn">
          {t('console.network')}
        </p>
      )}
      {state.kind === 'refused' && state.problem.errors.length === 0 && (
        <p role="alert" className="panel notice-warn">
          {t('console.failed', { detail: state.problem.detail })}
        </p>
      )}
      {state.kind === 'ready' && <MetricsCharts metrics={state.metrics} />}
    </>
  );
}

function RangeForm({
  values,
  problem,
  onApply,
}: {
  values: MetricsQuery;
  problem: Problem | undefined;
  onApply: (query: MetricsQuery) => void;
}) {
  const { t } = useTranslation();
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    onApply(metricsQueryOf(new FormData(e.currentTarget)));
  };
  const label = (name: string) => t(`console.metrics.range.${name}`, { defaultValue: name });
  return (
    <>
      {problem !== undefined && problem.errors.length > 0 && (
        <ErrorSummary errors={problem.errors} labelFor={label} />
      )}
      <form className="metrics-range" noValidate onSubmit={onSubmit}>
        {(['from', 'to'] as const).map((name) => (
          <Field
            key={name}
            name={name}
            label={label(name)}
            errors={messagesFor(problem?.errors ?? [], name, t)}
          >
            {(control) => <input {...control} type="date" defaultValue={values[name] ?? ''} />}
          </Field>
        ))}
        <Field
          name="interval"
          label={label('interval')}
          errors={messagesFor(problem?.errors ?? [], 'interval', t)}
        >
          {(control) => (
            <select {...control} defaultValue={values.interval ?? 'month'}>
              {METRICS_INTERVALS.map((i) => (
                <option key={i} value={i}>
                  {t(`console.metrics.interval.${i}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <p className="actions">
          <button type="submit" className="button primary">
            {t('console.metrics.range.apply')}
          </button>
        </p>
      </form>
    </>
  );
}

function MetricsCharts({ metrics }: { metrics: Metrics }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const categories: ChartCategory[] = metrics.slaCompliance.map((p) =>
    periodCategory(p.start, metrics.interval, language, (date) =>
      t('console.metrics.weekOf', { date }),
    ),
  );
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const count = (value: number) => number.format(value);
  const percent = (value: number) => t('console.metrics.percent', { value: number.format(value) });
  const period = t(`console.metrics.per.${metrics.interval}`);
  const span = t('console.metrics.span', {
    from: metrics.range.from,
    to: metrics.range.to,
    period,
  });

  return (
    <>
      <p className="lead">{span}</p>
      <section aria-labelledby="metrics-times">
        <h2 id="metrics-times">{t('console.metrics.timesHeading')}</h2>
        <div className="chart-grid-layout">
          {(['timeToFirstResponse', 'timeToTriage', 'timeToFix'] as const).map((key) => (
            <DurationChart
              key={key}
              what={key}
              durations={metrics[key]}
              categories={categories}
              span={span}
            />
          ))}
        </div>
      </section>
      <section aria-labelledby="metrics-sla">
        <h2 id="metrics-sla">{t('console.metrics.slaHeading')}</h2>
        <Chart
          kind="grouped-bar"
          title={t('console.metrics.sla.title')}
          description={t('console.metrics.sla.desc', { span })}
          data={complianceChart(metrics.slaCompliance, categories, (clock) =>
            t(`console.metrics.clock.${clock}`),
          )}
          valueLabel={t('console.metrics.sla.axis')}
          format={percent}
          fixedMax={100}
          cell={(series, category) => {
            const row = metrics.slaCompliance[category];
            const clock = (['firstResponse', 'triage', 'fix'] as const)[series];
            if (row === undefined || clock === undefined) return '';
            const { met, missed, rate } = row[clock];
            return rate === null
              ? t('console.charts.noData')
              : t('console.metrics.sla.cell', { rate: percent(rate * 100), met, missed });
          }}
        />
      </section>
      <section aria-labelledby="metrics-backlog">
        <h2 id="metrics-backlog">{t('console.metrics.backlogHeading')}</h2>
        <div className="chart-grid-layout">
          <Chart
            kind="stacked-bar"
            title={t('console.metrics.backlog.byState')}
            description={t('console.metrics.backlog.desc', { span })}
            data={backlogChart(metrics.backlog, categories, 'byState', BACKLOG_STATES, (s) =>
              t(`console.status.${s}`),
            )}
            valueLabel={t('console.metrics.backlog.axis')}
            format={count}
          />
          <Chart
            kind="stacked-bar"
            title={t('console.metrics.backlog.bySeverity')}
            description={t('console.metrics.backlog.desc', { span })}
            data={backlogChart(metrics.backlog, categories, 'bySeverity', BACKLOG_SEVERITIES, (s) =>
              t(`console.severity.${s}`),
            )}
            valueLabel={t('console.metrics.backlog.axis')}
            format={count}
          />
          <Chart
            kind="stacked-bar"
            title={t('console.metrics.backlog.byProduct')}
            description={t('console.metrics.backlog.productDesc', { span })}
            data={productBacklogChart(metrics.backlog, categories, {
              other: t('console.metrics.backlog.otherProducts'),
              none: t('console.metrics.backlog.noProduct'),
              unnamed: t('console.metrics.backlog.unnamedProduct'),
            })}
            valueLabel={t('console.metrics.backlog.axis')}
            format={count}
          />
        </div>
      </section>
    </>
  );
}

/** One of the three times: its overall figures, then median and 90th percentile per period. */
function DurationChart({
  what,
  durations,
  categories,
  span,
}: {
  what: 'timeToFirstResponse' | 'timeToTriage' | 'timeToFix';
  durations: Durations;
  categories: readonly ChartCategory[];
  span: string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const unit = durationUnit(durations);
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const format = (value: number) => t(`console.metrics.${unit}`, { value: number.format(value) });
  const overall = (hours: number | null) =>
    hours === null ? t('console.charts.noData') : format(inUnit(hours, unit));
  const title = t(`console.metrics.time.${what}`);
  return (
    <div>
      <Chart
        kind="line"
        title={title}
        description={t('console.metrics.time.desc', {
          what: title,
          span,
          unit: t(`console.metrics.unitWord.${unit}`),
        })}
        data={durationChart(durations, categories, unit, {
          median: t('console.metrics.median'),
          p90: t('console.metrics.p90'),
        })}
        valueLabel={t(`console.metrics.unit.${unit}`)}
        format={format}
        tick={(value, decimals) =>
          new Intl.NumberFormat(language, { maximumFractionDigits: decimals }).format(value)
        }
      />
      <dl className="metrics-summary">
        <dt>{t('console.metrics.median')}</dt>
        <dd>{overall(durations.medianHours)}</dd>
        <dt>{t('console.metrics.p90')}</dt>
        <dd>{overall(durations.p90Hours)}</dd>
        <dt>{t('console.metrics.measured')}</dt>
        <dd>{t('console.metrics.reports', { count: durations.count })}</dd>
      </dl>
    </div>
  );
}
