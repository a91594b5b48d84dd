/**
 * Triage end to end, between a researcher and the security team, each in their own browser:
 * the researcher sends a report through the portal form and keeps the tracking token; a triager
 * and a case manager are created with `vulndesk user add`, enrol (password and authenticator)
 * and sign in at /console. The triager finds the report in the queue, takes it into triage and
 * asks the researcher a question (needs-info); the researcher sees the plain-language status
 * and the question on the tracking page (at 360 px) and answers; the triager sees the answer
 * with the report back in triage and accepts it (review-repro). Triagers make only the triage
 * moves, so the case manager takes the case through develop, pre-release and complete, and the
 * tracking page finally says the vulnerability is fixed.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  WIDTHS,
  errorsOf,
  expectAccessible,
  expectNoHorizontalScroll,
  open,
  screenshot,
  setLanguage,
  startHarness,
  waitForPage,
  type Harness,
} from './harness.js';
import { fillReport, localeText, sendReport, type ReportInput } from './report-form.js';
import { addStaff, enrol, signIn } from './staff.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

const consoleText = (key: string) => localeText('en', 'console', key);
const statusText = (key: string) => localeText('en', 'status', key);
const trackText = (key: string) => localeText('en', 'track', key);

const TITLE = 'Heap buffer overflow in the TIFF decoder';
const QUESTION = 'Which **build** of Contoso Viewer did you test, and on which OS?';
const ANSWER = 'Build 4.2.1.7730 on Windows 11 23H2 (x64), default settings.';

const REPORT: ReportInput = {
  text: {
    title: TITLE,
    'affected.product': 'Contoso Viewer',
    'affected.version': '4.2.1',
    'impact.description': 'Opening a crafted TIFF file runs code as the user.',
    'reporter.email': 'triage-e2e@example.org',
  },
  steps: ['Install Contoso Viewer 4.2.1', 'Open the attached crash.tif', 'Observe the crash'],
  impactType: 'remote-code-execution',
};

type State = 'triage' | 'needs-info' | 'review-repro' | 'develop' | 'pre-release' | 'complete';

const moveLabel = (to: State) =>
  consoleText('case.moveTo').replace('{{to}}', consoleText(`status.${to}`));
const moveButton = (page: Page, to: State) =>
  page.locator('.case-panel > p.actions').getByRole('button', { name: moveLabel(to), exact: true });
const caseState = (page: Page) => page.locator('.case-panel .case-facts dd').first();

/** Opens the move's dialog in the case panel and confirms it. */
async function startMove(page: Page, to: State): Promise<void> {
  await moveButton(page, to).click();
  await page.locator('.transition-dialog button[type=submit]').click();
}

/** Makes the move and waits until the case panel shows the new state. */
async function move(page: Page, to: State): Promise<void> {
  await startMove(page, to);
  await page
    .locator('.case-panel .case-facts dd', { hasText: consoleText(`status.${to}`) })
    .first()
    .waitFor();
  expect((await caseState(page).innerText()).trim()).toBe(consoleText(`status.${to}`));
}

async function reloadPage(page: Page): Promise<void> {
  await page.reload({ waitUntil: 'networkidle' });
  await waitForPage(page);
}

/**
 * `PATCH /api/v1/reports/{id}/case` with the signed-in staff session of `page` (cookie and CSRF
 * token), answering the status. The console has no form for these case facts yet, so the case
 * manager sets the dates and the release facts through the API, as a script would.
 */
async function patchCase(page: Page, id: string, facts: Record<string, unknown>): Promise<number> {
  return page.evaluate(
    async ({ ref, body }) => {
      const g = globalThis as unknown as {
        sessionStorage: { getItem(key: string): string | null };
        fetch(
          url: string,
          init: { method: string; headers: Record<string, string>; body: string },
        ): Promise<{ status: number }>;
      };
      const res = await g.fetch(`/api/v1/reports/${encodeURIComponent(ref)}/case`, {
        method: 'PATCH',
        headers: {
          'content-type': 'application/json',
          'x-csrf-token': g.sessionStorage.getItem('vd.csrf') ?? '',
        },
        body: JSON.stringify(body),
      });
      return res.status;
    },
    { ref: id, body: facts },
  );
}

/** The tracking page's status label (the first fact of the report). */
const trackedStatus = async (page: Page) =>
  (await page.locator('.track-facts dd strong').first().innerText()).trim();

describe('triage between a researcher and the security team', () => {
  test('report → triage → needs-info → answer → triage → review-repro → develop → pre-release → complete', async () => {
    // The researcher sends a report through the portal and keeps the tracking token.
    const researcher = await h.newPage({ width: WIDTHS.phone });
    await open(researcher, '/report');
    await fillReport(researcher, REPORT);
    await sendReport(researcher);
    await researcher.waitForURL('**/report/sent', { timeout: 60_000 });
    await waitForPage(researcher);
    const id = (await researcher.locator('.report-id').innerText()).trim();
    const token = (await researcher.locator('#tracking-token').innerText()).trim();
    expect(id).toMatch(/^VD-\d{4}-\d{5,}$/);
    expect(token).toMatch(/^vdt_/);

    // A triager and a case manager, as an administrator creates them.
    const triager = await addStaff(h.server, 'triager-e2e@staff.example.com', 'triager');
    const manager = await addStaff(h.server, 'manager-e2e@staff.example.com', 'case-manager');

    const triage = await h.newPage();
    await enrol(triage, triager);
    await expectAccessible(triage, 'console-enrolled');
    await open(triage, '/console');
    await signIn(triage, triager);

    // The queue lists the new report; the triager opens it and takes it into triage.
    await triage.getByRole('link', { name: TITLE }).click();
    await triage.waitForURL(`**/console/reports/${id}`);
    await caseState(triage).waitFor();
    expect((await caseState(triage).innerText()).trim()).toBe(consoleText('status.new'));
    await move(triage, 'triage');
    await move(triage, 'needs-info');

    // The question goes to the reporter as a message.
    await triage.locator('main textarea[name="body"]').fill(QUESTION);
    await triage.getByRole('button', { name: consoleText('messages.send'), exact: true }).click();
    await triage.locator('.case-messages li', { hasText: 'did you test' }).waitFor();

    // The researcher opens the tracking page with the token and sees what is asked of them.
    await open(researcher, '/track');
    await researcher.locator('main [name="id"]').fill(id);
    await researcher.locator('main [name="token"]').fill(token);
    await researcher.locator('main [name="token"]').press('Enter');
    await researcher.getByRole('heading', { name: `Report ${id}` }).waitFor();
    expect(await trackedStatus(researcher)).toBe(statusText('more-info-needed.label'));
    const request = researcher.locator('.track-info-request');
    await request.waitFor();
    expect(await request.locator('h3').innerText()).toBe(trackText('infoRequest.heading'));
    expect(await request.innerText()).toContain('did you test, and on which OS?');
    // The question as the server rendered its Markdown.
    expect(await request.locator('strong', { hasText: 'build' }).count()).toBe(1);
    expect(await researcher.locator('main').innerText()).not.toMatch(/needs-info|triage/);
    await expectAccessible(researcher, 'track-needs-info-en-360');
    await expectNoHorizontalScroll(researcher, 'track needs-info 360px');
    await screenshot(researcher, 'track-needs-info');

    // The answer: from the request's link to the text area, then sent.
    await request.getByRole('link', { name: trackText('infoRequest.answer') }).click();
    await researcher.locator('.track-messages textarea[name="body"]').fill(ANSWER);
    await researcher.locator('.track-messages button[type=submit]').click();
    await researcher
      .locator('.track-messages [role=status]', { hasText: trackText('reply.sent') })
      .waitFor();
    await researcher
      .locator('.track-facts dd strong', { hasText: statusText('in-review.label') })
      .waitFor();
    expect(await researcher.locator('.track-info-request').count()).toBe(0);
    const conversation = researcher.locator('.track-message-list > li');
    expect(await conversation.count()).toBe(2);
    expect(await conversation.nth(1).innerText()).toContain(ANSWER);
    await expectAccessible(researcher, 'track-answered-en-360');
    await expectNoHorizontalScroll(researcher, 'track answered 360px');
    await screenshot(researcher, 'track-answered');

    // The triager sees the answer and the report back in triage, and accepts it as a case.
    await reloadPage(triage);
    await triage.locator('.case-messages li', { hasText: ANSWER }).waitFor();
    expect((await caseState(triage).innerText()).trim()).toBe(consoleText('status.triage'));
    await move(triage, 'review-repro');
    // Developing the fix is the case manager's move, not the triager's.
    expect(await moveButton(triage, 'develop').count()).toBe(0);
    expect(errorsOf(triage)).toEqual([]);

    const casework = await h.newPage();
    await enrol(casework, manager);
    await open(casework, `/console/reports/${id}`);
    await signIn(casework, manager);
    await caseState(casework).waitFor();
    expect((await caseState(casework).innerText()).trim()).toBe(consoleText('status.review-repro'));
    await move(casework, 'develop');

    // Pre-release needs the planned release and the agreed disclosure date: the dialog shows
    // the server's objection while they are missing.
    await startMove(casework, 'pre-release');
    const objection = casework.locator('.transition-dialog .error-summary');
    await objection.waitFor();
    expect(await objection.innerText()).toMatch(/release date/);
    await casework
      .locator('.transition-dialog')
      .getByRole('button', { name: consoleText('bulk.cancel') })
      .click();
    const inTwoWeeks = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    expect(await patchCase(casework, id, { fixReleaseDate: inTwoWeeks, cvdDate: inTwoWeeks })).toBe(
      204,
    );
    await reloadPage(casework);
    await move(casework, 'pre-release');
    expect(await patchCase(casework, id, { fixReleased: true, advisoryPublished: true })).toBe(204);
    await reloadPage(casework);
    await move(casework, 'complete');
    expect(errorsOf(casework)).toEqual([]);

    // The tracking page (token kept in the tab) finally says the vulnerability is fixed.
    await reloadPage(researcher);
    await researcher
      .locator('.track-facts dd strong', { hasText: statusText('fixed.label') })
      .waitFor();
    const timeline = await researcher.locator('.track-timeline').innerText();
    expect(timeline).toContain(
      trackText('timeline.statusChanged').replace('{{status}}', statusText('fixed.label')),
    );
    expect(timeline).toContain(trackText('timeline.message.staff'));
    expect(timeline).toContain(trackText('timeline.message.reporter'));
    await expectAccessible(researcher, 'track-fixed-en-360');
    await expectNoHorizontalScroll(researcher, 'track fixed 360px');
    await screenshot(researcher, 'track-fixed');

    await setLanguage(researcher, 'ja');
    expect(await trackedStatus(researcher)).toBe(localeText('ja', 'status', 'fixed.label'));
    await expectAccessible(researcher, 'track-fixed-ja-360');
    await screenshot(researcher, 'track-fixed');
    expect(errorsOf(researcher)).toEqual([]);
  });
});
