// The fake API must be installed before the client module starts.
import { calls, onApi } from '../account/fake-api.js';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadSession } from '../../api/session.js';
import {
  field,
  fill,
  loadConsoleTexts,
  showConsole,
  showIn,
  staffSession,
  type StaffRole,
} from './console-test-kit.js';
import { ASSESSMENT, ID, serveReportPage } from './report-page-fixtures.js';

beforeAll(loadConsoleTexts);
afterEach(cleanup);

/** The case as the server answers it to `role`: the moves are already filtered by role. */
const MOVES: Record<StaffRole, string[]> = {
  triager: ['needs-info', 'review-repro', 'rejected'],
  'case-manager': ['needs-info', 'review-repro', 'rejected'],
  admin: ['needs-info', 'review-repro', 'rejected'],
  'program-admin': [],
  auditor: [],
};

async function showReportAs(role: StaffRole) {
  serveReportPage(role, {
    allowedTransitions: MOVES[role],
    severity: 'important',
    assessment: ASSESSMENT,
    productId: 'p-forum',
    fixReleaseDate: '2026-06-09',
    assignee: { id: 's9', email: 'mio@vendor.example', name: null, role: 'triager' },
  });
  await act(() => loadSession(true));
  showConsole(`/console/reports/${ID}`);
  await screen.findByText('Stored XSS in comments', { selector: 'dd' });
}

/** The controls of the report page that change something. */
function controls() {
  const button = (name: string) => screen.queryByRole('button', { name }) !== null;
  return {
    assign: button('Assign to me'),
    unassign: button('Unassign'),
    moves: screen.queryAllByRole('button', { name: /^Move to:/ }).length,
    severityForm: button('Save severity'),
    caseFactsForm: button('Save case facts'),
    message: button('Send to the reporter'),
    note: button('Add internal note'),
    internalChoice: field('internal') !== null,
  };
}

describe('the report page shows only what the role may do', () => {
  it('gives a triager every control of triage', async () => {
    await showReportAs('triager');
    expect(controls()).toEqual({
      assign: true,
      unassign: true,
      moves: 3,
      severityForm: true,
      caseFactsForm: true,
      message: true,
      note: false,
      internalChoice: true,
    });
  });

  it('gives a case manager the same, and its moves as the server lists them', async () => {
    await showReportAs('case-manager');
    expect(controls()).toMatchObject({
      assign: true,
      severityForm: true,
      caseFactsForm: true,
      message: true,
      internalChoice: true,
    });
    expect(screen.getAllByRole('button', { name: /^Move to:/ }).map((b) => b.textContent)).toEqual([
      'Move to: Needs information',
      'Move to: Review and reproduction',
      'Move to: Rejected',
    ]);
  });

  it('shows an auditor everything read-only', async () => {
    await showReportAs('auditor');
    expect(controls()).toEqual({
      assign: false,
      unassign: false,
      moves: 0,
      severityForm: false,
      caseFactsForm: false,
      message: false,
      note: false,
      internalChoice: false,
    });
    expect(field('body')).toBeNull();
    expect(document.querySelectorAll('form')).toHaveLength(0);
    // What the forms would change is shown as text.
    const facts = within(screen.getByRole('region', { name: 'Case facts' }));
    expect(await facts.findByText('Forum')).toBeTruthy();
    expect(facts.getByText('2026-06-09')).toBeTruthy();
    const severity = within(screen.getByRole('region', { name: 'Severity' }));
    expect(severity.getByText(/Important \(the CVSS score suggests Critical\)/)).toBeTruthy();
    expect(severity.getByText('Information disclosure')).toBeTruthy();
    expect(severity.getByText(/score 9\.8 \(critical\)/)).toBeTruthy();
    // The conversation and notes are still there to read.
    expect(screen.getByText('Internal note')).toBeTruthy();
    expect(screen.getByText('mio@vendor.example')).toBeTruthy();
  });

  it('lets a program admin write internal notes only', async () => {
    onApi(`POST /api/v1/reports/${ID}/messages`, {
      status: 201,
      body: {
        id: 'm3',
        author: 'staff',
        authorId: 's1',
        authorName: 'kai@vendor.example',
        internal: true,
        body: 'Bounty: tier 2',
        bodyHtml: '<p>Bounty: tier 2</p>',
        createdAt: '2026-03-01T12:00:00.000Z',
      },
    });
    await showReportAs('program-admin');
    expect(controls()).toEqual({
      assign: false,
      unassign: false,
      moves: 0,
      severityForm: false,
      caseFactsForm: false,
      message: false,
      note: true,
      internalChoice: false,
    });
    fill('body', 'Bounty: tier 2');
    fireEvent.click(screen.getByRole('button', { name: 'Add internal note' }));
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
        body: 'Bounty: tier 2',
        internal: true,
      }),
    );
  });
});

describe('the case panel says why there are no moves', () => {
  async function showCaseAs(role: StaffRole, status: string, heading = 'Case') {
    serveReportPage(role, { status, caseNumber: 'VDC-2026-0001', allowedTransitions: [] });
    await act(() => loadSession(true));
    showConsole(`/console/reports/${ID}`);
    return within(await screen.findByRole('region', { name: heading }));
  }

  afterEach(() => showIn('en'));

  it('tells a triager that a case manager takes a case on', async () => {
    const panel = await showCaseAs('triager', 'develop');
    expect(
      await panel.findByText(
        'A case manager takes the report on from here: your role makes only the moves of triage.',
      ),
    ).toBeTruthy();
    expect(panel.queryAllByRole('button', { name: /^Move to:/ })).toHaveLength(0);
    expect(panel.queryByText(/Your role does not move reports/)).toBeNull();
  });

  it('tells an auditor that its role does not move reports', async () => {
    const panel = await showCaseAs('auditor', 'review-repro');
    expect(
      await panel.findByText('Your role does not move reports from one state to another.'),
    ).toBeTruthy();
    expect(panel.queryByText(/case manager takes/)).toBeNull();
  });

  it('says it in Japanese too', async () => {
    await showIn('ja');
    const panel = await showCaseAs('triager', 'pre-release', 'ケース');
    expect(
      await panel.findByText(
        'ここから先はケースマネージャーが引き継ぎます。あなたのロールで行えるのはトリアージでの状態変更だけです。',
      ),
    ).toBeTruthy();
  });

  it('says nothing of moves once a report is closed', async () => {
    const panel = await showCaseAs('triager', 'closed');
    expect(panel.queryByRole('heading', { name: 'Move the report' })).toBeNull();
    expect(panel.queryByText(/case manager takes/)).toBeNull();
  });
});

describe('the queue shows only what the role may do', () => {
  const queue = {
    items: [
      {
        id: 'VD-2026-00001',
        caseNumber: null,
        title: 'Report one',
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
          submitted: 1,
          valid: 0,
          invalid: 0,
          score: 0,
          label: 'neutral',
          overLimit: null,
        },
      },
    ],
    next: null,
  };

  async function showQueueAs(role: StaffRole) {
    onApi('GET /api/v1/session', { status: 200, body: staffSession(role) });
    onApi('GET /api/v1/reports', { status: 200, body: queue });
    await act(() => loadSession(true));
    showConsole('/console');
    await screen.findByRole('link', { name: 'Report one' });
  }

  it('lets a triager select reports and reject them as spam', async () => {
    await showQueueAs('triager');
    expect(screen.getByRole('checkbox', { name: 'Select VD-2026-00001' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Reject 0 selected reports as spam/ })).toBeTruthy();
  });

  it('gives an auditor the list without selection or bulk rejection', async () => {
    await showQueueAs('auditor');
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.queryByRole('button', { name: /as spam/ })).toBeNull();
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Report',
      'SLA',
      'Status',
      'Severity',
      'Reporter',
      'Received',
    ]);
  });
});
