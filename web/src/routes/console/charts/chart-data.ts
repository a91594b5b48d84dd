/** What a chart draws: categories along one axis (periods), one or more series of values. */

export interface ChartCategory {
  /** The short label under the axis, e.g. "Mar 26". */
  axis: string;
  /** The full label for tooltips and the table, e.g. "March 2026". */
  full: string;
}

export interface ChartSeries {
  key: string;
  label: string;
  /** One value per category; null where there is nothing to show (no bar, a gap in a line). */
  values: readonly (number | null)[];
}

export interface ChartData {
  categories: readonly ChartCategory[];
  series: readonly ChartSeries[];
}

/** Where the plot sits inside the SVG, and the top of its value axis. */
export interface Frame {
  left: number;
  top: number;
  width: number;
  height: number;
  max: number;
}
