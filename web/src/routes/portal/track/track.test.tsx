import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../../i18n/index.js';
import { Track } from '../track.js';

interface Init {
  params?: { path?: { id?: string } };
  headers?: Record<string, string>;
}

/** A fake server: one report, VD-2026-00001, opened with the token vdt_right. */
const server = vi.hoisted(() => ({
  calls: [] as string[],
  followUpAvailable: true,
  asked: 0,
}));

vi.mock('../../../api/client.js', () => {
  const REPORT = {
    id: 'VD-2026-00001',
    status: 'triage',
    researcherStatus: 'in-review',
    outcome: null,
    receivedAt: '2026-03-02T09:00:00.000Z',
    firstResponseDueAt: '2026-03-03T09:00:00.000Z',
    quality: { tier: 'high', missing: [] },
    cvss: null,
    report: { title: 'Heap overflow in the PNG decoder' },
    attachments: [
      {
        id: 'a1',
        filename: 'poc.py',
        contentType: 'text/x-python',
        size: 2048,
        sha256: 'ab'.repeat(32),
      },
    ],
    timeline: [{ at: '2026-03-02T09:00:00.000Z', kind: 'received', actor: 'reporter', data: {} }],
  };
  const answer = (status: number, data?: unknown) =>
    Promise.resolve({ data, error: data === undefined ? {} : undefined, response: { status } });
  const allowed = (init?: Init) =>
    init?.params?.path?.id === REPORT.id && init.headers?.authorization === 'Bearer vdt_right';
  return {
    setCsrfToken: () => undefined,
    api: {
      GET: (path: string, init?: Init) => {
        server.calls.push(`GET ${path} ${init?.headers?.authorization ?? ''}`);
        if (path === '/api/v1/session') return answer(401);
        if (!allowed(init)) return answer(404);
        if (path === '/api/v1/reports/{id}') return answer(200, REPORT);
        if (path === '/api/v1/reports/{id}/messages') return answer(200, { items: [] });
        return answer(
          200,
          server.followUpAvailable
            ? { available: true, reason: null, availableAfter: null, lastRequestedAt: null }
            : {
                available: false,
                reason: 'recently-requested',
                availableAfter: '2026-03-04T10:00:00.000Z',
                lastRequestedAt: '2026-03-03T10:00:00.000Z',
              },
        );
      },
      POST: (path: string, init?: Init) => {
        server.calls.push(`POST ${path} ${init?.headers?.authorization ?? ''}`);
        if (!allowed(init)) return answer(404);
        server.asked += 1;
        server.followUpAvailable = false;
        return answer(202, {});
      },
    },
  };
});

function renderAt(url: string) {
  const router = createMemoryRouter([{ path: '/track', element: <Track /> }], {
    initialEntries: [url],
  });
  render(<RouterProvider router={router} />);
  return router;
}

const input = (name: string) => document.querySelector<HTMLInputElement>(`[name="${name}"]`);

function fillAndSend(id: string, token: string) {
  fireEvent.change(input('id') as HTMLInputElement, { target: { value: id } });
  fireEvent.change(input('token') as HTMLInputElement, { target: { value: token } });
  act(() => screen.getByRole('button', { name: 'Open report' }).click());
}

describe('the tracking page', { timeout: 20_000 }, () => {
  beforeAll(async () => {
    await initI18n().changeLanguage('en');
  });
  beforeEach(() => {
    sessionStorage.clear();
    server.calls.length = 0;
    server.followUpAvailable = true;
  });
  afterEach(cleanup);

  it('names what is missing beside each field, and asks the server nothing', async () => {
    renderAt('/track');
    act(() => screen.getByRole('button', { name: 'Open report' }).click());
    expect(input('id')?.getAttribute('aria-invalid')).toBe('true');
    expect(input('token')?.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByText('Enter the report number.').length).toBeGreaterThan(0);
    expect(screen.getAllByText('Enter the tracking token.').length).toBeGreaterThan(0);
    await waitFor(() => expect(document.activeElement?.className).toBe('error-summary'));
    expect(server.calls.filter((c) => c.includes('/reports/'))).toEqual([]);
  });

  it('prefills the number from the address', () => {
    renderAt('/track?id=VD-2026-00042');
    expect(input('id')?.value).toBe('VD-2026-00042');
  });

  it('answers a wrong number or token with one neutral message', async () => {
    renderAt('/track');
    fillAndSend('VD-2026-00001', 'vdt_wrong');
    expect(
      await screen.findByText(
        'There is no report with this number and tracking token. Check both and try again.',
      ),
    ).toBeTruthy();
    expect(sessionStorage.getItem('vd.track.VD-2026-00001')).toBeNull();
  });

  it('opens the report with the token, keeping the token out of the address', async () => {
    const router = renderAt('/track');
    fillAndSend(' VD-2026-00001 ', ' vdt_right ');
    const heading = await screen.findByRole('heading', { name: 'Report VD-2026-00001' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(server.calls).toContain('GET /api/v1/reports/{id} Bearer vdt_right');
    expect(router.state.location.search).toBe('?id=VD-2026-00001');
    expect(sessionStorage.getItem('vd.track.VD-2026-00001')).toBe('vdt_right');
    // The status in the reporter's terms, with what happens next; never the team's state.
    expect(screen.getByText('Under review')).toBeTruthy();
    expect(screen.getByText(/The security team is checking whether the report/)).toBeTruthy();
    expect(screen.queryByText(/triage/i)).toBeNull();
    expect(screen.getByText('We received your report.')).toBeTruthy();
    expect(screen.getByText('poc.py')).toBeTruthy();
    expect(screen.getByText('ab'.repeat(32))).toBeTruthy();
    // Times carry their time zone in the machine-readable attribute and the text.
    const due = document.querySelector('time[datetime="2026-03-03T09:00:00.000Z"]');
    expect(due?.textContent).toMatch(/UTC|GMT/);
  });

  it('asks for a response and says so in a status message', async () => {
    sessionStorage.setItem('vd.track.VD-2026-00001', 'vdt_right');
    renderAt('/track?id=VD-2026-00001');
    const button = await screen.findByRole('button', { name: 'Ask for a response' });
    await act(async () => {
      button.click();
      await Promise.resolve();
    });
    await waitFor(() =>
      expect(document.querySelector('.track-follow-up [role="status"]')?.textContent).toMatch(
        /We have alerted the security team/,
      ),
    );
    expect(server.calls).toContain('POST /api/v1/reports/{id}/follow-up Bearer vdt_right');
    expect(await screen.findByText(/You asked for a response on/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ask for a response' })).toBeNull();
  });
});
