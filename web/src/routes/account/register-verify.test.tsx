// The fake API must be installed before the client module starts.
import { calls, onApi, problem, resetApi } from './fake-api.js';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadSession } from '../../api/session.js';
import { initI18n } from '../../i18n/index.js';
import { Account } from './index.js';

let location = '';
function Where() {
  const l = useLocation();
  location = l.pathname + l.search;
  return null;
}

function show(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Where />
      <Routes>
        <Route path="/account/*" element={<Account />} />
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
beforeEach(async () => {
  resetApi();
  onApi('GET /api/v1/session', { status: 401, body: problem(401, 'unauthorized') });
  await act(() => loadSession(true));
});
afterEach(cleanup);

describe('registering', () => {
  it('shows the password rule and checks it before sending', () => {
    show('/account/register');
    expect(screen.getByText(/At least 12 characters/)).toBeTruthy();
    expect(field('password')?.getAttribute('autocomplete')).toBe('new-password');
    fill('email', 'rin@example.org');
    fill('password', 'short');
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect(screen.getByText('The password needs at least 12 characters; it has 5.')).toBeTruthy();
    expect(field('password')?.getAttribute('aria-invalid')).toBe('true');
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });

  it('answers 202 with a neutral "check your mail"', async () => {
    onApi('POST /api/v1/accounts', { status: 202, body: { status: 'verification-sent' } });
    show('/account/register');
    fill('email', ' rin@example.org ');
    fill('password', 'correct horse battery staple');
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    const sent = await screen.findByText(/We have sent a mail to rin@example.org/);
    expect(sent.textContent).toMatch(/If the address already has an account/);
    expect(sent.closest('[role="status"]')).not.toBeNull();
    // An empty name is left out, not sent as "".
    expect(calls.at(-1)?.body).toEqual({
      email: 'rin@example.org',
      password: 'correct horse battery staple',
    });
  });

  it('shows a server error beside the field it names', async () => {
    onApi('POST /api/v1/accounts', {
      status: 400,
      body: problem(400, 'validation-failed', [{ path: 'email', message: 'must be an e-mail' }]),
    });
    show('/account/register');
    fill('email', 'rin@example.org');
    fill('password', 'correct horse battery staple');
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    const message = await screen.findAllByText(/must be an e-mail/);
    expect(message.some((m) => m.classList.contains('field-error'))).toBe(true);
    expect(field('email')?.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toMatch('E-mail address');
  });
});

describe('confirming the address', () => {
  it('confirms the token of the link once and takes it out of the address', async () => {
    onApi('POST /api/v1/accounts/verify', { status: 200, body: { status: 'verified' } });
    show('/account/verify?token=vdv_abc');
    await screen.findByText(/Your e-mail address is confirmed/);
    const posts = calls.filter((c) => c.path === '/api/v1/accounts/verify');
    expect(posts.map((c) => c.body)).toEqual([{ token: 'vdv_abc' }]);
    await waitFor(() => expect(location).toBe('/account/verify'));
    expect(screen.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe('/account');
  });

  it('explains an unknown, used or expired link and offers both ways on', async () => {
    onApi('POST /api/v1/accounts/verify', {
      status: 400,
      body: problem(400, 'validation-failed', [{ path: 'token', message: 'is unknown' }]),
    });
    show('/account/verify?token=vdv_old');
    await screen.findByText(/unknown, has already been used, or has expired/);
    expect(screen.getByRole('link', { name: 'Register again' })).toBeTruthy();
    expect(field('token')).not.toBeNull();
  });

  it('takes a pasted code in the field named token', async () => {
    onApi('POST /api/v1/accounts/verify', { status: 200, body: { status: 'verified' } });
    show('/account/verify');
    fill('token', ' vdv_pasted ');
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    await screen.findByText(/Your e-mail address is confirmed/);
    expect(calls.at(-1)?.body).toEqual({ token: 'vdv_pasted' });
  });
});
