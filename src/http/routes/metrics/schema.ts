import { Type } from 'typebox';
import { BACKLOG_STATES } from '../../../domain/metrics/aggregate.js';
import { MAX_RANGE_YEARS, METRICS_INTERVALS } from '../../../domain/metrics/periods.js';
import { SLA_SEVERITY_KEYS } from '../../../domain/sla/policy.js';

export const MetricsQuery = Type.Object(
  {
    from: Type.Optional(
      Type.String({
        format: 'date',
        description:
          'First day of the range (YYYY-MM-DD, UTC), included. Default: the first day of the month eleven months before `to`.',
      }),
    ),
    to: Type.Optional(
      Type.String({
        format: 'date',
        description: `Last day of the range (YYYY-MM-DD, UTC), included; the range stops at the current time. Default: today. At most ${MAX_RANGE_YEARS} years after \`from\`.`,
      }),
    ),
    interval: Type.Optional(
      Type.Enum(METRICS_INTERVALS, {
        description:
          'Length of the periods the range is cut into: ISO weeks (from Monday) or calendar months. Default: month.',
      }),
    ),
  },
  { additionalProperties: false },
);

const Time = (description: string) => Type.String({ format: 'date-time', description });
const Hours = (description: string) => Type.Union([Type.Number(), Type.Null()], { description });

const durationFields = {
  count: Type.Integer({ description: 'How many reports the durations were measured on.' }),
  medianHours: Hours('Median duration in hours (0.01 h); null without durations.'),
  p90Hours: Hours(
    '90th percentile in hours (0.01 h), by linear interpolation between closest ranks; null without durations.',
  ),
};

const Durations = (what: string) =>
  Type.Object(
    {
      ...durationFields,
      byPeriod: Type.Array(
        Type.Object({
          start: Time('Start of the period (UTC), included.'),
          end: Time('End of the period (UTC), excluded.'),
          ...durationFields,
        }),
        { description: 'The same summary for each period, by the time the clock was satisfied.' },
      ),
    },
    {
      description: `${what}: calendar time from receipt, pauses included, of the reports whose clock was satisfied within the range.`,
    },
  );

const Compliance = (clock: string) =>
  Type.Object(
    {
      met: Type.Integer({ description: 'Clocks satisfied on time (counted when satisfied).' }),
      missed: Type.Integer({
        description: 'Clocks that fell due unsatisfied (counted at their due time).',
      }),
      rate: Type.Union([Type.Number(), Type.Null()], {
        description: 'met / (met + missed), 0 to 1 (four decimals); null when none counted.',
      }),
    },
    { description: `The ${clock} clock.` },
  );

const counts = (keys: readonly string[], what: (key: string) => string) =>
  Object.fromEntries(keys.map((k) => [k, Type.Integer({ description: what(k) })]));

export const MetricsSchema = Type.Object({
  range: Type.Object(
    {
      from: Type.String({ format: 'date', description: 'First day of the range (UTC).' }),
      to: Type.String({ format: 'date', description: 'Last day of the range (UTC).' }),
      start: Time('Start of the range: `from` at 00:00 UTC.'),
      end: Time('End of the range: the end of `to`, or the current time if earlier.'),
    },
    { description: 'The range measured.' },
  ),
  interval: Type.Enum(METRICS_INTERVALS, { description: 'Length of the periods.' }),
  timeToFirstResponse: Durations('Time to first response'),
  timeToTriage: Durations('Time to triage (accepted as a case or rejected)'),
  timeToFix: Durations('Time to fix (case complete)'),
  slaCompliance: Type.Array(
    Type.Object({
      start: Time('Start of the period (UTC), included.'),
      end: Time('End of the period (UTC), excluded.'),
      firstResponse: Compliance('first-response'),
      triage: Compliance('triage'),
      fix: Compliance('fix'),
    }),
    {
      description:
        'SLA outcomes per period: a clock counts once, when met or when it fell due unsatisfied. Running and stopped clocks do not count.',
    },
  ),
  backlog: Type.Array(
    Type.Object({
      at: Time('The moment counted: the end of the period (UTC).'),
      total: Type.Integer({ description: 'Open reports (every state but closed and rejected).' }),
      byState: Type.Object(
        counts(BACKLOG_STATES, (s) => `Open reports in ${s}.`),
        { description: 'Open reports by their state at that moment.' },
      ),
      bySeverity: Type.Object(
        counts(SLA_SEVERITY_KEYS, (s) =>
          s === 'unrated' ? 'Open reports not rated yet.' : `Open reports rated ${s}.`,
        ),
        { description: 'Open reports by their vendor severity at that moment.' },
      ),
      byProduct: Type.Array(
        Type.Object({
          productId: Type.Union([Type.String(), Type.Null()], {
            description: 'Catalogue product id; null for reports without a product.',
          }),
          name: Type.Union([Type.String(), Type.Null()], {
            description:
              'Product name; null for reports without a product or a product no longer in the catalogue.',
          }),
          count: Type.Integer({ description: 'Open reports of that product.' }),
        }),
        {
          description:
            'Open reports by their product at that moment, products with none left out; by name, reports without a product last.',
        },
      ),
    }),
    {
      description:
        'Open reports at the end of each period, rebuilt from the status, severity and product history.',
    },
  ),
});
