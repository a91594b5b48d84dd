/**
 * Files with messages, end to end, between the security team and a researcher each in their own
 * browser: a report arrives through the API; a triager (created with `vulndesk user add`,
 * enrolled, signed in at /console) writes to the reporter with a file from the report page. The
 * researcher opens the tracking page with the tracking token (at 360 px), sees the message with
 * the file's name, size and SHA-256, and downloads it — fetched with the token and saved
 * through a Blob object URL — getting exactly the bytes sent. The researcher answers with a
 * file of their own; the console shows it, and the triager downloads it through its link.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  WIDTHS,
  errorsOf,
  expectAccessible,
  expectNoHorizontalScroll,
  open,
  screenshot,
  startHarness,
  waitForPage,
  type Harness,
} from './harness.js';
import { localeText } from './report-form.js';
import { addStaff, enrol, signIn } from './staff.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

const consoleText = (key: string) => localeText('en', 'console', key);
const trackText = (key: string) => localeText('en', 'track', key);

/** Every byte value, so a download that went through text (or lost a byte) shows. */
const CHECKER = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 37 + 11) % 256));
const CHECKER_NAME = 'fix-check.bin';
const CRASH_LOG = Buffer.from('Faulting module: decoder.dll\r\nException code: 0xc0000409\r\n');
const CRASH_LOG_NAME = 'crash log 2026-03-04.txt';

const STAFF_MESSAGE = 'Please run the attached check against build 4.2.2 and tell us the result.';
const REPLY = 'The check passes on 4.2.2; the crash log from 4.2.1 is attached for comparison.';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Clicks `trigger` and returns the bytes of the download it starts. */
async function downloadFrom(
  page: Page,
  trigger: Locator,
): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger.click()]);
  return { name: download.suggestedFilename(), bytes: await bytesOf(download) };
}

async function bytesOf(download: Download): Promise<Buffer> {
  const file = await download.path();
  return fs.readFileSync(file);
}

/** Picks `file` in the form's file control and waits until the form lists it. */
async function attach(form: Locator, file: { name: string; buffer: Buffer }): Promise<void> {
  await form.locator('input[type=file][name="attachments"]').setInputFiles({
    name: file.name,
    mimeType: 'application/octet-stream',
    buffer: file.buffer,
  });
  await form.locator('ul.file-list li', { hasText: file.name }).waitFor();
}

describe('files with messages between the security team and a researcher', () => {
  test('the console sends a file; the tracking page shows and downloads it; the reply’s file reaches the console', async () => {
    const sent = await fetch(`${h.server.url}/api/v1/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        title: 'Stack buffer overrun in the TIFF decoder',
        affected: { product: 'Contoso Viewer', version: '4.2.1' },
        reproductionSteps: ['Open the crafted TIFF file'],
        impact: { type: 'remote-code-execution', description: 'Code runs as the user.' },
        reporter: { email: 'files-e2e@example.org' },
      }),
    });
    expect(sent.status).toBe(201);
    const { id, trackingToken } = (await sent.json()) as { id: string; trackingToken: string };

    // The triager writes to the reporter with a file.
    const triager = await addStaff(h.server, 'files-e2e@staff.example.com', 'triager');
    const staff = await h.newPage();
    await enrol(staff, triager);
    await open(staff, `/console/reports/${id}`);
    await signIn(staff, triager);
    const staffForm = staff.locator('main form', { has: staff.locator('textarea[name="body"]') });
    await staffForm.waitFor();
    await staffForm.locator('textarea[name="body"]').fill(STAFF_MESSAGE);
    await attach(staffForm, { name: CHECKER_NAME, buffer: CHECKER });
    await staffForm
      .getByRole('button', { name: consoleText('messages.send'), exact: true })
      .click();
    const staffMessage = staff.locator('.case-messages > li', { hasText: STAFF_MESSAGE });
    await staffMessage.getByRole('link', { name: CHECKER_NAME }).waitFor();
    await staffForm.locator('ul.file-list').waitFor({ state: 'detached' });
    expect(await staffForm.locator('textarea[name="body"]').inputValue()).toBe('');

    // The researcher opens the report with the tracking token and sees the file.
    const researcher = await h.newPage({ width: WIDTHS.phone });
    await open(researcher, '/track');
    await researcher.locator('main [name="id"]').fill(id);
    await researcher.locator('main [name="token"]').fill(trackingToken);
    await researcher.locator('main [name="token"]').press('Enter');
    await researcher.getByRole('heading', { name: `Report ${id}` }).waitFor();
    const question = researcher.locator('.track-message-list > li', { hasText: STAFF_MESSAGE });
    await question.waitFor();
    const files = question.getByRole('list', { name: trackText('messages.files') });
    expect(await files.locator('.track-file-name').allInnerTexts()).toEqual([CHECKER_NAME]);
    expect(await files.locator('.track-file-hash code').innerText()).toBe(sha256(CHECKER));

    // Downloaded with the token (a link could not carry it): exactly the bytes sent.
    const fromTrack = await downloadFrom(
      researcher,
      files.getByRole('button', {
        name: trackText('files.downloadNamed').replace('{{name}}', CHECKER_NAME),
        exact: true,
      }),
    );
    expect(fromTrack.name).toBe(CHECKER_NAME);
    expect(fromTrack.bytes.equals(CHECKER)).toBe(true);
    expect(await files.getByRole('alert').innerText()).toBe('');
    await expectAccessible(researcher, 'track-message-files-en-360');
    await expectNoHorizontalScroll(researcher, 'track message files 360px');
    await screenshot(researcher, 'track-message-files');

    // The researcher answers with a file.
    const reply = researcher.locator('.track-messages form');
    await reply.locator('textarea[name="body"]').fill(REPLY);
    await attach(reply, { name: CRASH_LOG_NAME, buffer: CRASH_LOG });
    await reply.locator('button[type=submit]').click();
    await reply
      .getByRole('status')
      .filter({ hasText: trackText('reply.sent') })
      .waitFor();
    const answer = researcher.locator('.track-message-list > li', { hasText: REPLY });
    await answer.locator('.track-file-name', { hasText: CRASH_LOG_NAME }).waitFor();
    expect(await answer.locator('.track-file-hash code').innerText()).toBe(sha256(CRASH_LOG));
    expect(await reply.locator('ul.file-list').count()).toBe(0);
    expect(errorsOf(researcher)).toEqual([]);

    // The console shows the answer with its file, downloaded through the link (the cookie).
    await staff.reload({ waitUntil: 'networkidle' });
    await waitForPage(staff);
    const staffAnswer = staff.locator('.case-messages > li', { hasText: REPLY });
    const link = staffAnswer.getByRole('link', { name: CRASH_LOG_NAME });
    await link.waitFor();
    expect(await staffAnswer.innerText()).toContain(sha256(CRASH_LOG));
    // Each file's line, SHA-256 included, wraps inside the message instead of running past it.
    const overflow = await staffAnswer
      .locator('ul.attachments > li')
      .evaluateAll((items) =>
        (items as unknown as { scrollWidth: number; clientWidth: number }[]).map(
          (li) => li.scrollWidth - li.clientWidth,
        ),
      );
    expect(overflow.length).toBeGreaterThan(0);
    expect(overflow.filter((px) => px > 0)).toEqual([]);
    const fromConsole = await downloadFrom(staff, link);
    expect(fromConsole.name).toBe(CRASH_LOG_NAME);
    expect(fromConsole.bytes.equals(CRASH_LOG)).toBe(true);
    await screenshot(staff, 'console-message-files');
    expect(errorsOf(staff)).toEqual([]);
  });
});
