// The fake API must be installed before the client module starts.
import { calls, onApi, problem, resetApi } from '../account/fake-api.js';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadSession } from '../../api/session.js';
import {
  fill,
  loadConsoleTexts,
  ROLE_ABILITIES,
  sessionOf,
  showConsole as show,
  showIn,
} from './console-test-kit.js';

const ADMIN = sessionOf('admin', ROLE_ABILITIES.admin);

function user(id: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    email: `${id}@vendor.example`,
    role: 'triager',
    status: 'active',
    createdAt: '2026-03-01T09:00:00.000Z',
    lastSignInAt: '2026-03-02T08:00:00.000Z',
    disabledAt: null,
    tokenCount: 0,
    enrolmentExpiresAt: null,
    ...overrides,
  };
}

const USERS = [
  user('admin-1', { email: 'admin@vendor.example', role: 'admin' }),
  user('kai', { tokenCount: 1 }),
  user('rin', {
    status: 'enrolment-pending',
    lastSignInAt: null,
    enrolmentExpiresAt: '2026-03-05T09:00:00.000Z',
  }),
  user('sam', { status: 'disabled', disabledAt: '2026-03-02T07:00:00.000Z' }),
];

const TOKEN = {
  id: 't1',
  name: 'nightly export',
  prefix: 'vdp_abcdef',
  createdAt: '2026-03-01T10:00:00.000Z',
  lastUsedAt: null,
};

async function signedInAs(session: ReturnType<typeof sessionOf>) {
  onApi('GET /api/v1/session', { status: 200, body: session });
  await act(() => loadSession(true));
}

const card = async (email: string) =>
  (await screen.findByRole('heading', { level: 3, name: new RegExp(email) })).closest(
    'li',
  ) as HTMLElement;

const listCalls = () => calls.filter((c) => c.method === 'GET' && c.path === '/api/v1/staff/users');

beforeAll(loadConsoleTexts);
beforeEach(async () => {
  resetApi();
  onApi('GET /api/v1/staff/users', { status: 200, body: { items: USERS } });
  await signedInAs(ADMIN);
});
afterEach(cleanup);

describe('the users page', () => {
  it('lists staff accounts with role, status and last sign-in in words', async () => {
    show('/console/users');
    const kai = within(await card('kai@vendor.example'));
    expect(kai.getByText('triager', { selector: 'dd' })).toBeTruthy();
    expect(kai.getByText('Active')).toBeTruthy();
    expect(kai.getByRole('button', { name: 'API tokens (1)' })).toBeTruthy();
    const rin = within(await card('rin@vendor.example'));
    expect(rin.getByText('Enrolment pending')).toBeTruthy();
    expect(rin.getByText('Not known')).toBeTruthy();
    const sam = within(await card('sam@vendor.example'));
    expect(sam.getByText('Disabled')).toBeTruthy();
    expect(sam.getByRole('button', { name: 'Enable account' })).toBeTruthy();
    expect(sam.queryByRole('button', { name: 'Reset sign-in' })).toBeNull();
    expect(within(await card('admin@vendor.example')).getByText('(you)')).toBeTruthy();
  });

  it('shows the console sections an admin may use in the navigation', async () => {
    show('/console/users');
    const nav = await screen.findByRole('navigation', { name: 'Console' });
    const links = within(nav)
      .getAllByRole('link')
      .map((a) => a.textContent);
    expect(links).toEqual(['Queue', 'Metrics', 'Products', 'Users', 'Audit log']);
  });

  it('is neither linked nor shown to roles without user.read, and asks nothing of the server', async () => {
    await signedInAs(sessionOf('triager', ROLE_ABILITIES.triager));
    show('/console/users');
    expect(await screen.findByText('Your role may not use this page.')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Console' });
    expect(within(nav).queryByRole('link', { name: 'Users' })).toBeNull();
    expect(within(nav).queryByRole('link', { name: 'Audit log' })).toBeNull();
    expect(within(nav).getByRole('link', { name: 'Products' })).toBeTruthy();
    expect(listCalls()).toHaveLength(0);
  });

  it('hides the changes a role may not make', async () => {
    await signedInAs(sessionOf('reader', ['user.read']));
    onApi('GET /api/v1/staff/users/kai/tokens', {
      status: 200,
      body: { items: [TOKEN] },
    });
    show('/console/users');
    const kai = within(await card('kai@vendor.example'));
    expect(screen.queryByRole('heading', { name: 'Add a staff member' })).toBeNull();
    expect(kai.queryByRole('button', { name: 'Disable account' })).toBeNull();
    expect(kai.queryByRole('button', { name: 'Reset sign-in' })).toBeNull();
    expect(kai.queryByRole('combobox')).toBeNull();
    fireEvent.click(kai.getByRole('button', { name: 'API tokens (1)' }));
    expect(await kai.findByText('nightly export')).toBeTruthy();
    expect(kai.queryByRole('button', { name: /Revoke/ })).toBeNull();
    expect(kai.queryByRole('button', { name: 'Create token' })).toBeNull();
  });

  it('adds a member and shows the enrolment link once, with a copy button', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const link = 'https://vulndesk.test/console/enrol#vde_secret';
    onApi('POST /api/v1/staff/users', {
      status: 201,
      body: {
        user: user('new', { email: 'new@vendor.example', status: 'enrolment-pending' }),
        enrolment: { url: link, expiresAt: '2026-03-05T09:00:00.000Z' },
      },
    });
    show('/console/users');
    await card('kai@vendor.example');
    fireEvent.click(screen.getByRole('button', { name: 'Add and make the enrolment link' }));
    expect(await screen.findByText('Enter E-mail address.')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    fill('email', ' new@vendor.example ');
    fill('role', 'auditor');
    fireEvent.click(screen.getByRole('button', { name: 'Add and make the enrolment link' }));
    const heading = await screen.findByRole('heading', {
      name: 'Enrolment link for new@vendor.example',
    });
    const notice = heading.closest('div') as HTMLElement;
    expect(within(notice).getByLabelText('Enrolment link')).toHaveProperty('value', link);
    // Focus moves in an effect after the notice renders.
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.body).toEqual({ email: 'new@vendor.example', role: 'auditor' });
    expect(post?.headers.get('x-csrf-token')).toBe('vdc_test');
    fireEvent.click(within(notice).getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(link));
    expect(await within(notice).findByText('Copied to the clipboard.')).toBeTruthy();
    await waitFor(() => expect(listCalls()).toHaveLength(2));

    fireEvent.click(within(notice).getByRole('button', { name: 'I have saved it' }));
    expect(screen.queryByDisplayValue(link)).toBeNull();
  });

  it('keeps each new member’s link until it is dismissed, however many are added', async () => {
    const linkOf = (email: string) => `https://vulndesk.test/console/enrol#vde_${email}`;
    onApi('POST /api/v1/staff/users', (call) => {
      const { email } = call.body as { email: string };
      return {
        status: 201,
        body: {
          user: user(email, { email, status: 'enrolment-pending' }),
          enrolment: { url: linkOf(email), expiresAt: '2026-03-05T09:00:00.000Z' },
        },
      };
    });
    show('/console/users');
    await card('kai@vendor.example');
    const add = async (email: string) => {
      fill('email', email);
      fill('role', 'triager');
      fireEvent.click(screen.getByRole('button', { name: 'Add and make the enrolment link' }));
      return (await screen.findByRole('heading', { name: `Enrolment link for ${email}` })).closest(
        'div',
      ) as HTMLElement;
    };
    const first = await add('ann@vendor.example');
    const second = await add('bo@vendor.example');
    // The first link is still there beside the second, each with its own controls.
    expect(within(first).getByLabelText('Enrolment link')).toHaveProperty(
      'value',
      linkOf('ann@vendor.example'),
    );
    expect(within(second).getByLabelText('Enrolment link')).toHaveProperty(
      'value',
      linkOf('bo@vendor.example'),
    );

    fireEvent.click(within(second).getByRole('button', { name: 'I have saved it' }));
    expect(screen.queryByDisplayValue(linkOf('bo@vendor.example'))).toBeNull();
    expect(screen.getByDisplayValue(linkOf('ann@vendor.example'))).toBeTruthy();
    fireEvent.click(within(first).getByRole('button', { name: 'I have saved it' }));
    expect(screen.queryByDisplayValue(linkOf('ann@vendor.example'))).toBeNull();
  });

  it('shows the server’s objection beside the field it names', async () => {
    onApi('POST /api/v1/staff/users', {
      status: 409,
      body: problem(409, 'conflict', [{ path: 'email', message: 'belongs to an account already' }]),
    });
    show('/console/users');
    await card('kai@vendor.example');
    fill('email', 'kai@vendor.example');
    fill('role', 'triager');
    fireEvent.click(screen.getByRole('button', { name: 'Add and make the enrolment link' }));
    const message = await screen.findByText('belongs to an account already');
    const email = document.getElementById('user-add-form-email') as HTMLInputElement;
    expect(message.closest('.field')).toBe(email.closest('.field'));
    expect(email.getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(email));
  });

  it('refuses to demote the last admin beside the role, and changes a role otherwise', async () => {
    onApi('PATCH /api/v1/staff/users/admin-1', {
      status: 409,
      body: problem(409, 'conflict', [{ path: 'role', message: 'would leave no enabled admin' }]),
    });
    onApi('PATCH /api/v1/staff/users/kai', {
      status: 200,
      body: user('kai', { role: 'case-manager' }),
    });
    show('/console/users');
    const self = within(await card('admin@vendor.example'));
    fireEvent.change(self.getByRole('combobox', { name: 'Role' }), {
      target: { value: 'auditor' },
    });
    fireEvent.click(self.getByRole('button', { name: 'Change role' }));
    const message = await self.findByText('would leave no enabled admin');
    expect(message.closest('.field')?.querySelector('select')?.getAttribute('aria-invalid')).toBe(
      'true',
    );

    const kai = within(await card('kai@vendor.example'));
    fireEvent.change(kai.getByRole('combobox', { name: 'Role' }), {
      target: { value: 'case-manager' },
    });
    fireEvent.click(kai.getByRole('button', { name: 'Change role' }));
    await waitFor(() => expect(listCalls()).toHaveLength(2));
    expect(calls.find((c) => c.path === '/api/v1/staff/users/kai')?.body).toEqual({
      role: 'case-manager',
    });
  });

  it('disables an account only after asking, and shows a refusal beside the button', async () => {
    let answer: { status: number; body: unknown } = {
      status: 409,
      body: problem(409, 'conflict', [
        { path: 'disabled', message: 'would leave no enabled admin' },
      ]),
    };
    onApi('PATCH /api/v1/staff/users/kai', () => answer);
    show('/console/users');
    const kai = within(await card('kai@vendor.example'));
    fireEvent.click(kai.getByRole('button', { name: 'Disable account' }));
    const ask = kai.getByRole('alertdialog');
    expect(ask.textContent).toMatch(/Disable kai@vendor.example\? Their sessions end/);
    expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(0);
    fireEvent.click(within(ask).getByRole('button', { name: 'Yes, disable' }));
    expect((await kai.findByRole('alert')).textContent).toBe('would leave no enabled admin');

    answer = { status: 200, body: user('kai', { status: 'disabled' }) };
    fireEvent.click(kai.getByRole('button', { name: 'Disable account' }));
    fireEvent.click(
      within(kai.getByRole('alertdialog')).getByRole('button', { name: 'Yes, disable' }),
    );
    await waitFor(() => expect(listCalls()).toHaveLength(2));
    expect(calls.filter((c) => c.method === 'PATCH').map((c) => c.body)).toEqual([
      { disabled: true },
      { disabled: true },
    ]);
  });

  it('resets after asking and shows the new link once', async () => {
    onApi('POST /api/v1/staff/users/kai/reset', {
      status: 200,
      body: {
        user: user('kai', { status: 'enrolment-pending' }),
        enrolment: {
          url: 'https://vulndesk.test/console/enrol#vde_new',
          expiresAt: '2026-03-05T09:00:00.000Z',
        },
        sessionsEnded: 1,
      },
    });
    show('/console/users');
    const kai = within(await card('kai@vendor.example'));
    fireEvent.click(kai.getByRole('button', { name: 'Reset sign-in' }));
    fireEvent.click(
      within(kai.getByRole('alertdialog')).getByRole('button', { name: 'Yes, reset' }),
    );
    expect(
      await kai.findByRole('heading', { name: 'New enrolment link for kai@vendor.example' }),
    ).toBeTruthy();
    expect(kai.getByDisplayValue('https://vulndesk.test/console/enrol#vde_new')).toBeTruthy();
  });

  it('creates a token shown once and revokes one after asking', async () => {
    let tokens = [TOKEN];
    onApi('GET /api/v1/staff/users/kai/tokens', () => ({ status: 200, body: { items: tokens } }));
    onApi('POST /api/v1/staff/users/kai/tokens', (call) => {
      const name = (call.body as { name: string }).name;
      const created = { ...TOKEN, id: 't2', name, prefix: 'vdp_zyxwvu' };
      tokens = [created, ...tokens];
      return { status: 201, body: { ...created, token: 'vdp_zyxwvu_secret' } };
    });
    onApi('DELETE /api/v1/staff/users/kai/tokens/t1', () => {
      tokens = tokens.filter((t) => t.id !== 't1');
      return { status: 204 };
    });
    show('/console/users');
    const kai = within(await card('kai@vendor.example'));
    fireEvent.click(kai.getByRole('button', { name: 'API tokens (1)' }));
    expect(await kai.findByText('nightly export')).toBeTruthy();

    fireEvent.change(kai.getByRole('textbox', { name: /New token name/ }), {
      target: { value: 'ci deploy' },
    });
    fireEvent.click(kai.getByRole('button', { name: 'Create token' }));
    expect(await kai.findByRole('heading', { name: 'Token “ci deploy”' })).toBeTruthy();
    expect(kai.getByDisplayValue('vdp_zyxwvu_secret')).toBeTruthy();
    expect(await kai.findByText('ci deploy')).toBeTruthy();

    fireEvent.click(kai.getByRole('button', { name: 'Revoke the token nightly export' }));
    expect(calls.filter((c) => c.method === 'DELETE')).toHaveLength(0);
    fireEvent.click(
      within(kai.getByRole('alertdialog')).getByRole('button', { name: 'Yes, revoke' }),
    );
    await waitFor(() => expect(kai.queryByText('nightly export')).toBeNull());
    expect(calls.filter((c) => c.method === 'DELETE')).toHaveLength(1);
  });

  it('keeps each new token’s secret until it is dismissed, however many are made', async () => {
    let made = 0;
    onApi('GET /api/v1/staff/users/kai/tokens', { status: 200, body: { items: [TOKEN] } });
    onApi('POST /api/v1/staff/users/kai/tokens', (call) => {
      made += 1;
      const { name } = call.body as { name: string };
      return {
        status: 201,
        body: { ...TOKEN, id: `t${made + 1}`, name, token: `vdp_made${made}_secret` },
      };
    });
    show('/console/users');
    const kai = within(await card('kai@vendor.example'));
    fireEvent.click(kai.getByRole('button', { name: 'API tokens (1)' }));
    expect(await kai.findByText('nightly export')).toBeTruthy();
    const create = async (name: string) => {
      fireEvent.change(kai.getByRole('textbox', { name: /New token name/ }), {
        target: { value: name },
      });
      fireEvent.click(kai.getByRole('button', { name: 'Create token' }));
      return within(await kai.findByRole('group', { name: `Token “${name}”` }));
    };
    const first = await create('ci deploy');
    const second = await create('backup');
    // The first secret is still there beside the second, each with its own controls.
    expect(first.getByLabelText('Token')).toHaveProperty('value', 'vdp_made1_secret');
    expect(second.getByLabelText('Token')).toHaveProperty('value', 'vdp_made2_secret');

    fireEvent.click(second.getByRole('button', { name: 'I have saved it' }));
    expect(screen.queryByDisplayValue('vdp_made2_secret')).toBeNull();
    expect(screen.getByDisplayValue('vdp_made1_secret')).toBeTruthy();
    fireEvent.click(first.getByRole('button', { name: 'I have saved it' }));
    expect(screen.queryByDisplayValue('vdp_made1_secret')).toBeNull();
  });

  it('speaks Japanese', async () => {
    await showIn('ja');
    try {
      show('/console/users');
      expect(
        await screen.findByRole('heading', { level: 1, name: 'スタッフユーザー' }),
      ).toBeTruthy();
      const kai = within(await card('kai@vendor.example'));
      expect(kai.getByText('有効')).toBeTruthy();
      expect(kai.getByText('トリアージ担当', { selector: 'dd' })).toBeTruthy();
      expect(kai.getByRole('button', { name: 'アカウントを無効にする' })).toBeTruthy();
      expect(screen.getByRole('button', { name: '追加して登録リンクを作成' })).toBeTruthy();
    } finally {
      await showIn('en');
    }
  });
});
