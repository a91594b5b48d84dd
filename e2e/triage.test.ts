/**
 * Triage end to end, between a researcher and the security team, each in their own browser:
 * the researcher sends a report through the portal form and keeps the tracking token; a triager
 * and a case manager are created with `vulndesk user add`, enrol (password and authenticator)
 * and sign in at /console. The triager finds the report in the queue, takes it into triage and
 * asks the researcher a question (needs-info); the researcher sees the plain-language status
 * and the question on the tracking page (at 360 px) and answers; the triager sees the answer
 * with the report back in triage and accepts it (review-repro). Triagers make only the triage
 * moves, so the case manager takes the case through develop, pre-release and complete: the move
 * to pre-release names the case facts it still needs, with links to their fields, and the case
 * manager sets them in the report page's case facts form (planned fix release and agreed
 * disclosure dates, later the released fix and the published advisory). An auditor then reads
 * the same report without any control to change it, and the tracking page finally says the
 * vulnerability is fixed.
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
  waitForFocus,
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

type State =
  'triage' | 'needs-info' | 'review-repro' | 'develop' | 'pre-release' | 'complete' | 'closed';

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

type CaseFactField =
  'productId' | 'fixReleaseDate' | 'cvdDate' | 'fixReleased' | 'advisoryPublished';

const factLabel = (field: CaseFactField) => consoleText(`caseFacts.field.${field}`);
const caseFactsPanel = (page: Page) =>
  page.getByRole('region', { name: consoleText('caseFacts.heading'), exact: true });
const transitionDialog = (page: Page, to: State) =>
  page.getByRole('region', {
    name: consoleText('transition.heading').replace('{{to}}', consoleText(`status.${to}`)),
    exact: true,
  });

/** Saves the case facts form and waits until the panel says they were saved. */
async function saveCaseFacts(page: Page): Promise<void> {
  const panel = caseFactsPanel(page);
  await panel.getByRole('button', { name: consoleText('caseFacts.save'), exact: true }).click();
  await panel
    .getByRole('status')
    .filter({ hasText: consoleText('caseFacts.saved') })
    .waitFor();
}

/** The read-only case facts panel: each fact's label and the value shown for it. */
async function shownFacts(page: Page): Promise<Record<string, string>> {
  const panel = caseFactsPanel(page);
  const terms = await panel.getByRole('term').allInnerTexts();
  const values = await panel.getByRole('definition').allInnerTexts();
  return Object.fromEntries(terms.map((term, i) => [term.trim(), (values[i] ?? '').trim()]));
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
    // Asking for information needs the question; it goes to the reporter as a message.
    await startMove(triage, 'needs-info');
    await transitionDialog(triage, 'needs-info')
      .getByText(
        consoleText('transition.missing').replace(
          '{{field}}',
          consoleText('transition.field.question'),
        ),
      )
      .first()
      .waitFor();
    await triage.locator('.transition-dialog textarea[name="reason"]').fill(QUESTION);
    await triage.locator('.transition-dialog button[type=submit]').click();
    await triage
      .locator('.case-panel .case-facts dd', { hasText: consoleText('status.needs-info') })
      .first()
      .waitFor();
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
    // Developing the fix is the case manager's move, not the triager's, and the panel says so.
    expect(await moveButton(triage, 'develop').count()).toBe(0);
    expect(await triage.locator('.case-panel').innerText()).toContain(
      consoleText('case.movesByCaseManager'),
    );
    expect(errorsOf(triage)).toEqual([]);

    const casework = await h.newPage();
    await enrol(casework, manager);
    await open(casework, `/console/reports/${id}`);
    await signIn(casework, manager);
    await caseState(casework).waitFor();
    expect((await caseState(casework).innerText()).trim()).toBe(consoleText('status.review-repro'));
    await move(casework, 'develop');

    // Pre-release needs the planned fix release date and the agreed disclosure date: the
    // dialog names both, each a link to its field in the case facts form.
    await moveButton(casework, 'pre-release').click();
    const dialog = transitionDialog(casework, 'pre-release');
    await dialog.waitFor();
    const needed = dialog.getByRole('list', {
      name: consoleText('transition.needsFacts').replace(
        '{{to}}',
        consoleText('status.pre-release'),
      ),
    });
    expect(await needed.getByRole('link').allInnerTexts()).toEqual([
      factLabel('fixReleaseDate'),
      factLabel('cvdDate'),
    ]);
    expect(await dialog.innerText()).toContain(consoleText('transition.setFacts'));

    // The link leads to the field; the case manager fills in both dates and saves.
    const facts = caseFactsPanel(casework);
    const releaseDate = facts.getByLabel(factLabel('fixReleaseDate'), { exact: true });
    const disclosureDate = facts.getByLabel(factLabel('cvdDate'), { exact: true });
    await needed.getByRole('link', { name: factLabel('fixReleaseDate'), exact: true }).click();
    expect(await waitForFocus(releaseDate)).toBe(true);
    const inTwoWeeks = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    const inFourWeeks = new Date(Date.now() + 28 * 86_400_000).toISOString().slice(0, 10);
    await releaseDate.fill(inTwoWeeks);
    await needed.getByRole('link', { name: factLabel('cvdDate'), exact: true }).click();
    expect(await waitForFocus(disclosureDate)).toBe(true);
    await disclosureDate.fill(inFourWeeks);
    await saveCaseFacts(casework);
    // The open dialog no longer asks for them; after the move, the reloaded form shows them.
    await needed.waitFor({ state: 'detached' });
    await move(casework, 'pre-release');
    await reloadPage(casework);
    expect(await releaseDate.inputValue()).toBe(inTwoWeeks);
    expect(await disclosureDate.inputValue()).toBe(inFourWeeks);
    expect((await caseState(casework).innerText()).trim()).toBe(consoleText('status.pre-release'));

    // Once the fix has shipped and the advisory is public, the case is complete.
    const fixReleased = facts.getByLabel(factLabel('fixReleased'), { exact: true });
    const advisoryPublished = facts.getByLabel(factLabel('advisoryPublished'), { exact: true });
    expect(await fixReleased.isChecked()).toBe(false);
    await fixReleased.check();
    await advisoryPublished.check();
    await saveCaseFacts(casework);
    await move(casework, 'complete');
    expect(await fixReleased.isChecked()).toBe(true);
    expect(await advisoryPublished.isChecked()).toBe(true);
    // The case manager may still close the case.
    expect(await moveButton(casework, 'closed').count()).toBe(1);
    expect(errorsOf(casework)).toEqual([]);

    // An auditor opens the same report: the state and the case facts, read-only; no moves, no
    // case facts form and no message form.
    const auditor = await addStaff(h.server, 'auditor-e2e@staff.example.com', 'auditor');
    const audit = await h.newPage();
    await enrol(audit, auditor);
    await open(audit, `/console/reports/${id}`);
    await signIn(audit, auditor);
    await caseState(audit).waitFor();
    expect((await caseState(audit).innerText()).trim()).toBe(consoleText('status.complete'));
    const seen = await shownFacts(audit);
    expect(seen[factLabel('productId')]).toBe(consoleText('caseFacts.notSet'));
    expect(seen[factLabel('fixReleaseDate')]).toBe(inTwoWeeks);
    expect(seen[factLabel('cvdDate')]).toBe(inFourWeeks);
    for (const flag of ['fixReleased', 'advisoryPublished'] as const) {
      expect(seen[factLabel(flag)]).toMatch(
        new RegExp(`^${consoleText('caseFacts.yes')} · ${consoleText('caseFacts.since')} `),
      );
    }
    // The auditor is told that the role moves no reports, and has no move to make.
    expect(await audit.locator('.case-panel').innerText()).toContain(
      consoleText('case.noMovesForRole'),
    );
    for (const to of ['pre-release', 'complete', 'closed'] as const) {
      expect(await audit.getByRole('button', { name: moveLabel(to), exact: true }).count()).toBe(0);
    }
    const auditFacts = caseFactsPanel(audit);
    for (const field of [
      'productId',
      'fixReleaseDate',
      'cvdDate',
      'fixReleased',
      'advisoryPublished',
    ] as const) {
      expect(await auditFacts.getByLabel(factLabel(field)).count()).toBe(0);
    }
    expect(
      await auditFacts.getByRole('button', { name: consoleText('caseFacts.save') }).count(),
    ).toBe(0);
    await audit.locator('.case-messages li', { hasText: ANSWER }).waitFor();
    for (const label of ['messages.body', 'messages.noteBody']) {
      expect(await audit.getByLabel(consoleText(label), { exact: true }).count()).toBe(0);
    }
    for (const name of ['messages.send', 'messages.sendNote']) {
      expect(await audit.getByRole('button', { name: consoleText(name) }).count()).toBe(0);
    }
    expect(errorsOf(audit)).toEqual([]);

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
