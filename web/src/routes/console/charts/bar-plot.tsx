import type { ChartData, Frame } from './chart-data.js';

/** Share of a category's width its bars take (the rest separates categories). */
const FILL = 0.8;
/** Height of a bar whose value is zero. */
const ZERO_BAR = 1.5;

/**
 * Bars per category: stacked (one bar of segments, e.g. the backlog by state) or grouped side by
 * side (e.g. SLA compliance per clock). Zero and missing values draw nothing.
 */
export function BarPlot({
  data,
  frame,
  stacked,
  tooltip,
}: {
  data: ChartData;
  frame: Frame;
  stacked: boolean;
  tooltip: (series: number, category: number, value: number) => string;
}) {
  const band = frame.width / Math.max(1, data.categories.length);
  const y = (value: number) => frame.top + frame.height * (1 - value / frame.max);
  const count = data.series.length;
  const width = stacked ? band * FILL : (band * FILL) / Math.max(1, count);
  return (
    <g className="chart-bars">
      {data.categories.map((category, ci) => {
        const start = frame.left + band * ci + (band * (1 - FILL)) / 2;
        let base = 0;
        return (
          <g key={category.full}>
            {data.series.map((s, si) => {
              const value = s.values[ci] ?? null;
              // A stacked zero adds nothing; a grouped zero (0 % met) is a figure, drawn as a
              // sliver on the axis so that it differs from no figure at all.
              if (value === null || value < 0 || (stacked && value === 0)) return null;
              const from = stacked ? base : 0;
              if (stacked) base += value;
              const height = Math.max(ZERO_BAR, y(from) - y(from + value));
              return (
                <rect
                  key={s.key}
                  className={`chart-bar chart-color-${si % 8}`}
                  x={stacked ? start : start + width * si}
                  y={y(from) - height}
                  width={Math.max(0.5, width)}
                  height={height}
                >
                  <title>{tooltip(si, ci, value)}</title>
                </rect>
              );
            })}
          </g>
        );
      })}
    </g>
  );
}
