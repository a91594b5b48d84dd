// The fake API must be installed before the client module starts.
import { calls, onApi, problem, resetApi } from '../account/fake-api.js';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadSession } from '../../api/session.js';
import {
  field,
  fill,
  showConsole as show,
  loadConsoleTexts,
  staffSession,
} from './console-test-kit.js';

const SESSION = staffSession('triager');

function item(id: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    caseNumber: null,
    title: `Report ${id}`,
    status: 'new',
    severity: null,
    qualityTier: 'medium',
    assigneeId: null,
    productId: null,
    receivedAt: '2026-03-01T09:00:00.000Z',
    firstResponseDueAt: '2026-03-02T09:00:00.000Z',
    nextDueAt: '2026-03-02T09:00:00.000Z',
    sla: 'running',
    reporter: {
      submitted: 3,
      valid: 2,
      invalid: 0,
      score: 0.25,
      label: 'trusted',
      overLimit: null,
    },
    ...overrides,
  };
}

const queueCalls = () => calls.filter((c) => c.method === 'GET' && c.path === '/api/v1/reports');

beforeAll(loadConsoleTexts);
beforeEach(async () => {
  resetApi();
  onApi('GET /api/v1/session', { status: 200, body: SESSION });
  await act(() => loadSession(true));
});
afterEach(cleanup);

describe('the queue', () => {
  it('shows SLA state, case number, severity, reporter signal and limit in words', async () => {
    onApi('GET /api/v1/reports', {
      status: 200,
      body: {
        items: [
          item('VD-2026-00001', {
            sla: 'breached',
            caseNumber: 'VULN-2026-0007',
            severity: 'critical',
            status: 'review-repro',
          }),
          item('VD-2026-00002', {
            sla: 'paused',
            nextDueAt: null,
            reporter: {
              submitted: 9,
              valid: 0,
              invalid: 6,
              score: -0.5,
              label: 'noisy',
              overLimit: { max: 5, windowHours: 1, count: 6 },
            },
          }),
        ],
        next: null,
      },
    });
    show('/console');
    const rows = await screen.findAllByRole('row');
    const first = within(rows[1] as HTMLElement);
    expect(first.getByText('SLA breached')).toBeTruthy();
    expect(first.getByText('Case VULN-2026-0007')).toBeTruthy();
    expect(first.getByText('Critical')).toBeTruthy();
    expect(first.getByRole('link', { name: 'Report VD-2026-00001' }).getAttribute('href')).toBe(
      '/console/reports/VD-2026-00001',
    );
    const second = within(rows[2] as HTMLElement);
    expect(second.getByText('SLA paused')).toBeTruthy();
    expect(second.getByText('Noisy reporter')).toBeTruthy();
    expect(second.getByText('Over the submission limit: 6 reports in 1 h (limit 5)')).toBeTruthy();
    expect(first.queryByText(/Over the submission limit/)).toBeNull();
    expect(second.getByText('Unrated')).toBeTruthy();
  });

  it('reads its filters from the address and writes applied filters back to it', async () => {
    onApi('GET /api/v1/reports', { status: 200, body: { items: [], next: 'cur2' } });
    show('/console?status=triage&q=xss&cursor=cur1');
    await screen.findByText('No reports match these filters.');
    expect(Object.fromEntries(queueCalls()[0]?.query ?? [])).toEqual({
      status: 'triage',
      q: 'xss',
      cursor: 'cur1',
    });
    expect(field('status')?.value).toBe('triage');
    expect(field('q')?.value).toBe('xss');

    fill('assignee', 'me');
    fill('due', 'breached');
    fireEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    await waitFor(() =>
      expect(screen.getByTestId('where').textContent).toBe(
        '/console?status=triage&assignee=me&due=breached&q=xss',
      ),
    );
    await waitFor(() => expect(queueCalls()).toHaveLength(2));
    expect(queueCalls()[1]?.query.get('cursor')).toBeNull();
    expect(queueCalls()[1]?.query.get('assignee')).toBe('me');
  });

  it('pages on with the cursor the server gave', async () => {
    onApi('GET /api/v1/reports', { status: 200, body: { items: [item('VD-1')], next: 'c2' } });
    show('/console?due=at-risk');
    fireEvent.click(await screen.findByRole('link', { name: 'Next page' }));
    await waitFor(() =>
      expect(screen.getByTestId('where').textContent).toBe('/console?due=at-risk&cursor=c2'),
    );
    await waitFor(() => expect(queueCalls().at(-1)?.query.get('cursor')).toBe('c2'));
  });

  it('rejects the selected reports as spam after asking, and says what became of each', async () => {
    onApi('GET /api/v1/reports', {
      status: 200,
      body: { items: [item('VD-1'), item('VD-2'), item('VD-3')], next: null },
    });
    onApi('POST /api/v1/reports/bulk-reject', {
      status: 200,
      body: {
        results: [
          { id: 'VD-1', status: 'rejected', problem: null },
          {
            id: 'VD-3',
            status: null,
            problem: { ...problem(409, 'illegal-transition'), detail: 'already in triage' },
          },
        ],
      },
    });
    show('/console');
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Select VD-1' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select VD-3' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reject 2 selected reports as spam' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toMatch(/Reject 2 reports as spam\?/);
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Yes, reject as spam' }));
    const outcome = await screen.findByRole('status', { name: '' });
    await waitFor(() => expect(outcome.textContent).toMatch(/VD-1: rejected as spam/));
    expect(outcome.textContent).toMatch(/VD-3: not rejected: already in triage/);
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.body).toEqual({ ids: ['VD-1', 'VD-3'] });
    expect(post?.headers.get('x-csrf-token')).toBe('vdc_test');
    await waitFor(() => expect(queueCalls()).toHaveLength(2));
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(outcome.isConnected).toBe(true);
  });
});
