/**
 * The pages a visitor can open directly, in both languages at 360 and 1280 px: accessible
 * (axe, no serious or critical violation), no sideways scrolling, a screenshot each, and the
 * skip link first in the tab order. Tracking with a wrong token is refused accessibly.
 * (Home, help and the report form are checked like this in their own files, as are the
 * confirmation and account pages in their other states.)
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  LANGS,
  WIDTHS,
  errorsOf,
  expectAccessible,
  expectNoHorizontalScroll,
  expectPageLanguage,
  isFocused,
  open,
  screenshot,
  startHarness,
  type Harness,
} from './harness.js';
import { localeText } from './report-form.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

/** Home, help and the report form's steps are checked the same way in their own files. */
const CHECKED_ELSEWHERE = [
  { name: 'home', route: '/' },
  { name: 'help', route: '/help' },
  { name: 'report', route: '/report' },
] as const;

const PAGES = [
  { name: 'report-sent-without-state', route: '/report/sent' },
  { name: 'track', route: '/track' },
  { name: 'account-sign-in', route: '/account' },
  { name: 'account-register', route: '/account/register' },
  { name: 'account-verify', route: '/account/verify' },
  { name: 'account-reports-signed-out', route: '/account/reports' },
  { name: 'account-tokens-signed-out', route: '/account/tokens' },
] as const;

describe('every page as a visitor arrives', () => {
  for (const { name, route } of PAGES) {
    test(`${name} (${route}): both languages, 360 and 1280 px`, async () => {
      for (const lang of LANGS) {
        for (const width of [WIDTHS.phone, WIDTHS.desktop]) {
          const page = await h.newPage({ lang, width });
          await open(page, route);
          await expectPageLanguage(page, lang);
          await expectAccessible(page, `${name}-${lang}-${width}`);
          await expectNoHorizontalScroll(page, `${name} ${lang} ${width}px`);
          await screenshot(page, name);
          expect(errorsOf(page)).toEqual([]);
          await page.context().close();
        }
      }
    });
  }

  test('on every page the skip link is the first tab stop and moves focus to main', async () => {
    const page = await h.newPage();
    for (const { route } of [...CHECKED_ELSEWHERE, ...PAGES]) {
      await open(page, route);
      await page.keyboard.press('Tab');
      expect(await isFocused(page.locator('a.skip-link')), route).toBe(true);
      expect(await page.locator('a.skip-link').isVisible(), route).toBe(true);
      await page.keyboard.press('Enter');
      expect(await isFocused(page.locator('main#main')), route).toBe(true);
    }
  });
});

describe('tracking', () => {
  test('a wrong token is refused with the same message as an unknown report', async () => {
    const sent = await fetch(`${h.server.url}/api/v1/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        title: 'Reflected XSS in search',
        affected: { product: 'Contoso Shop', version: '3.0' },
        reproductionSteps: ['Search for <script>alert(1)</script>'],
        impact: { type: 'spoofing', description: 'Script runs in the victim’s session.' },
        reporter: { email: 'track-test@example.org' },
      }),
    });
    expect(sent.status).toBe(201);
    const { id } = (await sent.json()) as { id: string };

    const messages: string[] = [];
    for (const reportId of [id, 'VD-2000-99999']) {
      const page = await h.newPage();
      await open(page, '/track');
      await page.locator('main [name="id"]').fill(reportId);
      await page
        .locator('main [name="token"]')
        .fill('vdt_wrongwrongwrongwrongwrongwrongwrongwrong');
      await page.locator('main [name="token"]').press('Enter');
      const summary = page.locator('main .error-summary');
      await summary.waitFor();
      expect(await summary.innerText()).toContain(localeText('en', 'track', 'open.notFound'));
      messages.push(await summary.innerText());
      await expectAccessible(page, `track-refused-${reportId}`);
      await screenshot(page, 'track-refused');
      await page.context().close();
    }
    // No way to tell an existing report from a missing one.
    expect(messages[0]).toBe(messages[1]);
  });
});
