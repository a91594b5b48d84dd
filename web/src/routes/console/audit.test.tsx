// The fake API must be installed before the client module starts.
import { calls, onApi, problem, resetApi } from '../account/fake-api.js';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_NON_ACCOUNT_ACTORS } from '../../../../src/domain/audit/actions.js';
import { loadSession } from '../../api/session.js';
import { initI18n, LANGUAGES } from '../../i18n/index.js';
import {
  ROLE_ABILITIES,
  field,
  fill,
  loadConsoleTexts,
  sessionOf,
  showConsole as show,
  showIn,
} from './console-test-kit.js';

const ADMIN_ID = '01900000-0000-7000-8000-0000000000a1';

function entry(seq: number, overrides: Record<string, unknown> = {}) {
  return {
    seq,
    id: `01900000-0000-7000-8000-${String(seq).padStart(12, '0')}`,
    at: '2026-03-02T09:00:00.000Z',
    actor: ADMIN_ID,
    actorEmail: 'admin@example.com',
    action: 'staff.disabled',
    target: 'account:01900000-0000-7000-8000-0000000000b2',
    diff: { disabledAt: [null, '2026-03-02T09:00:00.000Z'], sessions: [2, 0] },
    prevHash: 'a'.repeat(64),
    hash: 'b'.repeat(64),
    ...overrides,
  };
}

async function signedInAs(session: ReturnType<typeof sessionOf>) {
  onApi('GET /api/v1/session', { status: 200, body: session });
  await act(() => loadSession(true));
}

const auditCalls = () => calls.filter((c) => c.method === 'GET' && c.path === '/api/v1/audit');

beforeAll(loadConsoleTexts);
beforeEach(async () => {
  resetApi();
  onApi('GET /api/v1/audit', {
    status: 200,
    body: {
      items: [
        entry(3),
        entry(2, {
          actor: 'cli',
          actorEmail: null,
          action: 'staff.added',
          diff: { role: [null, 'admin'] },
        }),
        entry(1, {
          actor: 'anonymous',
          actorEmail: null,
          action: 'session.sign-in-failed',
          diff: null,
        }),
      ],
      next: '1',
    },
  });
  await signedInAs(sessionOf('auditor', ROLE_ABILITIES.auditor));
});
afterEach(cleanup);

describe('the audit page', () => {
  it('lists entries with time, actor, action, target and the changes folded away', async () => {
    show('/console/audit');
    const table = await screen.findByRole('table', { name: 'Audit log entries, newest first' });
    const rows = [...table.querySelectorAll(':scope > tbody > tr')];
    expect(rows).toHaveLength(3);
    const newest = within(rows[0] as HTMLElement);
    expect(newest.getByText('staff.disabled')).toBeTruthy();
    expect(newest.getByRole('link', { name: `Show only entries by ${ADMIN_ID}` })).toBeTruthy();
    // The acting account's address beside its id; none for the CLI or an anonymous caller.
    expect(newest.getByText('admin@example.com')).toBeTruthy();
    expect(rows[1]?.querySelector('.audit-actor-email')).toBeNull();
    // Each action in words above its code; the actors that are not accounts in words too.
    expect(newest.getByText('Staff account disabled')).toBeTruthy();
    const cli = within(rows[1] as HTMLElement);
    expect(cli.getByText('command line')).toBeTruthy();
    expect(cli.getByText('Staff account added')).toBeTruthy();
    expect(cli.getByText('staff.added')).toBeTruthy();
    expect(within(rows[2] as HTMLElement).getByText('not signed in')).toBeTruthy();
    const summary = newest.getByText('2 changes');
    const details = summary.closest('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    fireEvent.click(summary);
    const diff = within(details)
      .getAllByRole('row')
      .map((r) => r.textContent);
    expect(diff).toEqual([
      'FieldBeforeAfter',
      'disabledAtnull"2026-03-02T09:00:00.000Z"',
      'sessions20',
    ]);
    expect(within(rows[2] as HTMLElement).getByText(/this entry was altered/)).toBeTruthy();
    expect(newest.getByText((_, el) => el?.tagName === 'TIME')).toBeTruthy();
  });

  it('sends its filters as the API’s query parameters and keeps them in the address', async () => {
    show('/console/audit?action=staff.added');
    await screen.findByRole('table', { name: 'Audit log entries, newest first' });
    expect(Object.fromEntries(auditCalls()[0]?.query ?? [])).toEqual({ action: 'staff.added' });
    expect(field('action')?.value).toBe('staff.added');
    fill('actor', 'cli');
    fill('from', '2026-03-01T00:00');
    fireEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    const from = new Date('2026-03-01T00:00').toISOString();
    await waitFor(() =>
      expect(screen.getByTestId('where').textContent).toBe(
        `/console/audit?${new URLSearchParams({ actor: 'cli', action: 'staff.added', from }).toString()}`,
      ),
    );
    await waitFor(() => expect(auditCalls()).toHaveLength(2));
    expect(auditCalls()[1]?.query.get('from')).toBe(from);
  });

  it('pages to older entries with the cursor the server gave, and filters by a value', async () => {
    show('/console/audit?target=report%3AVD-2026-00001');
    fireEvent.click(await screen.findByRole('link', { name: 'Older entries' }));
    await waitFor(() =>
      expect(screen.getByTestId('where').textContent).toBe(
        '/console/audit?target=report%3AVD-2026-00001&cursor=1',
      ),
    );
    await waitFor(() => expect(auditCalls().at(-1)?.query.get('cursor')).toBe('1'));
    fireEvent.click(await screen.findByRole('link', { name: 'Show only entries by cli' }));
    await waitFor(() =>
      expect(screen.getByTestId('where').textContent).toBe('/console/audit?actor=cli'),
    );
  });

  it('shows a filter the server refused beside its field', async () => {
    onApi('GET /api/v1/audit', {
      status: 400,
      body: problem(400, 'validation-failed', [
        { path: 'querystring:from', message: 'must match format "date-time"' },
      ]),
    });
    show('/console/audit?from=yesterday');
    const message = await screen.findByText('must match format "date-time"');
    expect(message.closest('.field')).toBe(field('from')?.closest('.field'));
    expect(field('from')?.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toMatch(/refused these filters/);
  });

  it('is neither linked nor shown to roles that may not read the log', async () => {
    await signedInAs(sessionOf('triager', ROLE_ABILITIES.triager));
    show('/console/audit');
    expect(await screen.findByText('Your role may not use this page.')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Audit log' })).toBeNull();
    expect(auditCalls()).toHaveLength(0);
  });

  it('is linked for auditors, who see no users page', async () => {
    show('/console/audit');
    const nav = await screen.findByRole('navigation', { name: 'Console' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Queue', 'Metrics', 'Products', 'Audit log']);
  });

  it('speaks Japanese', async () => {
    await showIn('ja');
    try {
      show('/console/audit');
      expect(await screen.findByRole('heading', { level: 1, name: '監査ログ' })).toBeTruthy();
      expect(await screen.findByText('2 件の変更')).toBeTruthy();
      expect(screen.getByText('スタッフ アカウントの無効化')).toBeTruthy();
      expect(screen.getByText('コマンドライン')).toBeTruthy();
      expect(screen.getByRole('button', { name: '絞り込む' })).toBeTruthy();
      expect(screen.getByRole('link', { name: '古いエントリー' })).toBeTruthy();
    } finally {
      await showIn('en');
    }
  });
});

describe('the words for the codes of the audit log', () => {
  it.each(LANGUAGES)('name every action and every actor that is not an account in %s', (lng) => {
    // The language's own texts: a word missing in Japanese must not pass as the English one.
    const i18n = initI18n();
    const missing = (keys: readonly string[]) =>
      keys.filter((k) => {
        const text: unknown = i18n.getResource(lng, 'translation', `console.audit.${k}`);
        return typeof text !== 'string' || text === '';
      });
    expect(missing(AUDIT_ACTIONS.map((a) => `action.${a}`))).toEqual([]);
    expect(missing(AUDIT_NON_ACCOUNT_ACTORS.map((a) => `actorKind.${a}`))).toEqual([]);
  });
});
