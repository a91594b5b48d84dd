/**
 * The home page and the layout every page shares: accessible in both languages at phone and
 * desktop widths, no sideways scrolling at 360 px, the skip link first in the tab order, and a
 * language choice that survives a reload.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  LANGS,
  WIDTHS,
  errorsOf,
  expectAccessible,
  expectNoHorizontalScroll,
  expectPageLanguage,
  focused,
  htmlLang,
  isFocused,
  open,
  screenshot,
  setLanguage,
  startHarness,
  storedLanguage,
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

describe('home page', () => {
  for (const lang of LANGS) {
    for (const width of [WIDTHS.phone, WIDTHS.desktop]) {
      test(`${lang} at ${width} px: accessible, fits, screenshot`, async () => {
        const page = await h.newPage({ lang, width });
        await open(page, '/');
        await expectPageLanguage(page, lang);
        expect(await page.locator('main h1').count()).toBe(1);
        await expectAccessible(page, `home-${lang}-${width}`);
        await expectNoHorizontalScroll(page, `home ${lang} ${width}px`);
        await screenshot(page, 'home');
        expect(errorsOf(page)).toEqual([]);
      });
    }
  }

  test('the links to the report form and to tracking lead there', async () => {
    const page = await h.newPage();
    await open(page, '/');
    await page.locator('main a[href="/report"]').first().click();
    await page.waitForURL('**/report');
    await open(page, '/');
    await page.locator('main a[href="/track"]').first().click();
    await page.waitForURL('**/track');
    expect(errorsOf(page)).toEqual([]);
  });

  test('an unknown address shows the not-found page, accessibly', async () => {
    const page = await h.newPage();
    await open(page, '/no/such/page');
    await expectAccessible(page, 'not-found-en-1280');
    await screenshot(page, 'not-found');
  });
});

describe('keyboard', () => {
  test('the skip link is the first tab stop and moves focus to main', async () => {
    const page = await h.newPage();
    await open(page, '/');
    await page.keyboard.press('Tab');
    const first = await focused(page);
    expect(first.tag).toBe('a');
    expect(await isFocused(page.locator('a.skip-link'))).toBe(true);
    expect(first.text).toBe(localeText('en', 'common', 'skipToContent'));
    expect(await page.locator('a.skip-link').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await isFocused(page.locator('main#main'))).toBe(true);
  });

  test('the skip link is there in Japanese too', async () => {
    const page = await h.newPage({ lang: 'ja' });
    await open(page, '/');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe(localeText('ja', 'common', 'skipToContent'));
  });
});

describe('language switch', () => {
  test('sets <html lang>, persists across a reload, and follows to other pages', async () => {
    const page = await h.newPage({ lang: 'en' });
    await open(page, '/');
    expect(await htmlLang(page)).toBe('en');
    const englishTitle = await page.locator('main h1').textContent();

    await setLanguage(page, 'ja');
    expect(await htmlLang(page)).toBe('ja');
    const japaneseTitle = await page.locator('main h1').textContent();
    expect(japaneseTitle).not.toBe(englishTitle);
    expect(await storedLanguage(page)).toBe('ja');

    await page.reload({ waitUntil: 'networkidle' });
    expect(await htmlLang(page)).toBe('ja');
    expect(await page.locator('select[name=language]').inputValue()).toBe('ja');
    expect(await page.locator('main h1').textContent()).toBe(japaneseTitle);

    await page.goto('/track', { waitUntil: 'networkidle' });
    expect(await htmlLang(page)).toBe('ja');

    await setLanguage(page, 'en');
    await page.reload({ waitUntil: 'networkidle' });
    expect(await htmlLang(page)).toBe('en');
    expect(errorsOf(page)).toEqual([]);
  });

  test('a Japanese browser gets Japanese until English is picked', async () => {
    const page = await h.newPage({ lang: 'ja' });
    await open(page, '/');
    expect(await htmlLang(page)).toBe('ja');
    expect(await page.locator('select[name=language]').inputValue()).toBe('ja');
    await setLanguage(page, 'en');
    await page.reload({ waitUntil: 'networkidle' });
    expect(await htmlLang(page)).toBe('en');
  });
});
