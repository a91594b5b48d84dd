// The fake API must be installed before the client module starts.
import { calls, onApi, problem, resetApi } from './fake-api.js';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadSession } from '../../api/session.js';
import { initI18n } from '../../i18n/index.js';
import { Account } from './index.js';

const SESSION = {
  account: { id: 'a1', email: 'rin@example.org', role: 'researcher' },
  csrfToken: 'vdc_test',
};

function show(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/account/*" element={<Account />} />
      </Routes>
    </MemoryRouter>,
  );
}

const report = (n: number) => ({
  id: `VD-2026-${String(n).padStart(5, '0')}`,
  title: `Report ${n}`,
  status: n === 1 ? 'rejected' : 'triage',
  researcherStatus: n === 1 ? 'not-accepted' : 'in-review',
  qualityTier: 'high',
  receivedAt: '2026-03-02T09:00:00.000Z',
  firstResponseDueAt: '2026-03-03T09:00:00.000Z',
});

const TOKEN = {
  id: 't1',
  name: 'CI pipeline',
  prefix: 'vdp_abcdef',
  createdAt: '2026-03-02T09:00:00.000Z',
  lastUsedAt: null,
};

beforeAll(async () => {
  await initI18n().changeLanguage('en');
});
beforeEach(async () => {
  resetApi();
  onApi('GET /api/v1/session', { status: 200, body: SESSION });
  await act(() => loadSession(true));
});
afterEach(cleanup);

describe('my reports', () => {
  it('lists reports in plain language, links each to tracking, and loads more by cursor', async () => {
    onApi('GET /api/v1/me/reports', (call) =>
      call.query.get('before') === null
        ? { status: 200, body: { items: [report(2)], next: 'cursor-1' } }
        : { status: 200, body: { items: [report(1)], next: null } },
    );
    show('/account/reports');
    const first = await screen.findByRole('link', { name: 'VD-2026-00002' });
    expect(first.getAttribute('href')).toBe('/track?id=VD-2026-00002');
    // The status in the reporter's terms, never the team's state name.
    expect(screen.getByText('Under review')).toBeTruthy();
    expect(screen.queryByText('triage')).toBeNull();
    expect(screen.getByText('High')).toBeTruthy();
    expect(document.querySelectorAll('time')).toHaveLength(2);

    fireEvent.click(screen.getByRole('button', { name: 'Show more reports' }));
    const second = await screen.findByRole('link', { name: 'VD-2026-00001' });
    expect(calls.at(-1)?.query.get('before')).toBe('cursor-1');
    // Focus moves to the first new report in an effect after it renders.
    await waitFor(() => expect(document.activeElement).toBe(second));
    expect(screen.getByText('Closed: not accepted')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Show more reports' })).toBeNull();
  });

  it('says so when there are none', async () => {
    onApi('GET /api/v1/me/reports', { status: 200, body: { items: [], next: null } });
    show('/account/reports');
    await screen.findByText('You have not sent any reports from this account yet.');
  });
});

describe('API tokens', () => {
  it('shows a new token once, with a warning, and adds it to the list', async () => {
    onApi('GET /api/v1/me/tokens', { status: 200, body: { items: [] } });
    onApi('POST /api/v1/me/tokens', {
      status: 201,
      body: { ...TOKEN, token: 'vdp_abcdefSECRET' },
    });
    show('/account/tokens');
    await screen.findByText('You have no active tokens.');
    fireEvent.change(screen.getByLabelText(/^Name/), { target: { value: ' CI pipeline ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create token' }));
    const secret = await screen.findByLabelText('Token');
    expect((secret as HTMLTextAreaElement).value).toBe('vdp_abcdefSECRET');
    expect(screen.getByText(/only time it is shown/)).toBeTruthy();
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.body).toEqual({ name: 'CI pipeline' });
    expect(post?.headers.get('x-csrf-token')).toBe('vdc_test');
    expect(screen.getByRole('heading', { name: 'CI pipeline', level: 3 })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'I have saved the token' }));
    expect(screen.queryByLabelText('Token')).toBeNull();
    expect(document.body.textContent).not.toContain('SECRET');
  });

  it('keeps each new token’s secret, newest first, until it is dismissed', async () => {
    let made = 0;
    onApi('GET /api/v1/me/tokens', { status: 200, body: { items: [] } });
    onApi('POST /api/v1/me/tokens', (call) => {
      made += 1;
      const { name } = call.body as { name: string };
      return {
        status: 201,
        body: { ...TOKEN, id: `t${made}`, name, token: `vdp_secret${made}` },
      };
    });
    show('/account/tokens');
    await screen.findByText('You have no active tokens.');
    const create = async (name: string) => {
      fireEvent.change(screen.getByLabelText(/^Name/), { target: { value: name } });
      fireEvent.click(screen.getByRole('button', { name: 'Create token' }));
      const shown = await screen.findByRole('group', { name: `Your new token “${name}”` });
      // The new secret's heading takes the focus, so it is read out first.
      await waitFor(() =>
        expect(document.activeElement).toBe(within(shown).getByRole('heading', { level: 3 })),
      );
      return within(shown);
    };
    const first = await create('laptop');
    const second = await create('CI pipeline');
    expect(first.getByLabelText('Token')).toHaveProperty('value', 'vdp_secret1');
    expect(second.getByLabelText('Token')).toHaveProperty('value', 'vdp_secret2');
    expect(
      screen.getAllByRole('group', { name: /^Your new token/ }).map((g) => g.textContent),
    ).toEqual([expect.stringContaining('CI pipeline'), expect.stringContaining('laptop')]);

    fireEvent.click(first.getByRole('button', { name: 'I have saved the token' }));
    expect(screen.queryByDisplayValue('vdp_secret1')).toBeNull();
    expect(screen.getByDisplayValue('vdp_secret2')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText(/^Name/));
    fireEvent.click(second.getByRole('button', { name: 'I have saved the token' }));
    expect(screen.queryByLabelText('Token')).toBeNull();
  });

  it('words the server’s objections in Japanese where they name a rule, else shows them as sent', async () => {
    await act(() => initI18n().changeLanguage('ja'));
    try {
      onApi('GET /api/v1/me/tokens', { status: 200, body: { items: [] } });
      onApi('POST /api/v1/me/tokens', {
        status: 400,
        body: problem(400, 'validation-failed', [
          { path: 'name', message: 'must be 1 to 100 characters', rule: 'too-long', limit: 100 },
          { path: 'name', message: 'is not what the server expected' },
        ]),
      });
      show('/account/tokens');
      const name = await screen.findByRole('textbox');
      fireEvent.change(name, { target: { value: 'CI' } });
      fireEvent.submit(name.closest('form') as HTMLFormElement);

      const japanese = '100 文字以内で入力してください。';
      const summary = await screen.findByRole('alert');
      expect(summary.textContent).toContain(japanese);
      expect(summary.textContent).toContain('is not what the server expected');
      expect(summary.textContent).not.toContain('must be 1 to 100 characters');
      const beside = [...document.querySelectorAll('.field-error')].map((e) => e.textContent);
      expect(beside.join(' ')).toContain(japanese);
      expect(beside.join(' ')).toContain('is not what the server expected');
    } finally {
      await act(() => initI18n().changeLanguage('en'));
    }
  });

  it('revokes only after a confirmation', async () => {
    onApi('GET /api/v1/me/tokens', { status: 200, body: { items: [TOKEN] } });
    onApi('DELETE /api/v1/me/tokens/t1', { status: 204 });
    show('/account/tokens');
    const revoke = await screen.findByRole('button', { name: 'Revoke the token “CI pipeline”' });

    fireEvent.click(revoke);
    const group = screen.getByRole('group');
    fireEvent.click(within(group).getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement).toBe(revoke);
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);

    fireEvent.click(revoke);
    fireEvent.click(screen.getByRole('button', { name: 'Yes, revoke it' }));
    await screen.findByText('The token “CI pipeline” is revoked.');
    const del = calls.find((c) => c.method === 'DELETE');
    expect(del?.path).toBe('/api/v1/me/tokens/t1');
    expect(del?.headers.get('x-csrf-token')).toBe('vdc_test');
    expect(screen.getByText('You have no active tokens.')).toBeTruthy();
  });
});
