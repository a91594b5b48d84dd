// The fake API must be installed before the client module starts.
import { calls, onApi, problem } from '../account/fake-api.js';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeXhr, nthXhr, partsOf, resetXhr, xhrRequests } from '../../api/fake-xhr.js';
import { loadSession } from '../../api/session.js';
import { fill, loadConsoleTexts, showConsole } from './console-test-kit.js';
import { ID, MESSAGES, serveReportPage } from './report-page-fixtures.js';

const messagesPath = `/api/v1/reports/${ID}/messages`;

beforeAll(loadConsoleTexts);
beforeEach(async () => {
  serveReportPage('case-manager');
  onApi('GET /api/v1/meta', {
    status: 200,
    body: {
      firstResponseHours: 24,
      maxAttachmentMb: 1,
      maxAttachments: 10,
      maxMessageLength: 50_000,
      languages: ['en', 'ja'],
    },
  });
  resetXhr();
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  await act(() => loadSession(true));
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const form = () => within(screen.getByRole('region', { name: 'Messages and internal notes' }));
const fileInput = () => document.querySelector<HTMLInputElement>('input[name="attachments"]');
const textFile = (name: string) => new File([`contents of ${name}`], name, { type: 'text/plain' });
const pick = (...files: File[]) =>
  fireEvent.change(fileInput() as HTMLInputElement, { target: { files } });
const messageLoads = () => calls.filter((c) => c.method === 'GET' && c.path === messagesPath);

async function openForm() {
  showConsole(`/console/reports/${ID}`);
  await waitFor(() => expect(fileInput()).not.toBeNull());
  // The limits come from /meta, which may answer after the page.
  await form().findByText(/^Up to 10 files, each at most 1 MB\./);
}

describe('the message form of the report page', () => {
  it('sends a message with files as multipart, with the session’s CSRF token', async () => {
    await openForm();
    expect(
      form().getByText('Up to 10 files, each at most 1 MB. The reporter can download them.'),
    ).toBeTruthy();
    fill('body', 'Here is the **fix** to test.');
    pick(textFile('fix.patch'), textFile('build.log'));
    fireEvent.click(form().getByRole('button', { name: 'Send to the reporter' }));
    const request = await nthXhr(0);
    expect(request.method).toBe('POST');
    expect(request.url).toBe(messagesPath);
    expect(request.headers['x-csrf-token']).toBe('vdc_test');
    expect(request.headers.authorization).toBeUndefined();
    expect(partsOf(request)).toEqual({
      names: ['message', 'attachments', 'attachments'],
      message: { body: 'Here is the **fix** to test.', internal: false },
      files: ['fix.patch', 'build.log'],
    });
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);
    act(() => request.progress(10, 100));
    expect(form().getByRole('list', { name: 'Upload progress' })).toBeTruthy();
    expect(form().getByRole('button', { name: 'Sending…' })).toBeTruthy();

    const loadsBefore = messageLoads().length;
    await act(async () => request.respond(201, {}));
    await waitFor(() => expect(messageLoads().length).toBe(loadsBefore + 1));
    expect((document.querySelector('textarea[name="body"]') as HTMLTextAreaElement).value).toBe('');
    expect(form().queryByRole('list', { name: 'Files to send' })).toBeNull();
  });

  it('words file sizes as the report form does, and the report’s files alike', async () => {
    await openForm();
    pick(new File(['x'], 'one.txt', { type: 'text/plain' }), textFile('fix.patch'));
    const picked = form().getByRole('list', { name: 'Files to send' });
    expect(within(picked).getByText('1 byte')).toBeTruthy();
    expect(within(picked).getByText('21 bytes')).toBeTruthy();
    expect(screen.getByText(/\(text\/html, 120 bytes\)/)).toBeTruthy();
  });

  it('says an internal note’s files are for staff only, and sends them with the note', async () => {
    await openForm();
    fireEvent.click(form().getByLabelText('Internal note (only staff see it)'));
    expect(
      form().getByText(
        'Up to 10 files, each at most 1 MB. Like the note, they are for staff only.',
      ),
    ).toBeTruthy();
    fill('body', 'Repro video attached.');
    pick(textFile('repro.webm'));
    fireEvent.click(form().getByRole('button', { name: 'Add internal note' }));
    const { message, files } = partsOf(await nthXhr(0));
    expect(message).toEqual({ body: 'Repro video attached.', internal: true });
    expect(files).toEqual(['repro.webm']);
  });

  it('sends a message without files as JSON, as before', async () => {
    onApi(`POST ${messagesPath}`, { status: 201, body: {} });
    await openForm();
    fill('body', 'Thanks, confirmed.');
    fireEvent.click(form().getByRole('button', { name: 'Send to the reporter' }));
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
        body: 'Thanks, confirmed.',
        internal: false,
      }),
    );
    expect(calls.find((c) => c.method === 'POST')?.headers.get('x-csrf-token')).toBe('vdc_test');
    expect(xhrRequests).toEqual([]);
  });

  it('refuses a file too large or an eleventh before sending, and shows the server’s objection beside a file', async () => {
    await openForm();
    pick(new File([new Uint8Array(1_048_577)], 'memory.dmp'));
    expect(form().getByText('“memory.dmp” is larger than 1 MB and was not added.')).toBeTruthy();
    pick(...Array.from({ length: 11 }, (_, i) => textFile(`trace-${i + 1}.txt`)));
    expect(
      form().getByText('“trace-11.txt” was not added: at most 10 files can be sent.'),
    ).toBeTruthy();
    fill('body', 'Traces');
    fireEvent.click(form().getByRole('button', { name: 'Send to the reporter' }));
    const request = await nthXhr(0);
    expect(partsOf(request).files).toHaveLength(10);
    expect(partsOf(request).files).not.toContain('memory.dmp');
    await act(async () =>
      request.respond(
        400,
        problem(400, 'validation-failed', [
          { path: 'attachments[0]', message: 'is empty' },
          { path: 'internal', message: 'must be boolean' },
        ]),
      ),
    );
    const items = within(form().getByRole('list', { name: 'Files to send' })).getAllByRole(
      'listitem',
    );
    expect(items[0]?.querySelector('.field-error')?.textContent).toBe(' is empty');
    expect(items[1]?.querySelector('.field-error')).toBeNull();
    expect(await form().findByText('Not sent. must be boolean')).toBeTruthy();
  });
});

describe('the conversation on the report page', () => {
  const meta = (id: string) => document.querySelector(`#message-${id} .message-meta`);
  const author = (id: string) => meta(id)?.querySelector('strong')?.textContent;

  it('names the colleague who wrote each staff message or note, and says “Staff” when unknown', async () => {
    onApi(`GET ${messagesPath}`, {
      status: 200,
      body: {
        items: [
          ...MESSAGES,
          {
            ...MESSAGES[1],
            id: 'm3',
            authorId: 's2',
            authorName: 'Mio Tanaka',
            internal: false,
            body: 'Fixed in 2.1',
            bodyHtml: '<p>Fixed in 2.1</p>',
          },
          {
            ...MESSAGES[1],
            id: 'm4',
            authorId: null,
            authorName: null,
            internal: false,
            body: 'Sent by automation',
            bodyHtml: '<p>Sent by automation</p>',
          },
        ],
      },
    });
    showConsole(`/console/reports/${ID}`);
    await screen.findByText('Fixed in 2.1');
    expect(author('m3')).toBe('Mio Tanaka');
    expect(meta('m3')?.textContent?.trim()).toBe('Mio Tanaka · Mar 1, 2026, 11:00 AM UTC');
    expect(author('m2')).toBe('kai@vendor.example');
    expect(meta('m2')?.textContent?.trim()).toBe(
      'Internal note kai@vendor.example · Mar 1, 2026, 11:00 AM UTC',
    );
    expect(author('m4')).toBe('Staff');
    expect(author('m1')).toBe('Reporter');
  });
});
