/**
 * The console's admin pages end to end: an admin made with `vulndesk user add` enrols in the
 * browser, signs in with password and authenticator code, adds a staff member (the enrolment
 * link is shown once), makes an API token for them, changes their role and disables them; keeps
 * the product catalogue; reads the audit log with those changes. In English at 360 px, then in Japanese at
 * 1280 px; every state is checked with axe, screenshotted, and checked for sideways scrolling.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { enrolmentTokenOf } from '../test/helpers/staff.js';
import {
  WIDTHS,
  errorsOf,
  expectAccessible,
  expectNoHorizontalScroll,
  expectPageLanguage,
  open,
  screenshot,
  setLanguage,
  startHarness,
  type Harness,
  type Lang,
} from './harness.js';
import { localeText } from './report-form.js';
import { addStaff, enrol, signIn, type E2eStaff } from './staff.js';

let h: Harness;
let admin: E2eStaff;
const MEMBER = 'kai@vendor.example';

beforeAll(async () => {
  h = await startHarness();
  admin = await addStaff(h.server, 'admin@vendor.example', 'admin');
});

afterAll(async () => {
  await h?.close();
});

const text = (lang: Lang, key: string) => localeText(lang, 'console', key);

/** axe, a screenshot, and the sideways-scroll check of the page as it is now. */
async function checkPage(page: Page, name: string, lang: Lang): Promise<void> {
  const width = page.viewportSize()?.width ?? 0;
  await expectAccessible(page, `${name}-${lang}-${width}`);
  await expectNoHorizontalScroll(page, `${name} ${lang} ${width}px`);
  await screenshot(page, name);
}

const main = (page: Page) => page.locator('main');
const card = (page: Page, email: string) =>
  page.locator('main li.panel', { has: page.getByRole('heading', { name: email }) });

async function bearer(token: string, path = '/api/v1/me'): Promise<Response> {
  return fetch(`${h.server.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
}

describe('console admin pages', () => {
  test('en at 360 px, then ja at 1280 px: users, tokens, catalogue, audit log', async () => {
    const page = await h.newPage({ lang: 'en', width: WIDTHS.phone, clipboard: true });

    // Enrol with the link the CLI printed, then sign in on the users page.
    await enrol(page, admin);
    await open(page, '/console/users');
    await signIn(page, admin);
    await page.getByRole('heading', { level: 1, name: text('en', 'users.title') }).waitFor();
    await card(page, admin.email).waitFor();
    await checkPage(page, 'console-users', 'en');

    // Add a member: the link is shown once and works.
    await page.locator('#user-add-form-email').fill(MEMBER);
    await page.locator('#user-add-form-role').selectOption('triager');
    await page.getByRole('button', { name: text('en', 'users.add') }).click();
    const linkField = page.getByLabel(text('en', 'users.link'), { exact: true });
    await linkField.waitFor();
    const link = await linkField.inputValue();
    expect(link.startsWith(`${h.server.url}/console/enrol#vde_`)).toBe(true);
    const enrolment = await fetch(`${h.server.url}/api/v1/staff/enrolment`, {
      headers: { 'x-enrolment-token': enrolmentTokenOf(link) },
    });
    expect(enrolment.status).toBe(200);
    await main(page)
      .getByRole('button', { name: text('en', 'secret.copy') })
      .click();
    const clipboard = () =>
      (
        globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }
      ).navigator.clipboard.readText();
    expect(await page.evaluate(clipboard)).toBe(link);
    await checkPage(page, 'console-users-link', 'en');
    await page.getByRole('button', { name: text('en', 'secret.done') }).click();

    // A token for the member, shown once, acting with the member's role.
    const member = card(page, MEMBER);
    await member.getByRole('button', { name: 'API tokens (0)' }).click();
    await member.getByLabel(/New token name/).fill('nightly export');
    await member.getByRole('button', { name: text('en', 'tokens.create') }).click();
    const tokenField = member.getByLabel(text('en', 'tokens.secret'), { exact: true });
    await tokenField.waitFor();
    const token = await tokenField.inputValue();
    expect(((await (await bearer(token)).json()) as { role: string }).role).toBe('triager');
    await checkPage(page, 'console-users-token', 'en');

    // Role change, then disabling: the token stops working.
    await member
      .getByRole('combobox', { name: text('en', 'users.changeRole') })
      .selectOption('auditor');
    await member.getByRole('button', { name: text('en', 'users.saveRole') }).click();
    await member.locator('dd', { hasText: 'auditor' }).waitFor();
    expect((await bearer(token, '/api/v1/audit?limit=1')).status).toBe(200);
    await member.getByRole('button', { name: text('en', 'users.disable') }).click();
    await checkPage(page, 'console-users-disable-confirm', 'en');
    await member.getByRole('button', { name: text('en', 'users.disableYes') }).click();
    await member.getByText(text('en', 'users.status.disabled'), { exact: true }).waitFor();
    expect((await bearer(token)).status).toBe(401);

    // The last admin cannot demote themselves: the refusal is beside the role.
    const self = card(page, admin.email);
    await self
      .getByRole('combobox', { name: text('en', 'users.changeRole') })
      .selectOption('triager');
    await self.getByRole('button', { name: text('en', 'users.saveRole') }).click();
    await self.getByText('would leave no enabled admin').waitFor();
    await checkPage(page, 'console-users-last-admin', 'en');

    // The catalogue: a family, an online service in it, a product with a version.
    await page.getByRole('link', { name: text('en', 'nav.products') }).click();
    await page.getByRole('heading', { level: 1, name: text('en', 'products.title') }).waitFor();
    await page.locator('#family-add-name').fill('Contoso Office');
    await page.getByRole('button', { name: text('en', 'products.addFamilySubmit') }).click();
    await page.locator('#product-add-familyId option', { hasText: 'Contoso Office' }).waitFor({
      state: 'attached',
    });
    await page.locator('#product-add-name').fill('Contoso Viewer');
    await page.locator('#product-add-familyId').selectOption({ label: 'Contoso Office' });
    await page.locator('#product-add-url').fill('https://contoso.example/viewer');
    await page.getByRole('button', { name: text('en', 'products.addProductSubmit') }).click();
    const viewer = page.locator('main li.panel', { hasText: 'Contoso Viewer' });
    await viewer.waitFor();
    await viewer.getByRole('button', { name: text('en', 'products.addVersion') }).click();
    await viewer.getByLabel(/^Version/).fill('4.2');
    await viewer.getByLabel(/^Released on/).fill('2026-01-15');
    await viewer.getByLabel(/^Supported until/).fill('2025-01-15');
    await viewer.getByRole('button', { name: text('en', 'products.addVersionSubmit') }).click();
    // The server's rule, worded by the page (its English message is for API clients).
    await viewer.getByText(localeText('en', 'fields', 'end-before-start')).waitFor();
    await checkPage(page, 'console-products-error', 'en');
    await viewer.getByLabel(/^Supported until/).fill('2028-01-15');
    await viewer.getByRole('button', { name: text('en', 'products.addVersionSubmit') }).click();
    await viewer.getByRole('cell', { name: '2028-01-15' }).waitFor();
    await checkPage(page, 'console-products', 'en');

    // The audit log shows what was done, with the changes folded away.
    await page.getByRole('link', { name: text('en', 'nav.audit') }).click();
    await page.getByRole('heading', { level: 1, name: text('en', 'audit.title') }).waitFor();
    const disabled = page.locator('main tbody tr', { hasText: 'staff.disabled' }).first();
    await disabled.waitFor();
    // Who did it: the admin's address above the account id.
    expect(await disabled.locator('.audit-actor-email').innerText()).toBe('admin@vendor.example');
    await disabled.locator('summary').click();
    await disabled.getByRole('rowheader', { name: 'sessions' }).waitFor();
    await checkPage(page, 'console-audit', 'en');

    // Japanese at desktop width.
    await page.setViewportSize({ width: WIDTHS.desktop, height: 800 });
    await setLanguage(page, 'ja');
    for (const [route, name] of [
      ['/console/users', 'console-users'],
      ['/console/products', 'console-products'],
      ['/console/audit', 'console-audit'],
    ] as const) {
      await open(page, route);
      await main(page).locator('table, li.panel').first().waitFor();
      await expectPageLanguage(page, 'ja');
      await checkPage(page, name, 'ja');
    }
    expect(errorsOf(page)).toEqual([]);
  });
});
