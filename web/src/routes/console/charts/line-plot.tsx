import type { ReactNode } from 'react';
import type { ChartData, Frame } from './chart-data.js';

/** Marker shapes by series, so lines differ by more than colour. */
export const MARKERS = ['circle', 'square', 'triangle', 'diamond'] as const;
type MarkerShape = (typeof MARKERS)[number];

/**
 * One line per series through the categories' centres, broken where a value is missing, with a
 * marker at every value.
 */
export function LinePlot({
  data,
  frame,
  tooltip,
}: {
  data: ChartData;
  frame: Frame;
  tooltip: (series: number, category: number, value: number) => string;
}) {
  const band = frame.width / Math.max(1, data.categories.length);
  const x = (category: number) => frame.left + band * (category + 0.5);
  const y = (value: number) => frame.top + frame.height * (1 - value / frame.max);
  return (
    <g className="chart-lines">
      {data.series.map((s, si) => (
        <g key={s.key} className={`chart-line chart-color-${si % 8}`}>
          <path d={linePath(s.values, x, y)} strokeDasharray={si % 2 === 1 ? '6 4' : undefined} />
          {s.values.map((value, ci) =>
            value === null ? null : (
              <Marker
                key={data.categories[ci]?.full ?? ci}
                shape={MARKERS[si % MARKERS.length] ?? 'circle'}
                x={x(ci)}
                y={y(value)}
              >
                <title>{tooltip(si, ci, value)}</title>
              </Marker>
            ),
          )}
        </g>
      ))}
    </g>
  );
}

/** An SVG path through the values, lifting the pen over missing ones. */
export function linePath(
  values: readonly (number | null)[],
  x: (index: number) => number,
  y: (value: number) => number,
): string {
  let pen: 'up' | 'down' = 'up';
  const parts: string[] = [];
  values.forEach((value, i) => {
    if (value === null) {
      pen = 'up';
      return;
    }
    parts.push(`${pen === 'up' ? 'M' : 'L'}${x(i).toFixed(1)} ${y(value).toFixed(1)}`);
    pen = 'down';
  });
  return parts.join(' ');
}

export function Marker({
  shape,
  x,
  y,
  children,
}: {
  shape: MarkerShape;
  x: number;
  y: number;
  children?: ReactNode;
}) {
  const r = 4;
  switch (shape) {
    case 'circle':
      return (
        <circle className="chart-marker" cx={x} cy={y} r={r}>
          {children}
        </circle>
      );
    case 'square':
      return (
        <rect className="chart-marker" x={x - r} y={y - r} width={2 * r} height={2 * r}>
          {children}
        </rect>
      );
    case 'triangle':
      return (
        <path
          className="chart-marker"
          d={`M${x} ${y - r - 1} L${x + r + 1} ${y + r} L${x - r - 1} ${y + r} Z`}
        >
          {children}
        </path>
      );
    case 'diamond':
      return (
        <path
          className="chart-marker"
          d={`M${x} ${y - r - 1} L${x + r + 1} ${y} L${x} ${y + r + 1} L${x - r - 1} ${y} Z`}
        >
          {children}
        </path>
      );
  }
}
