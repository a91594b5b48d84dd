import { useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BarPlot } from './bar-plot.js';
import { LinePlot, MARKERS, Marker } from './line-plot.js';
import { labelStride, valueScale } from './scale.js';
import type { ChartData, Frame } from './chart-data.js';
import { useWidth } from './use-width.js';

export type ChartKind = 'line' | 'stacked-bar' | 'grouped-bar';

/** Drawn at the width it is shown (at least `MIN_WIDTH`), so text keeps the page's size. */
const DEFAULT_WIDTH = 640;
const MIN_WIDTH = 280;
const HEIGHT = 260;
const MARGIN = { top: 12, right: 12, bottom: 36, left: 64 };
/** Room a category label under the axis takes, in pixels. */
const LABEL_ROOM = 56;

/**
 * A chart drawn as inline SVG: value axis with round ticks, category axis, a legend, and the
 * same figures as a table in a `<details>` for screen readers and for reading exact values. The
 * SVG is one image (`role="img"`) named by its `<title>` and described by its `<desc>`; each
 * bar and point carries a `<title>` for pointer users. Colours come from `console.css`
 * (`chart-color-N`); lines also differ by marker and dash, so colour is never the only cue.
 */
export function Chart({
  kind,
  title,
  description,
  data,
  valueLabel,
  format,
  tick = format,
  cell,
  fixedMax,
}: {
  kind: ChartKind;
  title: string;
  description: string;
  data: ChartData;
  /** What the values are, e.g. "Hours" (the value axis' label and the table's header). */
  valueLabel: string;
  /** A value as text, for tooltips and the table (and ticks, unless `tick` is given). */
  format: (value: number) => string;
  /**
   * A tick of the value axis as text, when shorter than `format` (the axis names the unit),
   * given the decimals the ticks need to be told apart.
   */
  tick?: (value: number, decimals: number) => string;
  /** The table's text for one value, when it says more than `format` (e.g. counts). */
  cell?: (series: number, category: number) => string;
  /** A fixed top of the value axis (100 for percentages). */
  fixedMax?: number;
}) {
  const { t } = useTranslation();
  const id = useId();
  const figure = useRef<HTMLElement>(null);
  const width = Math.max(MIN_WIDTH, useWidth(figure, DEFAULT_WIDTH));
  const largest =
    kind === 'stacked-bar'
      ? Math.max(0, ...data.categories.map((_, i) => total(data, i)))
      : Math.max(0, ...data.series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const scale = valueScale(fixedMax ?? largest);
  const frame: Frame = {
    left: MARGIN.left,
    top: MARGIN.top,
    width: width - MARGIN.left - MARGIN.right,
    height: HEIGHT - MARGIN.top - MARGIN.bottom,
    max: scale.max,
  };
  const band = frame.width / Math.max(1, data.categories.length);
  const y = (value: number) => frame.top + frame.height * (1 - value / frame.max);
  const stride = labelStride(
    data.categories.length,
    Math.max(1, Math.floor(frame.width / LABEL_ROOM)),
  );
  const tooltip = (series: number, category: number, value: number) =>
    `${data.categories[category]?.full ?? ''} · ${data.series[series]?.label ?? ''}: ${format(value)}`;
  const empty = data.categories.length === 0;

  return (
    <figure className="chart" aria-labelledby={`${id}-caption`} ref={figure}>
      <figcaption id={`${id}-caption`}>{title}</figcaption>
      {empty ? (
        <p className="muted">{t('console.charts.empty')}</p>
      ) : (
        <svg
          width={width}
          height={HEIGHT}
          viewBox={`0 0 ${width} ${HEIGHT}`}
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
          className="chart-svg"
        >
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{description}</desc>
          <g className="chart-axis">
            {scale.ticks.map((value) => (
              <g key={value}>
                <line
                  className="chart-grid"
                  x1={frame.left}
                  x2={frame.left + frame.width}
                  y1={y(value)}
                  y2={y(value)}
                />
                <text x={frame.left - 6} y={y(value)} dy="0.32em" textAnchor="end">
                  {tick(value, scale.decimals)}
                </text>
              </g>
            ))}
            <text
              className="chart-axis-label"
              transform={`translate(12 ${frame.top + frame.height / 2}) rotate(-90)`}
              textAnchor="middle"
            >
              {valueLabel}
            </text>
            <line
              x1={frame.left}
              x2={frame.left + frame.width}
              y1={frame.top + frame.height}
              y2={frame.top + frame.height}
            />
            {data.categories.map((c, i) =>
              i % stride === 0 ? (
                <text
                  key={c.full}
                  className="chart-category"
                  x={frame.left + band * (i + 0.5)}
                  y={frame.top + frame.height + 18}
                  textAnchor="middle"
                >
                  {c.axis}
                </text>
              ) : null,
            )}
          </g>
          {kind === 'line' ? (
            <LinePlot data={data} frame={frame} tooltip={tooltip} />
          ) : (
            <BarPlot data={data} frame={frame} stacked={kind === 'stacked-bar'} tooltip={tooltip} />
          )}
        </svg>
      )}
      <Legend data={data} kind={kind} />
      {!empty && (
        <details className="chart-table">
          <summary>{t('console.charts.table', { title })}</summary>
          <div className="table-scroll">
            <table>
              <caption className="visually-hidden">
                {title} ({valueLabel})
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('console.charts.period')}</th>
                  {data.series.map((s) => (
                    <th key={s.key} scope="col">
                      {s.label}
                    </th>
                  ))}
                  {kind === 'stacked-bar' && <th scope="col">{t('console.charts.total')}</th>}
                </tr>
              </thead>
              <tbody>
                {data.categories.map((c, i) => (
                  <tr key={c.full}>
                    <th scope="row">{c.full}</th>
                    {data.series.map((s, si) => (
                      <td key={s.key}>
                        {cell?.(si, i) ?? valueText(s.values[i] ?? null, format, t)}
                      </td>
                    ))}
                    {kind === 'stacked-bar' && <td>{format(total(data, i))}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </figure>
  );
}

function total(data: ChartData, category: number): number {
  return data.series.reduce((sum, s) => sum + (s.values[category] ?? 0), 0);
}

function valueText(
  value: number | null,
  format: (value: number) => string,
  t: (key: string) => string,
): string {
  return value === null ? t('console.charts.noData') : format(value);
}

/** The series' names with their colour and, for lines, their marker and dash. */
function Legend({ data, kind }: { data: ChartData; kind: ChartKind }) {
  return (
    <ul className="chart-legend">
      {data.series.map((s, i) => (
        <li key={s.key}>
          <LegendKey index={i} line={kind === 'line'} /> {s.label}
        </li>
      ))}
    </ul>
  );
}

function LegendKey({ index, line }: { index: number; line: boolean }): ReactNode {
  return (
    <svg width="28" height="14" viewBox="0 0 28 14" aria-hidden="true" focusable="false">
      {line ? (
        <g className={`chart-line chart-color-${index % 8}`}>
          <line
            x1="1"
            x2="27"
            y1="7"
            y2="7"
            strokeDasharray={index % 2 === 1 ? '6 4' : undefined}
          />
          <Marker shape={MARKERS[index % MARKERS.length] ?? 'circle'} x={14} y={7} />
        </g>
      ) : (
        <rect className={`chart-bar chart-color-${index % 8}`} x="7" y="1" width="14" height="12" />
      )}
    </svg>
  );
}
