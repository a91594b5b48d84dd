// The fake API must be installed before the client module starts.
import { calls, onApi, problem, resetApi } from '../account/fake-api.js';
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadSession } from '../../api/session.js';
import {
  field,
  fill,
  showConsole as show,
  loadConsoleTexts,
  ROLE_ABILITIES,
} from './console-test-kit.js';

const STAFF = { id: 's1', email: 'kai@vendor.example', role: 'triager' };

beforeAll(loadConsoleTexts);
beforeEach(async () => {
  resetApi();
  onApi('GET /api/v1/session', { status: 401, body: problem(401, 'unauthorized') });
  await act(() => loadSession(true));
});
afterEach(cleanup);

describe('staff sign-in', () => {
  it('asks for the authenticator code when the password alone was right', async () => {
    onApi('POST /api/v1/session', (call) =>
      (call.body as { totp?: string }).totp === undefined
        ? { status: 401, body: problem(401, 'totp-required', [{ path: 'totp', message: 'x' }]) }
        : {
            status: 200,
            body: {
              account: STAFF,
              abilities: ROLE_ABILITIES.triager,
              csrfToken: 'vdc_1',
              expiresAt: '2026-03-09T09:00:00.000Z',
            },
          },
    );
    onApi('GET /api/v1/reports', { status: 200, body: { items: [], next: null } });
    show('/console/sign-in');
    expect(field('totp')?.getAttribute('autocomplete')).toBe('one-time-code');
    fill('email', 'kai@vendor.example');
    fill('password', 'correct horse battery');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(
      await screen.findByText(/Now enter the 6-digit code/, { selector: '.field-error' }),
    ).toBeTruthy();
    expect(field('totp')?.getAttribute('aria-invalid')).toBe('true');
    expect(calls.at(-1)?.body).toEqual({
      email: 'kai@vendor.example',
      password: 'correct horse battery',
    });

    fill('totp', '123456');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.getByTestId('where').textContent).toBe('/console'));
    expect(calls.find((c) => c.method === 'POST')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST').at(-1)?.body).toEqual({
      email: 'kai@vendor.example',
      password: 'correct horse battery',
      totp: '123456',
    });
    expect(await screen.findByText('No reports match these filters.')).toBeTruthy();
  });

  it('checks the code has six digits before asking the server', () => {
    show('/console/sign-in');
    fill('email', 'kai@vendor.example');
    fill('password', 'pw');
    fill('totp', '12 34');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByText(/Enter the 6 digits/)).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });

  it('shows the sign-in form in place of the queue when signed out', async () => {
    show('/console');
    expect(await screen.findByRole('heading', { level: 1, name: 'Staff sign-in' })).toBeTruthy();
    expect(calls.some((c) => c.path === '/api/v1/reports')).toBe(false);
  });

  it('turns researchers away', async () => {
    onApi('GET /api/v1/session', {
      status: 200,
      body: {
        account: { id: 'r1', email: 'r@example.org', role: 'researcher' },
        abilities: [],
        csrfToken: 'c',
      },
    });
    await act(() => loadSession(true));
    show('/console');
    expect(await screen.findByRole('heading', { level: 1, name: 'Staff only' })).toBeTruthy();
  });
});

describe('enrolment', () => {
  const LINK = {
    email: 'kai@vendor.example',
    role: 'triager',
    otpauthUri:
      'otpauth://totp/vulndesk:kai%40vendor.example?secret=JBSWY3DPEHPK3PXP&issuer=vulndesk',
    qrSvg: '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    expiresAt: '2026-03-12T09:00:00.000Z',
  };

  it('sends the token in a header only, shows the QR code as an image and the secret', async () => {
    onApi('GET /api/v1/staff/enrolment', { status: 200, body: LINK });
    show('/console/enrol#vde_secret');
    const img = await screen.findByRole('img', { name: /QR code/ });
    expect(img.getAttribute('src')).toMatch(/^data:image\/svg\+xml;charset=utf-8,%3Csvg/);
    expect(document.querySelector('script')).toBeNull();
    expect(screen.getByText('JBSWY3DPEHPK3PXP')).toBeTruthy();
    const get = calls.find((c) => c.path === '/api/v1/staff/enrolment');
    expect(get?.headers.get('x-enrolment-token')).toBe('vde_secret');
    expect(get?.query.toString()).toBe('');
  });

  it('sets the password with the code, then points to sign-in', async () => {
    onApi('GET /api/v1/staff/enrolment', { status: 200, body: LINK });
    onApi('POST /api/v1/staff/enrolment', {
      status: 200,
      body: { account: { id: 's1', email: LINK.email, role: 'triager' } },
    });
    show('/console/enrol#vde_secret');
    await screen.findByRole('img', { name: /QR code/ });
    fill('password', 'a long enough password');
    fill('totp', '654321');
    fireEvent.click(screen.getByRole('button', { name: 'Finish setting up' }));
    expect(await screen.findByRole('link', { name: 'Go to staff sign-in' })).toBeTruthy();
    expect(calls.at(-1)?.body).toEqual({
      token: 'vde_secret',
      password: 'a long enough password',
      totp: '654321',
    });
  });

  it('says when the link does not work', async () => {
    onApi('GET /api/v1/staff/enrolment', { status: 400, body: problem(400, 'invalid-token') });
    show('/console/enrol#vde_used');
    expect((await screen.findByRole('alert')).textContent).toMatch(/does not work/);
  });
});
