// The fake API must be installed before the client module starts.
import { calls, onApi, problem, resetApi } from '../account/fake-api.js';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadSession } from '../../api/session.js';
import { field, fill, showConsole, loadConsoleTexts } from './console-test-kit.js';

const ID = 'VD-2026-00007';
const SESSION = {
  account: { id: 's1', email: 'kai@vendor.example', role: 'case-manager' },
  csrfToken: 'vdc_test',
};

const REPORT = {
  id: ID,
  status: 'triage',
  receivedAt: '2026-03-01T09:00:00.000Z',
  firstResponseDueAt: '2026-03-02T09:00:00.000Z',
  quality: { tier: 'high', missing: [] },
  cvss: null,
  report: { title: 'Stored XSS in comments', affected: { product: 'Forum', version: '2.1' } },
  attachments: [
    {
      id: 'f1',
      filename: 'poc.html',
      contentType: 'text/html',
      size: 120,
      sha256: 'ab'.repeat(32),
    },
  ],
  timeline: [{ at: '2026-03-01T09:00:00.000Z', kind: 'received', actor: 'reporter', data: {} }],
};

const CASE = {
  id: ID,
  status: 'triage',
  caseNumber: null,
  disposition: null,
  dispositionReason: null,
  duplicateOf: null,
  helpDestination: null,
  assignee: null,
  severity: null,
  fixReleaseDate: null,
  cvdDate: null,
  firstRespondedAt: null,
  sla: [
    {
      clock: 'triage',
      state: 'at-risk',
      dueAt: '2026-03-02T09:00:00.000Z',
      atRiskAt: '2026-03-02T03:00:00.000Z',
      satisfiedAt: null,
      remainingMs: 1000,
      level: 'at-risk',
    },
  ],
  allowedTransitions: ['needs-info', 'review-repro', 'rejected'],
  reporter: {
    submitted: 7,
    valid: 0,
    invalid: 0,
    score: 0,
    label: 'neutral',
    overLimit: { max: 5, windowHours: 1, count: 7 },
  },
};

const MESSAGES = [
  {
    id: 'm1',
    author: 'reporter',
    authorId: null,
    internal: false,
    body: 'Any news?',
    bodyHtml: '<p>Any news?</p>',
    createdAt: '2026-03-01T10:00:00.000Z',
    attachments: [
      {
        id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
        filename: 'crash dump.bin',
        contentType: 'application/octet-stream',
        size: 2048,
        sha256: 'cd'.repeat(32),
      },
    ],
  },
  {
    id: 'm2',
    author: 'staff',
    authorId: 's1',
    internal: true,
    body: 'Looks real',
    bodyHtml: '<p>Looks <strong>real</strong></p>',
    createdAt: '2026-03-01T11:00:00.000Z',
    attachments: [],
  },
];

beforeAll(loadConsoleTexts);
beforeEach(async () => {
  resetApi();
  onApi('GET /api/v1/session', { status: 200, body: SESSION });
  onApi(`GET /api/v1/reports/${ID}`, { status: 200, body: REPORT });
  onApi(`GET /api/v1/reports/${ID}/case`, { status: 200, body: CASE });
  onApi(`GET /api/v1/reports/${ID}/similar`, {
    status: 200,
    body: {
      items: [
        {
          id: 'VD-2026-00003',
          title: 'XSS in comments',
          status: 'triage',
          receivedAt: '2026-02-01T09:00:00.000Z',
          score: 0.8,
          matched: ['title'],
        },
      ],
    },
  });
  onApi(`GET /api/v1/reports/${ID}/messages`, { status: 200, body: { items: MESSAGES } });
  onApi('GET /api/v1/help/destinations', {
    status: 200,
    body: { language: 'en', items: [{ id: 'phishing', group: 'x', title: 'Phishing', text: '' }] },
  });
  await act(() => loadSession(true));
});
afterEach(cleanup);

describe('the report page', () => {
  it('shows the report, its case, similar reports and the messages with notes and files', async () => {
    showConsole(`/console/reports/${ID}`);
    expect(await screen.findByText('Stored XSS in comments', { selector: 'dd' })).toBeTruthy();
    expect(screen.getByText('affected.product')).toBeTruthy();
    const poc = screen.getByRole('link', { name: 'poc.html' });
    expect(poc.getAttribute('href')).toBe(`/api/v1/reports/${ID}/attachments/f1`);
    expect(poc.getAttribute('download')).toBe('poc.html');
    const dump = screen.getByRole('link', { name: 'crash dump.bin' });
    expect(dump.closest('.case-messages > li')?.textContent).toMatch(/Any news\?/);
    expect(dump.getAttribute('href')).toBe(
      `/api/v1/reports/${ID}/attachments/0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b`,
    );
    expect(screen.getByText('Over the submission limit: 7 reports in 1 h (limit 5)')).toBeTruthy();
    expect(screen.getByText('at risk')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'XSS in comments' }).getAttribute('href')).toBe(
      '/console/reports/VD-2026-00003',
    );
    const note = screen.getByText('Internal note').closest('li');
    expect(note?.textContent).toMatch(/Looks real/);
    expect(note?.querySelector('.message-body strong')?.textContent).toBe('real');
    expect(screen.getAllByRole('button', { name: /^Move to:/ }).map((b) => b.textContent)).toEqual([
      'Move to: Needs information',
      'Move to: Review and reproduction',
      'Move to: Rejected',
    ]);
  });

  it('asks a rejection for what its disposition needs, and shows the server’s objection', async () => {
    onApi(`POST /api/v1/reports/${ID}/transitions`, {
      status: 400,
      body: problem(400, 'validation-failed', [
        { path: 'duplicateOf', message: 'the original was received later' },
      ]),
    });
    showConsole(`/console/reports/${ID}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Move to: Rejected' }));
    const dialog = screen.getByRole('region', { name: 'Move to: Rejected' });
    const submit = within(dialog).getByRole('button', { name: 'Move to: Rejected' });
    fireEvent.click(submit);
    expect(
      within(dialog).getByText('Enter the Disposition.', { selector: '.field-error' }),
    ).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    fill('disposition', 'duplicate');
    expect(field('duplicateOf')).not.toBeNull();
    expect(field('helpDestination')).toBeNull();
    fireEvent.click(submit);
    expect(
      within(dialog).getByText('Enter the Original report.', { selector: '.field-error' }),
    ).toBeTruthy();

    fill('duplicateOf', 'VD-2026-00003');
    fireEvent.click(submit);
    expect(
      await within(dialog).findByText('the original was received later', {
        selector: '.field-error',
      }),
    ).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST').at(-1)?.body).toEqual({
      to: 'rejected',
      disposition: 'duplicate',
      duplicateOf: 'VD-2026-00003',
    });
  });

  it('offers help destinations for what is not a vulnerability, and reloads after the move', async () => {
    onApi(`POST /api/v1/reports/${ID}/transitions`, {
      status: 200,
      body: {
        id: ID,
        from: 'triage',
        status: 'rejected',
        caseNumber: null,
        disposition: 'not-a-vulnerability',
        at: '2026-03-01T12:00:00.000Z',
      },
    });
    showConsole(`/console/reports/${ID}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Move to: Rejected' }));
    fill('disposition', 'not-a-vulnerability');
    await screen.findByRole('option', { name: 'Phishing' });
    fill('helpDestination', 'phishing');
    fireEvent.click(
      within(screen.getByRole('region', { name: 'Move to: Rejected' })).getByRole('button', {
        name: 'Move to: Rejected',
      }),
    );
    await waitFor(() =>
      expect(calls.filter((c) => c.path === `/api/v1/reports/${ID}/case`)).toHaveLength(2),
    );
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      to: 'rejected',
      disposition: 'not-a-vulnerability',
      helpDestination: 'phishing',
    });
  });

  it('assigns the report to the signed-in account', async () => {
    onApi(`POST /api/v1/reports/${ID}/assignee`, {
      status: 200,
      body: { id: ID, assigneeId: 's1' },
    });
    showConsole(`/console/reports/${ID}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Assign to me' }));
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ assigneeId: 's1' }),
    );
  });

  it('saves the severity assessment and shows the scores the server computed', async () => {
    onApi(`PUT /api/v1/reports/${ID}/severity`, {
      status: 200,
      body: {
        severity: 'critical',
        suggestedSeverity: 'critical',
        overridden: false,
        impact: null,
        exploitability: 'more-likely',
        exploited: false,
        publiclyDisclosed: true,
        cvss31: {
          vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
          score: 9.8,
          severity: 'CRITICAL',
        },
        cvss40: null,
      },
    });
    showConsole(`/console/reports/${ID}`);
    await screen.findByRole('button', { name: 'Save severity' });
    fill('exploitability', 'more-likely');
    fireEvent.click(screen.getByLabelText('Publicly disclosed'));
    fill('cvss31', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H');
    fireEvent.click(screen.getByRole('button', { name: 'Save severity' }));
    expect(await screen.findByText(/score 9.8 \(CRITICAL\)/)).toBeTruthy();
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({
      exploitability: 'more-likely',
      exploited: false,
      publiclyDisclosed: true,
      cvss31: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
      cvss40: null,
    });
  });
});
