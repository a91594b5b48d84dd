// The fake API must be installed before the client module starts.
import { calls, onApi, problem, resetApi } from './fake-api.js';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadSession } from '../../api/session.js';
import { initI18n } from '../../i18n/index.js';
import { Account } from './index.js';

const ACCOUNT = { id: 'a1', email: 'rin@example.org', role: 'researcher' };
const SESSION = { account: ACCOUNT, csrfToken: 'vdc_test', expiresAt: '2026-03-09T09:00:00.000Z' };

async function signedOut(): Promise<void> {
  onApi('GET /api/v1/session', { status: 401, body: problem(401, 'unauthorized') });
  await act(() => loadSession(true));
}

async function signedIn(): Promise<void> {
  onApi('GET /api/v1/session', { status: 200, body: SESSION });
  await act(() => loadSession(true));
}

function show(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/account/*" element={<Account />} />
        <Route path="*" element={<p>elsewhere</p>} />
      </Routes>
    </MemoryRouter>,
  );
}

const field = (name: string) => document.querySelector<HTMLInputElement>(`[name="${name}"]`);

function fill(name: string, value: string): void {
  const input = field(name);
  if (input === null) throw new Error(`no field ${name}`);
  fireEvent.change(input, { target: { value } });
}

beforeAll(async () => {
  await initI18n().changeLanguage('en');
});
beforeEach(resetApi);
afterEach(cleanup);

describe('signing in', () => {
  it('names the fields by their API paths, with autocomplete', async () => {
    await signedOut();
    show('/account');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Sign in');
    expect(field('email')?.getAttribute('autocomplete')).toBe('email');
    expect(field('password')?.getAttribute('autocomplete')).toBe('current-password');
    expect(screen.getByLabelText(/E-mail address/)).toBe(field('email'));
  });

  it('says what is missing beside each field, without asking the server', async () => {
    await signedOut();
    show('/account');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(field('email')?.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Enter your e-mail address.')).toBeTruthy();
    expect(screen.getByText('Enter your password.')).toBeTruthy();
    expect(document.activeElement).toBe(field('email'));
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });

  it.each([
    [401, 'unauthorized', /e-mail address or the password is wrong/],
    [403, 'forbidden', /not confirmed yet/],
  ])('explains a %i answer', async (status, code, message) => {
    await signedOut();
    onApi('POST /api/v1/session', { status, body: problem(status, code) });
    show('/account');
    fill('email', 'rin@example.org');
    fill('password', 'not the password');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(message);
    expect(calls.at(-1)?.body).toEqual({ email: 'rin@example.org', password: 'not the password' });
  });

  it('says when to try again after too many attempts', async () => {
    await signedOut();
    onApi('POST /api/v1/session', {
      status: 429,
      body: problem(429, 'rate-limited'),
      headers: { 'retry-after': '600' },
    });
    show('/account');
    fill('email', 'rin@example.org');
    fill('password', 'whatever it is');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/in about 10 minutes/);
    expect(alert.querySelector('time')?.getAttribute('datetime')).toMatch(/Z$/);
  });

  it('shows the account after signing in and keeps the CSRF token for later requests', async () => {
    await signedOut();
    onApi('POST /api/v1/session', { status: 200, body: SESSION });
    show('/account');
    fill('email', 'rin@example.org');
    fill('password', 'correct horse battery staple');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByText('rin@example.org');
    expect(screen.getByText('Security researcher')).toBeTruthy();
    expect(sessionStorage.getItem('vd.csrf')).toBe('vdc_test');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
  });
});

describe('signing out', () => {
  it('sends the CSRF token and returns to the sign-in form', async () => {
    await signedIn();
    onApi('DELETE /api/v1/session', { status: 204 });
    show('/account');
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    const done = await screen.findByText('You have signed out.');
    expect(done.closest('[role="status"]')).not.toBeNull();
    const del = calls.find((c) => c.method === 'DELETE');
    expect(del?.headers.get('x-csrf-token')).toBe('vdc_test');
    expect(sessionStorage.getItem('vd.csrf')).toBeNull();
    expect(field('password')).not.toBeNull();
  });
});

describe('pages that need a session', () => {
  it('show the sign-in form, then the page itself after signing in', async () => {
    await signedOut();
    onApi('POST /api/v1/session', { status: 200, body: SESSION });
    onApi('GET /api/v1/me/tokens', { status: 200, body: { items: [] } });
    show('/account/tokens');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('API tokens');
    fill('email', 'rin@example.org');
    fill('password', 'correct horse battery staple');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByText('You have no active tokens.');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('API tokens');
  });

  it('ask to sign in again when the server has ended the session', async () => {
    await signedIn();
    onApi('GET /api/v1/me/reports', { status: 401, body: problem(401, 'unauthorized') });
    show('/account/reports');
    await screen.findByText('Your session has ended. Please sign in again.');
    await waitFor(() => expect(field('email')).not.toBeNull());
  });
});
