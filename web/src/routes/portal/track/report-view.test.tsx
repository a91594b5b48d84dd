import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeXhr, nthXhr, partsOf, resetXhr, xhrRequests } from '../../../api/fake-xhr.js';
import { loadSession } from '../../../api/session.js';
import { initI18n } from '../../../i18n/index.js';
import { Track } from '../track.js';

interface Init {
  params?: { path?: { id?: string; attachmentId?: string } };
  headers?: Record<string, string>;
  body?: { body?: string };
}

interface FakeFile {
  id: string;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
}

interface FakeMessage {
  id: string;
  author: 'staff' | 'reporter';
  authorId: null;
  internal: false;
  body: string;
  bodyHtml: string;
  createdAt: string;
  attachments: FakeFile[];
}

/**
 * A fake server with one report, VD-2026-00001 (token vdt_right, or the session of the account
 * that sent it when `signedIn`), whose state the tests set. An answer from the reporter moves a
 * report waiting on them back to review, as the server does. Uploads (multipart) go through the
 * fake XMLHttpRequest instead, which the tests answer.
 */
const server = vi.hoisted(() => {
  const state: {
    calls: { method: string; path: string; authorization: string; body: unknown }[];
    report: Record<string, unknown>;
    messages: FakeMessage[];
    postMode: 'ok' | 'field-error' | 'network';
    /** When set, a POST waits for it (to see the form busy). */
    hold: Promise<void> | undefined;
    signedIn: boolean;
    /** The CSRF token the session answer hands out, and the one the page keeps. */
    sessionCsrf: string;
    csrf: string | undefined;
    /** The content of each downloadable file, by attachment id. */
    files: Map<string, string>;
    downloadFails: boolean;
  } = {
    calls: [],
    report: {},
    messages: [],
    postMode: 'ok',
    hold: undefined,
    signedIn: false,
    sessionCsrf: 'vdc_1',
    csrf: undefined,
    files: new Map(),
    downloadFails: false,
  };
  return state;
});

/** The longest message this fake server accepts (GET /api/v1/meta). */
const MAX = 40;

vi.mock('../../../api/client.js', () => {
  const answer = (status: number, data?: unknown, error?: unknown) =>
    Promise.resolve({ data, error, response: { status, ok: status >= 200 && status < 300 } });
  const allowed = (init?: Init) =>
    init?.params?.path?.id === 'VD-2026-00001' &&
    (init.headers?.authorization === 'Bearer vdt_right' ||
      (server.signedIn && init.headers?.authorization === undefined));
  return {
    setCsrfToken: (token: string | undefined) => {
      server.csrf = token;
    },
    csrfHeaders: (): Record<string, string> =>
      server.csrf === undefined ? {} : { 'x-csrf-token': server.csrf },
    api: {
      GET: (path: string, init?: Init) => {
        server.calls.push({
          method: 'GET',
          path,
          authorization: init?.headers?.authorization ?? '',
          body: undefined,
        });
        if (path === '/api/v1/session') {
          return server.signedIn
            ? answer(200, {
                account: { id: 'r1', email: 'rae@example.org', role: 'researcher' },
                abilities: [],
                csrfToken: server.sessionCsrf,
              })
            : answer(401, undefined, {});
        }
        if (path === '/api/v1/meta') {
          return answer(200, {
            firstResponseHours: 24,
            maxAttachmentMb: 1,
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
        if (path === '/api/v1/reports/{id}/attachments/{attachmentId}') {
          if (server.downloadFails) return Promise.reject(new TypeError('Failed to fetch'));
          const content = server.files.get(init?.params?.path?.attachmentId ?? '');
          return content === undefined
            ? answer(404, undefined, {})
            : answer(200, new Blob([content]));
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
          attachments: [],
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
  attachments: [],
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

/** The report in review with a message from each side; signed out, nothing to download. */
function resetServer() {
  sessionStorage.clear();
  server.calls.length = 0;
  server.postMode = 'ok';
  server.hold = undefined;
  server.signedIn = false;
  server.csrf = undefined;
  server.files = new Map();
  server.downloadFails = false;
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
      attachments: [],
    },
  ];
}

describe('the report on the tracking page', { timeout: 20_000 }, () => {
  beforeAll(async () => {
    await initI18n().changeLanguage('en');
  });
  beforeEach(resetServer);
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

const PATCH: FakeFile = {
  id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
  filename: 'patch.diff',
  contentType: 'text/x-diff',
  size: 2048,
  sha256: 'ef'.repeat(32),
};
const POC: FakeFile = {
  id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a60',
  filename: 'poc.py',
  contentType: 'text/x-python',
  size: 10,
  sha256: 'ab'.repeat(32),
};

const fileInput = () => document.querySelector<HTMLInputElement>('input[name="attachments"]');
const textFile = (name: string, content = `contents of ${name}`) =>
  new File([content], name, { type: 'text/plain' });

function pick(...files: File[]) {
  fireEvent.change(fileInput() as HTMLInputElement, { target: { files } });
}

/** Downloads handed to the browser: each Blob object URL made, and each link clicked. */
function watchDownloads() {
  const blobs: Blob[] = [];
  const clicked: { href: string; download: string }[] = [];
  vi.stubGlobal('URL', {
    ...URL,
    createObjectURL: (blob: Blob) => {
      blobs.push(blob);
      return `blob:http://127.0.0.1/${blobs.length}`;
    },
    revokeObjectURL: () => undefined,
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    clicked.push({ href: this.getAttribute('href') ?? '', download: this.download });
  });
  return { blobs, clicked };
}

/** A Blob's text (jsdom's Blob has no `text()`). */
function textOf(blob: Blob | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    if (blob === undefined) return reject(new Error('no blob'));
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(blob);
  });
}

const messageItem = (n: number) =>
  within(document.querySelectorAll<HTMLElement>('.track-message-list > li')[n] as HTMLElement);

describe('files with the messages on the tracking page', { timeout: 20_000 }, () => {
  beforeAll(async () => {
    await initI18n().changeLanguage('en');
  });
  beforeEach(() => {
    resetServer();
    resetXhr();
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    server.messages[0] = { ...(server.messages[0] as FakeMessage), attachments: [PATCH] };
    server.report = { ...server.report, attachments: [POC] };
  });
  afterEach(async () => {
    cleanup();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    if (server.signedIn) {
      server.signedIn = false;
      await act(() => loadSession(true));
    }
  });

  it('lists each message’s files with size and SHA-256, and downloads them with the token', async () => {
    server.files.set(PATCH.id, 'diff --git a/decoder.c b/decoder.c');
    const { blobs, clicked } = watchDownloads();
    await openReport();
    const files = await waitFor(() =>
      messageItem(0).getByRole('list', { name: 'Files sent with this message' }),
    );
    expect(files.textContent).toContain('patch.diff');
    expect(files.textContent).toContain('(2 kB)');
    expect(within(files).getByText('ef'.repeat(32))).toBeTruthy();
    expect(messageItem(1).queryByRole('list')).toBeNull();

    await act(async () => {
      within(files).getByRole('button', { name: 'Download patch.diff' }).click();
      await Promise.resolve();
    });
    await waitFor(() => expect(clicked).toHaveLength(1));
    const download = server.calls.find((c) => c.path.includes('/attachments/'));
    expect(download).toMatchObject({
      path: '/api/v1/reports/{id}/attachments/{attachmentId}',
      authorization: 'Bearer vdt_right',
    });
    expect(await textOf(blobs[0])).toBe('diff --git a/decoder.c b/decoder.c');
    expect(clicked[0]).toEqual({ href: 'blob:http://127.0.0.1/1', download: 'patch.diff' });
    expect(screen.queryByRole('alert', { name: /could not be downloaded/ })).toBeNull();

    // The report's own files download the same way.
    const reportFiles = within(screen.getByRole('region', { name: 'Files you sent' }));
    expect(reportFiles.getByText('ab'.repeat(32))).toBeTruthy();
    server.files.set(POC.id, 'print(1)');
    await act(async () => {
      reportFiles.getByRole('button', { name: 'Download poc.py' }).click();
      await Promise.resolve();
    });
    await waitFor(() => expect(clicked).toHaveLength(2));
    expect(await textOf(blobs[1])).toBe('print(1)');
    expect(clicked[1]?.download).toBe('poc.py');
  });

  it('says so beside the file when it cannot be downloaded', async () => {
    const { clicked } = watchDownloads();
    await openReport();
    const button = await messageItem(0).findByRole('button', { name: 'Download patch.diff' });
    // The file is gone (404), then the connection fails.
    for (const [fails, said] of [
      [
        false,
        '“patch.diff” could not be downloaded: it can no longer be opened with the tracking ' +
          'token in use.',
      ],
      [true, '“patch.diff” could not be downloaded. Check your connection and try again.'],
    ] as const) {
      server.downloadFails = fails;
      await act(async () => {
        button.click();
        await Promise.resolve();
      });
      expect(await messageItem(0).findByText(said)).toBeTruthy();
    }
    expect(clicked).toEqual([]);
  });

  it('links to the files with the session, whose cookie goes along', async () => {
    server.signedIn = true;
    await act(() => loadSession(true));
    const router = createMemoryRouter([{ path: '/track', element: <Track /> }], {
      initialEntries: ['/track?id=VD-2026-00001'],
    });
    render(<RouterProvider router={router} />);
    const link = await screen.findByRole('link', { name: 'Download patch.diff' });
    expect(link.getAttribute('href')).toBe(`/api/v1/reports/VD-2026-00001/attachments/${PATCH.id}`);
    expect(link.getAttribute('download')).toBe('patch.diff');
    const poc = screen.getByRole('link', { name: 'Download poc.py' });
    expect(poc.getAttribute('href')).toBe(`/api/v1/reports/VD-2026-00001/attachments/${POC.id}`);
  });

  it('sends files with the message as multipart, with the token, and shows the upload', async () => {
    await openReport();
    await waitFor(() => expect(fileInput()).not.toBeNull());
    expect(messagesSection().getByText(/Up to 10 files, each at most 1 MB\./)).toBeTruthy();
    write('The patch and a trace.');
    pick(textFile('fix.patch', 'x'.repeat(600)), textFile('trace.txt', 'y'.repeat(400)));
    const picked = messagesSection().getByRole('list', { name: 'Files to send' });
    expect(
      within(picked)
        .getAllByRole('listitem')
        .map((li) => li.firstChild?.textContent),
    ).toEqual(['fix.patch', 'trace.txt']);
    await send();
    const request = await nthXhr(0);
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/api/v1/reports/VD-2026-00001/messages');
    expect(request.headers.authorization).toBe('Bearer vdt_right');
    expect(request.headers['x-csrf-token']).toBeUndefined();
    expect(partsOf(request)).toEqual({
      names: ['message', 'attachments', 'attachments'],
      message: { body: 'The patch and a trace.' },
      files: ['fix.patch', 'trace.txt'],
    });
    expect(posts()).toEqual([]); // not as JSON

    // Progress per file, while the body goes.
    act(() => request.progress(800, 1300));
    const uploads = messagesSection().getByRole('list', { name: 'Upload progress' });
    expect(
      within(uploads)
        .getAllByRole('progressbar')
        .map((p) => p.getAttribute('value')),
    ).toEqual(['100', '0']);
    expect(messagesSection().getByRole('button', { name: 'Sending…' })).toBeTruthy();

    server.messages.push({
      id: 'm3',
      author: 'reporter',
      authorId: null,
      internal: false,
      body: 'The patch and a trace.',
      bodyHtml: '<p>The patch and a trace.</p>\n',
      createdAt: '2026-03-04T10:00:00.000Z',
      attachments: [{ ...PATCH, id: 'f3', filename: 'fix.patch' }],
    });
    await act(async () => request.respond(201, server.messages.at(-1)));
    await waitFor(() =>
      expect(status()).toBe('Your message has been sent. The security team has been told.'),
    );
    expect(textArea()?.value).toBe('');
    expect(messagesSection().queryByRole('list', { name: 'Files to send' })).toBeNull();
    // Loaded again: the new message with its file.
    await waitFor(() =>
      expect(document.querySelectorAll('.track-message-list > li')).toHaveLength(3),
    );
    expect(messageItem(2).getByText('fix.patch')).toBeTruthy();
  });

  it('refuses a file too large, or an eleventh, before anything is sent', async () => {
    await openReport();
    await waitFor(() => expect(fileInput()).not.toBeNull());
    write('Many files');
    pick(new File([new Uint8Array(1_048_577)], 'core.dump'));
    expect(
      messagesSection().getByText('“core.dump” is larger than 1 MB and was not added.'),
    ).toBeTruthy();
    const eleven = Array.from({ length: 11 }, (_, i) => textFile(`log-${i + 1}.txt`));
    pick(...eleven);
    expect(
      messagesSection().getByText('“log-11.txt” was not added: at most 10 files can be sent.'),
    ).toBeTruthy();
    expect(
      within(messagesSection().getByRole('list', { name: 'Files to send' })).getAllByRole(
        'listitem',
      ),
    ).toHaveLength(10);
    await send();
    const request = await nthXhr(0);
    const { files } = partsOf(request);
    expect(files).toEqual(eleven.slice(0, 10).map((f) => f.name));
    expect(xhrRequests).toHaveLength(1);
  });

  it('shows the server’s objection to a file beside that file, keeping text and files', async () => {
    await openReport();
    await waitFor(() => expect(fileInput()).not.toBeNull());
    write('See the files');
    pick(textFile('empty.bin', ''), textFile('fine.txt'));
    await send();
    const request = await nthXhr(0);
    await act(async () =>
      request.respond(400, {
        type: 'urn:vulndesk:problem:validation-failed',
        title: 'Validation failed',
        status: 400,
        detail: 'the request is invalid',
        code: 'validation-failed',
        errors: [
          { path: 'attachments[0]', message: 'is empty' },
          { path: 'message', message: 'is not valid JSON' },
        ],
      }),
    );
    const items = within(
      messagesSection().getByRole('list', { name: 'Files to send' }),
    ).getAllByRole('listitem');
    expect(items[0]?.querySelector('.field-error')?.textContent).toBe(' is empty');
    expect(items[1]?.querySelector('.field-error')).toBeNull();
    await waitFor(() => expect(status()).toBe('Your message was not sent. is not valid JSON'));
    expect(textArea()?.value).toBe('See the files');
    expect(textArea()?.getAttribute('aria-invalid')).toBeNull();

    // A file answered as too large (413) is named the same way; one the server did not name,
    // in the status line.
    await send();
    await act(async () =>
      (await nthXhr(1)).respond(413, {
        type: 'urn:vulndesk:problem:payload-too-large',
        title: 'The request body or a file is too large',
        status: 413,
        detail: 'attachment 2 is larger than 1 MB',
        code: 'payload-too-large',
        errors: [{ path: 'attachments[1]', message: 'larger than 1 MB' }],
      }),
    );
    const pickedFiles = () =>
      within(messagesSection().getByRole('list', { name: 'Files to send' })).getAllByRole(
        'listitem',
      );
    await waitFor(() =>
      expect(pickedFiles()[1]?.querySelector('.field-error')?.textContent).toBe(
        ' larger than 1 MB',
      ),
    );

    // Removing a file drops the objections that named files by position.
    fireEvent.click(messagesSection().getByRole('button', { name: 'Remove empty.bin' }));
    expect(pickedFiles().map((li) => li.querySelector('.field-error'))).toEqual([null]);

    await send();
    await act(async () => (await nthXhr(2)).respond(413));
    await waitFor(() =>
      expect(status()).toBe(
        'Your message was not sent: the files are too large, or there are too many. Each ' +
          'file may be at most 1 MB, and at most 10 files can be sent.',
      ),
    );
  });

  it('sends with the session’s CSRF token, and once more after a stale one', async () => {
    server.signedIn = true;
    server.sessionCsrf = 'vdc_old';
    await act(() => loadSession(true));
    server.sessionCsrf = 'vdc_new';
    const router = createMemoryRouter([{ path: '/track', element: <Track /> }], {
      initialEntries: ['/track?id=VD-2026-00001'],
    });
    render(<RouterProvider router={router} />);
    await screen.findByRole('heading', { name: 'Report VD-2026-00001' });
    await waitFor(() => expect(fileInput()).not.toBeNull());
    write('From my account');
    pick(textFile('notes.md'));
    await send();
    const first = await nthXhr(0);
    expect(first.headers['x-csrf-token']).toBe('vdc_old');
    expect(first.headers.authorization).toBeUndefined();
    await act(async () =>
      first.respond(403, {
        type: 'urn:vulndesk:problem:csrf-failed',
        title: 'The CSRF token is missing or wrong',
        status: 403,
        detail: "send the session's CSRF token in the x-csrf-token header",
        code: 'csrf-failed',
        errors: [],
      }),
    );
    const second = await nthXhr(1);
    expect(second.headers['x-csrf-token']).toBe('vdc_new');
    expect(partsOf(second).files).toEqual(['notes.md']);
    await act(async () => second.respond(201, {}));
    await waitFor(() =>
      expect(status()).toBe('Your message has been sent. The security team has been told.'),
    );
    expect(xhrRequests).toHaveLength(2);
  });
});
