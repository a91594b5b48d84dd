// The fake API must be installed before the client module starts.
import { calls, onApi, problem, resetApi } from '../account/fake-api.js';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadSession } from '../../api/session.js';
import {
  field,
  fill,
  loadConsoleTexts,
  ROLE_ABILITIES,
  showConsole,
  showIn,
  staffSession,
} from './console-test-kit.js';

const period = (month: number) => ({
  start: `2026-0${month}-01T00:00:00.000Z`,
  end: `2026-0${month + 1}-01T00:00:00.000Z`,
});
const durations = (
  overall: [number, number | null, number | null],
  byPeriod: [number, number | null, number | null][],
) => ({
  count: overall[0],
  medianHours: overall[1],
  p90Hours: overall[2],
  byPeriod: byPeriod.map(([count, medianHours, p90Hours], i) => ({
    ...period(i + 1),
    count,
    medianHours,
    p90Hours,
  })),
});
const clock = (met: number, missed: number) => ({
  met,
  missed,
  rate: met + missed === 0 ? null : met / (met + missed),
});
const states = (counts: Partial<Record<string, number>>) => ({
  new: 0,
  triage: 0,
  'needs-info': 0,
  'review-repro': 0,
  develop: 0,
  'pre-release': 0,
  complete: 0,
  ...counts,
});
const severities = (counts: Partial<Record<string, number>>) => ({
  critical: 0,
  important: 0,
  moderate: 0,
  low: 0,
  unrated: 0,
  ...counts,
});
const product = (n: number, count: number) => ({ productId: `p${n}`, name: `Product ${n}`, count });

const METRICS = {
  range: {
    from: '2026-01-01',
    to: '2026-03-20',
    start: '2026-01-01T00:00:00.000Z',
    end: '2026-03-20T12:00:00.000Z',
  },
  interval: 'month',
  timeToFirstResponse: durations(
    [10, 5.5, 20],
    [
      [5, 4.5, 10],
      [0, null, null],
      [5, 6.5, 22],
    ],
  ),
  timeToTriage: durations(
    [4, 30, 60],
    [
      [2, 24, 40],
      [1, 30, 30],
      [1, 60, 60],
    ],
  ),
  timeToFix: durations(
    [2, 360, 480],
    [
      [0, null, null],
      [1, 240, 240],
      [1, 480, 480],
    ],
  ),
  slaCompliance: [
    { ...period(1), firstResponse: clock(4, 1), triage: clock(2, 0), fix: clock(0, 0) },
    { ...period(2), firstResponse: clock(0, 0), triage: clock(1, 1), fix: clock(1, 0) },
    { ...period(3), firstResponse: clock(5, 0), triage: clock(0, 1), fix: clock(1, 1) },
  ],
  backlog: [
    {
      at: '2026-02-01T00:00:00.000Z',
      total: 3,
      byState: states({ new: 1, triage: 2 }),
      bySeverity: severities({ unrated: 3 }),
      byProduct: [product(1, 1), { productId: null, name: null, count: 2 }],
    },
    {
      at: '2026-03-01T00:00:00.000Z',
      total: 4,
      byState: states({ triage: 1, develop: 3 }),
      bySeverity: severities({ critical: 1, moderate: 3 }),
      byProduct: [1, 2, 3, 4].map((n) => product(n, 1)),
    },
    {
      at: '2026-03-20T12:00:00.000Z',
      total: 7,
      byState: states({ develop: 2, 'pre-release': 5 }),
      bySeverity: severities({ critical: 2, important: 5 }),
      byProduct: [2, 3, 4, 5, 6, 7, 8].map((n) => product(n, 1)),
    },
  ],
};

beforeAll(loadConsoleTexts);
beforeEach(async () => {
  resetApi();
  onApi('GET /api/v1/session', { status: 200, body: staffSession('auditor') });
  onApi('GET /api/v1/metrics', { status: 200, body: METRICS });
  await act(() => loadSession(true));
});
afterEach(cleanup);

async function chart(name: string): Promise<HTMLElement> {
  return screen.findByRole('figure', { name });
}
/** The tooltips of a chart's bars or points, in drawing order. */
function tooltips(figure: HTMLElement, selector: string): string[] {
  return [...figure.querySelectorAll(`svg ${selector} > title`)].map((t) => t.textContent);
}
/** The rows of a chart's data table, each as its cells' texts. */
function tableRows(figure: HTMLElement): string[][] {
  fireEvent.click(within(figure).getByText(/^Data table:/));
  return within(figure)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));
}

describe('the metrics page', () => {
  it('draws the times as lines of median and 90th percentile, with their table', async () => {
    showConsole('/console/metrics');
    const first = await chart('Time to first response');
    const svg = within(first).getByRole('img', { name: /^Time to first response/ });
    expect(svg.getAttribute('aria-labelledby')?.split(' ')).toHaveLength(2);
    expect(svg.querySelector('desc')?.textContent).toMatch(
      /median and 90th percentile per period, in hours/,
    );
    expect([...svg.querySelectorAll('.chart-category')].map((t) => t.textContent)).toEqual([
      'Jan 26',
      'Feb 26',
      'Mar 26',
    ]);
    // Round ticks up to the longest time; the axis names the unit.
    expect([...svg.querySelectorAll('.chart-axis > g > text')].map((t) => t.textContent)).toEqual([
      '0',
      '5',
      '10',
      '15',
      '20',
      '25',
    ]);
    expect(svg.querySelector('.chart-axis-label')?.textContent).toBe('Hours');
    // February has no figures: no marker, and a gap in each line.
    expect(tooltips(first, '.chart-marker')).toEqual([
      'January 2026 · Median: 4.5 h',
      'March 2026 · Median: 6.5 h',
      'January 2026 · 90th percentile: 10 h',
      'March 2026 · 90th percentile: 22 h',
    ]);
    for (const path of svg.querySelectorAll('.chart-line path')) {
      expect(path.getAttribute('d')?.match(/M/g)).toHaveLength(2);
    }
    expect(
      within(first)
        .getAllByRole('listitem')
        .map((li) => li.textContent?.trim()),
    ).toEqual(['Median', '90th percentile']);
    expect(tableRows(first)).toEqual([
      ['Period', 'Median', '90th percentile'],
      ['January 2026', '4.5 h', '10 h'],
      ['February 2026', 'no data', 'no data'],
      ['March 2026', '6.5 h', '22 h'],
    ]);
    // The figures of the whole range follow the chart.
    const summary = screen.getByRole('figure', { name: 'Time to first response' }).nextSibling;
    expect(summary?.textContent).toBe('Median5.5 h90th percentile20 hMeasured on10 reports');
  });

  it('shows long times in days', async () => {
    showConsole('/console/metrics');
    const fix = await chart('Time to fix');
    expect(within(fix).getByRole('img').querySelector('.chart-axis-label')?.textContent).toBe(
      'Days',
    );
    expect(tooltips(fix, '.chart-marker')).toEqual([
      'February 2026 · Median: 10 d',
      'March 2026 · Median: 20 d',
      'February 2026 · 90th percentile: 10 d',
      'March 2026 · 90th percentile: 20 d',
    ]);
  });

  it('shows short times in minutes, with ticks told apart', async () => {
    // Triage within 3 to 6 minutes: in hours the axis would read 0, 0, 0.1.
    onApi('GET /api/v1/metrics', {
      status: 200,
      body: {
        ...METRICS,
        timeToTriage: durations(
          [3, 0.075, 0.1],
          [
            [1, 0.05, 0.05],
            [1, 0.075, 0.075],
            [1, 0.1, 0.1],
          ],
        ),
      },
    });
    showConsole('/console/metrics');
    const triage = await chart('Time to triage');
    const svg = within(triage).getByRole('img');
    expect(svg.querySelector('.chart-axis-label')?.textContent).toBe('Minutes');
    expect([...svg.querySelectorAll('.chart-axis > g > text')].map((t) => t.textContent)).toEqual([
      '0',
      '2',
      '4',
      '6',
    ]);
    expect(tooltips(triage, '.chart-marker').slice(0, 3)).toEqual([
      'January 2026 · Median: 3 min',
      'February 2026 · Median: 4.5 min',
      'March 2026 · Median: 6 min',
    ]);
    const summary = screen.getByRole('figure', { name: 'Time to triage' }).nextSibling;
    expect(summary?.textContent).toBe('Median4.5 min90th percentile6 minMeasured on3 reports');

    await act(() => showIn('ja'));
    try {
      expect(svg.querySelector('.chart-axis-label')?.textContent).toBe('分');
      expect(summary?.textContent).toMatch(/4\.5 分.*6 分/);
    } finally {
      await act(() => showIn('en'));
    }
  });

  it('draws SLA compliance as one bar per clock and period that counted', async () => {
    showConsole('/console/metrics');
    const sla = await chart('Clocks met on time');
    expect(tooltips(sla, '.chart-bar')).toEqual([
      'January 2026 · First response: 80 %',
      'January 2026 · Triage: 100 %',
      'February 2026 · Triage: 50 %',
      'February 2026 · Fix: 100 %',
      'March 2026 · First response: 100 %',
      'March 2026 · Triage: 0 %',
      'March 2026 · Fix: 50 %',
    ]);
    expect(
      [...within(sla).getByRole('img').querySelectorAll('.chart-axis text')].map(
        (t) => t.textContent,
      ),
    ).toEqual(expect.arrayContaining(['0 %', '100 %', 'Percent met']));
    expect(tableRows(sla)).toEqual([
      ['Period', 'First response', 'Triage', 'Fix'],
      ['January 2026', '80 % (4 met, 1 missed)', '100 % (2 met, 0 missed)', 'no data'],
      ['February 2026', 'no data', '50 % (1 met, 1 missed)', '100 % (1 met, 0 missed)'],
      ['March 2026', '100 % (5 met, 0 missed)', '0 % (0 met, 1 missed)', '50 % (1 met, 1 missed)'],
    ]);
  });

  it('stacks the backlog by state, severity and product at the end of each period', async () => {
    showConsole('/console/metrics');
    const byState = await chart('Open reports by state');
    expect(tooltips(byState, '.chart-bar')).toEqual([
      'January 2026 · New: 1',
      'January 2026 · In triage: 2',
      'February 2026 · In triage: 1',
      'February 2026 · Fix in development: 3',
      'March 2026 · Fix in development: 2',
      'March 2026 · Pre-release: 5',
    ]);
    expect(tableRows(byState).map((row) => [row[0], row.at(-1)])).toEqual([
      ['Period', 'Total'],
      ['January 2026', '3'],
      ['February 2026', '4'],
      ['March 2026', '7'],
    ]);
    const bySeverity = await chart('Open reports by severity');
    expect(tooltips(bySeverity, '.chart-bar')).toHaveLength(5);

    const byProduct = await chart('Open reports by product');
    // Five products by their largest backlog (then by name), the rest together, then none.
    expect(
      within(byProduct)
        .getAllByRole('listitem')
        .map((li) => li.textContent?.trim()),
    ).toEqual([
      'Product 1',
      'Product 2',
      'Product 3',
      'Product 4',
      'Product 5',
      'Other products',
      'No product',
    ]);
    expect(tooltips(byProduct, '.chart-bar').filter((t) => t.startsWith('March'))).toEqual([
      'March 2026 · Product 2: 1',
      'March 2026 · Product 3: 1',
      'March 2026 · Product 4: 1',
      'March 2026 · Product 5: 1',
      'March 2026 · Other products: 3',
    ]);
  });

  it('asks for the range chosen, and shows the server’s objection beside the field', async () => {
    showConsole('/console/metrics');
    await chart('Clocks met on time');
    expect(field('from')?.value).toBe('2026-01-01');
    expect(field('to')?.value).toBe('2026-03-20');
    expect(field('interval')?.value).toBe('month');
    onApi('GET /api/v1/metrics', (call) =>
      call.query.get('from') === '2031-01-01'
        ? {
            status: 400,
            body: problem(400, 'validation-failed', [
              { path: 'from', message: 'is in the future' },
            ]),
          }
        : { status: 200, body: { ...METRICS, interval: 'week' } },
    );
    fill('from', '2025-12-01');
    fill('interval', 'week');
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    await waitFor(() =>
      expect(screen.getByTestId('where').textContent).toBe(
        '/console/metrics?from=2025-12-01&to=2026-03-20&interval=week',
      ),
    );
    await waitFor(() =>
      expect(calls.at(-1)?.query.toString()).toBe('from=2025-12-01&to=2026-03-20&interval=week'),
    );
    expect(await screen.findByText(/by week/, { selector: 'p.lead' })).toBeTruthy();

    fill('from', '2031-01-01');
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    const message = await screen.findByText('is in the future', { selector: '.field-error' });
    expect(message.closest('.field')?.querySelector('[name="from"]')).toBeTruthy();
    expect(field('from')?.value).toBe('2031-01-01');
    expect(screen.queryByRole('figure')).toBeNull();
  });
});

describe('the console navigation', () => {
  it('links the metrics for roles that may read them', async () => {
    showConsole('/console/metrics');
    const nav = within(await screen.findByRole('navigation', { name: 'Console' }));
    expect(nav.getByRole('link', { name: 'Metrics' }).getAttribute('href')).toBe(
      '/console/metrics',
    );
  });

  it('leaves the link out, and the page refuses, without metrics.read', async () => {
    onApi('GET /api/v1/session', {
      status: 200,
      body: {
        ...staffSession('triager'),
        abilities: ROLE_ABILITIES.triager.filter((a) => a !== 'metrics.read'),
      },
    });
    await act(() => loadSession(true));
    showConsole('/console/metrics');
    expect(await screen.findByText('Your role may not read the response metrics.')).toBeTruthy();
    const nav = within(screen.getByRole('navigation', { name: 'Console' }));
    expect(nav.queryByRole('link', { name: 'Metrics' })).toBeNull();
    expect(calls.some((c) => c.path === '/api/v1/metrics')).toBe(false);
  });
});
