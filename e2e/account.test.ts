/**
 * Researcher accounts end to end, in both languages: register, confirm the address with the
 * token from the verification mail (read from the outbox), sign in, create an API token and
 * send a report with it, see the report under "my reports", revoke the token, sign out. Every
 * page and state on the way is checked with axe, screenshotted, and checked at 360 px.
 */
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  LANGS,
  WIDTHS,
  errorsOf,
  expectAccessible,
  expectNoHorizontalScroll,
  open,
  screenshot,
  startHarness,
  verificationToken,
  waitForMail,
  type Harness,
  type Lang,
} from './harness.js';
import { localeText } from './report-form.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

const PASSWORD = 'correct horse battery staple';

/** axe, a screenshot, and the 360 px check of the page as it is now. */
async function checkPage(page: Page, name: string, lang: Lang): Promise<void> {
  const width = page.viewportSize()?.width ?? 0;
  await expectAccessible(page, `${name}-${lang}-${width}`);
  await expectNoHorizontalScroll(page, `${name} ${lang} ${width}px`);
  await screenshot(page, name);
}

/** Waits for `text` anywhere in main. */
async function shows(page: Page, text: string): Promise<void> {
  await page.locator('main', { hasText: text }).waitFor({ timeout: 15_000 });
}

const submit = (page: Page) => page.locator('main form.account-form button[type=submit]').click();

describe('researcher account', () => {
  for (const lang of LANGS) {
    test(`${lang}: register, verify, sign in, API token, my reports, revoke, sign out`, async () => {
      const t = (key: string) => localeText(lang, 'account', key);
      const email = `researcher-${lang}-${randomBytes(4).toString('hex')}@example.org`;
      // English at phone width, Japanese at desktop width: both widths, both languages.
      const width = lang === 'en' ? WIDTHS.phone : WIDTHS.desktop;
      const page = await h.newPage({ lang, width });

      // Register.
      await open(page, '/account/register');
      await checkPage(page, 'account-register', lang);
      await page.locator('[name="email"]').fill(email);
      await page.locator('[name="password"]').fill(PASSWORD);
      await page.locator('[name="name"]').fill(lang === 'ja' ? '山田 花子' : 'Sam Researcher');
      await submit(page);
      await shows(page, t('register.sentHeading'));
      await checkPage(page, 'account-register-sent', lang);

      // The mail's link is on PUBLIC_URL, which is the address the browser uses.
      const mail = await waitForMail(h.server, 'mail.account-verification', email);
      const verifyUrl = String(mail.payload.verifyUrl);
      expect(verifyUrl.startsWith(`${h.server.url}/account/verify?token=`)).toBe(true);
      const token = await verificationToken(h.server, email);

      // Verify: first the form (as when the code is pasted), then the link.
      await open(page, '/account/verify');
      await checkPage(page, 'account-verify-form', lang);
      await page.goto(new URL(verifyUrl).pathname + new URL(verifyUrl).search);
      await shows(page, t('verify.done'));
      expect(page.url()).not.toContain(token); // taken out of the address bar
      await checkPage(page, 'account-verified', lang);

      // Sign in.
      await open(page, '/account');
      await page.locator('[name="password"]').waitFor();
      await checkPage(page, 'account-sign-in', lang);
      await page.locator('[name="email"]').fill(email);
      await page.locator('[name="password"]').fill(PASSWORD);
      await submit(page);
      await shows(page, t('overview.title'));
      await shows(page, email);
      await checkPage(page, 'account-overview', lang);

      // An API token, shown once.
      await open(page, '/account/tokens');
      await checkPage(page, 'account-tokens', lang);
      await page.locator('main [name="name"]').fill('ci script');
      await page.locator('main [name="name"]').press('Enter');
      const secretField = page.getByLabel(t('tokens.secret'), { exact: true });
      await secretField.waitFor();
      const secret = await secretField.inputValue();
      expect(secret).toMatch(/^vdp_/);
      await checkPage(page, 'account-token-created', lang);

      // A script sends a report with it; the report is the account's.
      const title = lang === 'ja' ? 'API から送った報告' : 'Report sent by a script';
      const sent = await fetch(`${h.server.url}/api/v1/reports`, {
        method: 'POST',
        headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          title,
          affected: { product: 'Contoso Viewer', version: '4.2.1' },
          reproductionSteps: ['Open the file'],
          impact: { type: 'denial-of-service', description: 'The viewer crashes.' },
          reporter: { email },
        }),
      });
      expect(sent.status).toBe(201);
      const { id } = (await sent.json()) as { id: string };

      await open(page, '/account/reports');
      await shows(page, title);
      await shows(page, id);
      await checkPage(page, 'account-reports', lang);

      // Revoke the token; the script is refused afterwards.
      await open(page, '/account/tokens');
      await page.locator('main .account-list button.danger').first().click();
      await page.locator('main .account-confirm button.danger').click();
      await page.locator('main .account-confirm').waitFor({ state: 'detached' });
      const refused = await fetch(`${h.server.url}/api/v1/me`, {
        headers: { authorization: `Bearer ${secret}` },
      });
      expect(refused.status).toBe(401);

      // Sign out.
      await open(page, '/account');
      await page.locator('main section[aria-labelledby="account-sign-out"] button').click();
      await shows(page, t('signOut.done'));
      await page.locator('main [name="password"]').waitFor();
      await checkPage(page, 'account-signed-out', lang);
      expect(errorsOf(page)).toEqual([]);
    });
  }

  test('a wrong password is refused with a message, accessibly', async () => {
    const page = await h.newPage({ width: WIDTHS.desktop });
    await open(page, '/account');
    await page.locator('[name="email"]').fill('nobody@example.org');
    await page.locator('[name="password"]').fill('not the password at all');
    await submit(page);
    await shows(page, localeText('en', 'account', 'signIn.wrong'));
    await checkPage(page, 'account-sign-in-wrong', 'en');
  });
});
