import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../../i18n/index.js';
import { Track } from '../track.js';

interface Init {
  params?: { path?: { id?: string } };
  headers?: Record<string, string>;
  body?: { body?: string };
}

interface FakeMessage {
  id: string;
  author: 'staff' | 'reporter';
  authorId: null;
  internal: false;
  body: string;
  bodyHtml: string;
  createdAt: string;
}

/**
 * A fake server with one report, VD-2026-00001 (token vdt_right), whose state the tests set.
 * An answer from the reporter moves a report waiting on them back to review, as the server does.
 */
const server = vi.hoisted(() => {
  const state: {
    calls: { method: string; path: string; authorization: string; body: unknown }[];
    report: Record<string, unknown>;
    messages: FakeMessage[];
    postMode: 'ok' | 'field-error' | 'network';
    /** When set, a POST waits for it (to see the form busy). */
    hold: Promise<void> | undefined;
  } = { calls: [], report: {}, messages: [], postMode: 'ok', hold: undefined };
  return state;
});

/** The longest message this fake server accepts (GET /api/v1/meta). */
const MAX = 40;

vi.mock('../../../api/client.js', () => {
  const answer = (status: number, data?: unknown, error?: unknown) =>
    Promise.resolve({ data, error, response: { status } });
  const allowed = (init?: Init) =>
    init?.params?.path?.id === 'VD-2026-00001' &&
    init.headers?.authorization === 'Bearer vdt_right';
  return {
    setCsrfToken: () => undefined,
    api: {
      GET: (path: string, init?: Init) => {
        server.calls.push({
          method: 'GET',
          path,
          authorization: init?.headers?.authorization ?? '',
          body: undefined,
        });
        if (path === '/api/v1/session') return answer(401, undefined, {});
        if (path === '/api/v1/meta') {
          return answer(200, {
            firstResponseHours: 24,
            maxAttachmentMb: 100,
            maxAttachments: 10,
            maxMessageLength: 40,
            languages: ['en', 'ja'],
          });
        }
        if (path === '/api/v1/help/destinations') {
          return answer(200, {
            language: 'en',
            items: [
              {
                id: 'phishing',
                group: 'malware-scams',
                title: 'I received a suspicious e-mail',
                text: 'Report phishing to our abuse team.',
                url: 'https://support.example.com/phishing',
              },
            ],
          });
        }
        if (!allowed(init)) return answer(404, undefined, {});
        if (path === '/api/v1/reports/{id}') return answer(200, server.report);
        if (path === '/api/v1/reports/{id}/messages') {
          return answer(200, { items: [...server.messages] });
        }
        return answer(200, {
          available: false,
          reason: 'responded',
          availableAfter: null,
          lastRequestedAt: null,
        });
      },
      POST: async (path: string, init?: Init) => {
        server.calls.push({
          method: 'POST',
          path,
          authorization: init?.headers?.authorization ?? '',
          body: init?.body,
        });
        if (server.hold !== undefined) await server.hold;
        if (!allowed(init)) return answer(404, undefined, {});
        if (server.postMode === 'network') throw new TypeError('Failed to fetch');
        if (server.postMode === 'field-error') {
          return answer(400, undefined, {
            type: 'urn:vulndesk:problem:validation-failed',
            title: 'Validation failed',
            status: 400,
            detail: 'the request is invalid',
            code: 'validation-failed',
            errors: [{ path: 'body', message: 'must not contain only whitespace' }],
          });
        }
        const text = init?.body?.body ?? '';
        server.messages.push({
          id: `m${server.messages.length + 1}`,
          author: 'reporter',
          authorId: null,
          internal: false,
          body: text,
          bodyHtml: `<p>${text}</p>\n`,
          createdAt: '2026-03-04T10:00:00.000Z',
        });
        if (server.report.researcherStatus === 'more-info-needed') {
          server.report = { ...server.report, status: 'triage', researcherStatus: 'in-review' };
        }
        return answer(201, server.messages.at(-1));
      },
    },
  };
});

const BASE_REPORT = {
  id: 'VD-2026-00001',
  receivedAt: '2026-03-02T09:00:00.000Z',
  firstResponseDueAt: '2026-03-03T09:00:00.000Z',
  quality: { tier: 'high', missing: [] },
  cvss: null,
  report: { title: 'Heap overflow in the PNG decoder' },
  attachments: [],
  timeline: [{ at: '2026-03-02T09:00:00.000Z', kind: 'received', actor: 'reporter', data: {} }],
};

const staffMessage = (id: string, html: string, createdAt: string): FakeMessage => ({
  id,
  author: 'staff',
  authorId: null,
  internal: false,
  body: html,
  bodyHtml: html,
  createdAt,
});

function openReport(heading = 'Report VD-2026-00001') {
  sessionStorage.setItem('vd.track.VD-2026-00001', 'vdt_right');
  const router = createMemoryRouter([{ path: '/track', element: <Track /> }], {
    initialEntries: ['/track?id=VD-2026-00001'],
  });
  render(<RouterProvider router={router} />);
  return screen.findByRole('heading', { name: heading });
}

const messagesSection = () =>
  within(screen.getByRole('region', { name: /^(Messages|メッセージ)$/ }));
const textArea = () => document.querySelector<HTMLTextAreaElement>('textarea[name="body"]');
const status = () =>
  document.querySelector<HTMLElement>('.track-messages [role="status"]')?.textContent ?? '';
const posts = () => server.calls.filter((c) => c.method === 'POST');

function write(text: string) {
  fireEvent.change(textArea() as HTMLTextAreaElement, { target: { value: text } });
}

async function send() {
  await act(async () => {
    document.querySelector<HTMLButtonElement>('.track-messages button[type="submit"]')?.click();
    await Promise.resolve();
  });
}

describe('the report on the tracking page', { timeout: 20_000 }, () => {
  beforeAll(async () => {
    await initI18n().changeLanguage('en');
  });
  beforeEach(() => {
    sessionStorage.clear();
    server.calls.length = 0;
    server.postMode = 'ok';
    server.hold = undefined;
    server.report = {
      ...BASE_REPORT,
      status: 'triage',
      researcherStatus: 'in-review',
      outcome: null,
    };
    server.messages = [
      staffMessage(
        'm1',
        '<p>Thanks, we are <strong>looking</strong> at it.</p>\n',
        '2026-03-02T12:00:00.000Z',
      ),
      {
        id: 'm2',
        author: 'reporter',
        authorId: null,
        internal: false,
        body: 'Great, thank you!',
        bodyHtml: '<p>Great, thank you!</p>\n',
        createdAt: '2026-03-02T13:00:00.000Z',
      },
    ];
  });
  afterEach(cleanup);

  it('shows every message the server sends, oldest first, with its side and its time zone', async () => {
    await openReport();
    const items = await waitFor(() => {
      const found = document.querySelectorAll('.track-message-list > li');
      expect(found).toHaveLength(2);
      return [...found];
    });
    expect(items.map((li) => li.querySelector('strong')?.textContent)).toEqual([
      'Security team',
      'You',
    ]);
    // The server's rendered Markdown, as HTML.
    expect(items[0]?.querySelector('.track-message-body strong')?.textContent).toBe('looking');
    expect(items[1]?.textContent).toContain('Great, thank you!');
    const time = items[0]?.querySelector('time[datetime="2026-03-02T12:00:00.000Z"]');
    expect(time?.textContent).toMatch(/UTC|GMT/);
    expect(screen.queryByText('The security team needs more information from you')).toBeNull();
    expect(messagesSection().getByLabelText(/^Your message/)).toBe(textArea());
    // The limit comes from /meta, which may answer after the report.
    expect(await messagesSection().findByText(/At most 40 characters\./)).toBeTruthy();
  });

  it('puts the team’s latest question first while it waits for an answer', async () => {
    server.report = {
      ...server.report,
      status: 'needs-info',
      researcherStatus: 'more-info-needed',
      timeline: [
        ...BASE_REPORT.timeline,
        {
          at: '2026-03-03T09:00:00.000Z',
          kind: 'status-changed',
          actor: 'staff',
          data: { status: 'more-info-needed' },
        },
      ],
    };
    server.messages.push(
      staffMessage('m3', '<p>Which build number did you test?</p>\n', '2026-03-03T09:00:00.000Z'),
    );
    await openReport();
    const request = await screen.findByRole('region', {
      name: 'The security team needs more information from you',
    });
    expect(request.textContent).toContain('Which build number did you test?');
    expect(request.textContent).not.toContain('looking');
    expect(screen.getAllByText('Waiting for your answer').length).toBeGreaterThan(0);
    expect(screen.getByText('Status: Waiting for your answer.')).toBeTruthy();
    // The link to the answer takes the focus to the text area, now asking for an answer.
    act(() => within(request).getByRole('link', { name: 'Write your answer' }).click());
    expect(document.activeElement).toBe(textArea());
    expect(messagesSection().getByLabelText(/^Your answer/)).toBe(textArea());
  });

  it('sends an answer, says so, and shows the report back under review', async () => {
    server.report = {
      ...server.report,
      status: 'needs-info',
      researcherStatus: 'more-info-needed',
    };
    await openReport();
    await screen.findByRole('region', {
      name: 'The security team needs more information from you',
    });
    let release: () => void = () => undefined;
    server.hold = new Promise((resolve) => {
      release = resolve;
    });
    write('Build 4.2.1.7730 on x64.');
    await send();
    const button = messagesSection().getByRole('button', { name: 'Sending…' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    await send(); // a second press while busy sends nothing more
    expect(posts()).toHaveLength(1);
    await act(async () => {
      release();
      await server.hold;
    });
    await waitFor(() =>
      expect(status()).toBe('Your message has been sent. The security team has been told.'),
    );
    expect(posts()[0]).toMatchObject({
      path: '/api/v1/reports/{id}/messages',
      authorization: 'Bearer vdt_right',
      body: { body: 'Build 4.2.1.7730 on x64.' },
    });
    expect(textArea()?.value).toBe('');
    // The page loads the report again: the answer is in the list and the review goes on.
    await waitFor(() =>
      expect(document.querySelectorAll('.track-message-list > li')).toHaveLength(3),
    );
    await screen.findByText('Under review');
    expect(screen.queryByText('The security team needs more information from you')).toBeNull();
  });

  it('asks for a message before sending anything, and keeps to the server’s limit', async () => {
    await openReport();
    await waitFor(() => expect(textArea()).not.toBeNull());
    write('   ');
    await send();
    expect(textArea()?.getAttribute('aria-invalid')).toBe('true');
    expect(messagesSection().getByText('Write your message first.')).toBeTruthy();
    write('x'.repeat(MAX + 1));
    await send();
    expect(
      messagesSection().getByText('Your message has 41 characters; at most 40 can be sent.'),
    ).toBeTruthy();
    expect(posts()).toEqual([]);
    write('x'.repeat(MAX));
    await send();
    await waitFor(() => expect(posts()).toHaveLength(1));
  });

  it('shows the server’s objection beside the field, and says the message was not sent', async () => {
    server.postMode = 'field-error';
    await openReport();
    await waitFor(() => expect(textArea()).not.toBeNull());
    write('Some text');
    await send();
    const error = await messagesSection().findByText('must not contain only whitespace');
    expect(textArea()?.getAttribute('aria-invalid')).toBe('true');
    expect(textArea()?.getAttribute('aria-describedby')?.split(' ')).toContain(error.id);
    expect(status()).toBe('Your message was not sent.');
    // The text is kept for another try.
    expect(textArea()?.value).toBe('Some text');
  });

  it('says when the message could not be sent at all', async () => {
    server.postMode = 'network';
    await openReport();
    await waitFor(() => expect(textArea()).not.toBeNull());
    write('Hello');
    await send();
    await waitFor(() =>
      expect(status()).toBe('Your message could not be sent. Check your connection and try again.'),
    );
    expect(textArea()?.value).toBe('Hello');
    expect(messagesSection().getByRole('button', { name: 'Send message' })).toBeTruthy();
  });

  it('names a rejection plainly, with the explanation and where to go instead', async () => {
    server.report = {
      ...server.report,
      status: 'rejected',
      researcherStatus: 'not-accepted',
      outcome: { disposition: 'not-a-vulnerability', reason: null, helpDestination: 'phishing' },
    };
    await openReport();
    expect(await screen.findByText('Closed: not a vulnerability')).toBeTruthy();
    const link = await screen.findByRole('link', { name: 'I received a suspicious e-mail' });
    expect(link.getAttribute('href')).toBe('https://support.example.com/phishing');
    expect(screen.getByText('Report phishing to our abuse team.')).toBeTruthy();
    cleanup();

    server.report = {
      ...server.report,
      outcome: {
        disposition: 'wont-fix',
        reason: 'The product reached its end of support.',
        helpDestination: null,
      },
    };
    await openReport();
    expect(await screen.findByText('Closed: will not be fixed')).toBeTruthy();
    expect(screen.getByText('The product reached its end of support.')).toBeTruthy();
  });

  it('speaks Japanese', async () => {
    server.report = {
      ...server.report,
      status: 'needs-info',
      researcherStatus: 'more-info-needed',
    };
    await act(() => initI18n().changeLanguage('ja'));
    try {
      await openReport('報告 VD-2026-00001');
      await screen.findByRole('region', {
        name: 'セキュリティ チームが追加の情報をお待ちしています',
      });
      expect(screen.getAllByText('ご回答待ち').length).toBeGreaterThan(0);
      expect(messagesSection().getAllByText('セキュリティ チーム').length).toBe(1);
      expect(messagesSection().getByText('あなた')).toBeTruthy();
      expect(messagesSection().getByRole('button', { name: 'メッセージを送信' })).toBeTruthy();
      write('  ');
      await send();
      expect(messagesSection().getByText('メッセージを入力してください。')).toBeTruthy();
    } finally {
      await act(() => initI18n().changeLanguage('en'));
    }
  });
});
