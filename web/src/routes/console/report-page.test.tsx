// The fake API must be installed before the client module starts.
import { calls, onApi, problem } from '../account/fake-api.js';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadSession } from '../../api/session.js';
import { field, fill, showConsole, showIn, loadConsoleTexts } from './console-test-kit.js';
import { ASSESSMENT, CASE, ID, REJECTION, serveReportPage } from './report-page-fixtures.js';

/** The label and the value shown for a field of the report, by its API path. */
const fieldText = (path: string) =>
  [...(document.querySelector(`.report-fields [data-path="${path}"]`)?.children ?? [])].map(
    (e) => e.textContent,
  );

/** The timeline's lines, as read. */
const timelineLines = () =>
  [...document.querySelectorAll('.case-timeline > li')].map((li) =>
    (li.textContent ?? '').replace(/^.*? · /, ''),
  );

beforeAll(loadConsoleTexts);
beforeEach(async () => {
  serveReportPage('case-manager');
  await act(() => loadSession(true));
});
afterEach(cleanup);

describe('the report page', () => {
  it('shows the report, its case, similar reports and the messages with notes and files', async () => {
    showConsole(`/console/reports/${ID}`);
    expect(await screen.findByText('Stored XSS in comments', { selector: 'dd' })).toBeTruthy();
    expect(fieldText('affected.product')).toEqual(['Product', 'Forum']);
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
    fill('impact', 'remote-code-execution');
    fill('exploitability', 'more-likely');
    fireEvent.click(screen.getByLabelText('Publicly disclosed'));
    fill('cvss31', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H');
    fireEvent.click(screen.getByRole('button', { name: 'Save severity' }));
    expect(await screen.findByText(/score 9.8 \(CRITICAL\)/)).toBeTruthy();
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({
      impact: 'remote-code-execution',
      exploitability: 'more-likely',
      exploited: false,
      publiclyDisclosed: true,
      cvss31: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
      cvss40: null,
    });
  });

  it('starts the severity form from the recorded assessment', async () => {
    serveReportPage('triager', { severity: 'important', assessment: ASSESSMENT });
    await act(() => loadSession(true));
    showConsole(`/console/reports/${ID}`);
    await screen.findByRole('button', { name: 'Save severity' });
    // Chosen by hand against the suggestion, so the choice stays.
    expect(field('severity')?.value).toBe('important');
    expect(field('impact')?.value).toBe('information-disclosure');
    expect(field('exploitability')?.value).toBe('less-likely');
    expect((field('publiclyDisclosed') as HTMLInputElement).checked).toBe(true);
    expect((field('exploited') as HTMLInputElement).checked).toBe(false);
    expect(field('cvss31')?.value).toBe(ASSESSMENT.cvss31.vector);
    expect(field('cvss40')?.value).toBe('');
  });

  it('names each field and choice of the report in words, and what its quality lacks', async () => {
    showConsole(`/console/reports/${ID}`);
    expect(await screen.findByText('Stored XSS in comments', { selector: 'dd' })).toBeTruthy();
    expect(fieldText('issueType.cwe')).toEqual(['Weakness (CWE)', 'CWE-79']);
    expect(fieldText('impact.type')).toEqual(['Type of impact', 'Spoofing']);
    expect(fieldText('impact.description')).toEqual([
      'What an attacker gains, and how',
      'Steals the session',
    ]);
    expect(fieldText('reporter.credit')).toEqual(['How should we credit you?', 'By my name']);
    expect(fieldText('language')).toEqual(['Language of our answers', '日本語']);
    expect(screen.getByText(/Quality: Insufficient/)).toBeTruthy();
    expect(
      screen.getByText('To reach “Low”, it lacks: Updates installed and E-mail address'),
    ).toBeTruthy();
  });

  it('says in each timeline entry what happened and who did it', async () => {
    serveReportPage('case-manager', { timeline: [...CASE.timeline, REJECTION] });
    showConsole(`/console/reports/${ID}`);
    await screen.findByText('Stored XSS in comments', { selector: 'dd' });
    await waitFor(() => expect(timelineLines().at(-1)).toMatch(/Phishing/));
    expect(timelineLines()).toEqual([
      'Report received · by the reporter',
      'New → In triage · by Mio Tanaka',
      'Assigned to kai@vendor.example · by Mio Tanaka',
      'Message to the reporter · by kai@vendor.example',
      'In triage → Needs information · Asked the reporter a question · by kai@vendor.example',
      'Needs information → In triage · automatically',
      'Severity set to Important · by a staff member',
      'Case facts updated: Agreed disclosure date and Fix released · by kai@vendor.example',
      'SLA warning: Triage (at risk) · automatically',
      'Linked as the original of the duplicate VD-2026-00009 · by kai@vendor.example',
      'In triage → Rejected · disposition: Not a vulnerability · reporter sent to: Phishing · by Mio Tanaka',
    ]);
    const asked = screen.getByRole('link', { name: 'Asked the reporter a question' });
    expect(asked.getAttribute('href')).toBe('#message-m0');
    expect(screen.getByRole('link', { name: 'VD-2026-00009' }).getAttribute('href')).toBe(
      '/console/reports/VD-2026-00009',
    );
    expect(document.getElementById('message-m1')?.textContent).toMatch(/Any news\?/);
  });

  it('speaks Japanese: field labels, choices, quality and the timeline', async () => {
    await showIn('ja');
    try {
      showConsole(`/console/reports/${ID}`);
      expect(await screen.findByText('Stored XSS in comments', { selector: 'dd' })).toBeTruthy();
      expect(fieldText('issueType.cwe')).toEqual(['脆弱性の種類 (CWE)', 'CWE-79']);
      expect(fieldText('impact.type')).toEqual(['影響の種類', 'なりすまし']);
      expect(fieldText('reporter.credit')).toEqual(['クレジット表記のご希望', 'お名前で表記する']);
      expect(fieldText('affected.product')).toEqual(['製品名', 'Forum']);
      expect(screen.getByText(/品質: 不十分/)).toBeTruthy();
      expect(document.body.textContent).not.toMatch(/insufficient|spoofing|issueType/);
      const lines = timelineLines();
      expect(lines).toContain(
        'トリアージ中 → 情報待ち · 報告者に質問しました · 実施: kai@vendor.example',
      );
      expect(lines).toContain('新規 → トリアージ中 · 実施: Mio Tanaka');
      expect(lines).toContain('情報待ち → トリアージ中 · 自動');
      expect(lines.join('\n')).not.toMatch(/staff|reporter|system|status-changed/);
    } finally {
      await showIn('en');
    }
  });
});
