/**
 * `/help`, "not a vulnerability?": the guided choice reaches every default destination, in both
 * languages — each under its topic, with its default title and where it leads (a page of this
 * site or the support address) — and every state of the page is accessible and fits 360 px.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  DESTINATION_DEFAULTS,
  HELP_DESTINATION_IDS,
  HELP_GROUPS,
} from '../src/domain/help/destinations.js';
import {
  LANGS,
  WIDTHS,
  errorsOf,
  expectAccessible,
  expectNoHorizontalScroll,
  expectPageLanguage,
  open,
  screenshot,
  startHarness,
  waitForFocus,
  type Harness,
} from './harness.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ SUPPORT_EMAIL: SUPPORT });
});

afterAll(async () => {
  await h?.close();
});

/** The operator's support address, where most default destinations lead. */
const SUPPORT = 'support@vulndesk.test';

describe('help routing', () => {
  for (const lang of LANGS) {
    for (const width of [WIDTHS.phone, WIDTHS.desktop]) {
      test(`${lang} at ${width} px: every topic leads to its default destinations`, async () => {
        const page = await h.newPage({ lang, width });
        await open(page, '/help');
        await expectPageLanguage(page, lang);
        await expectAccessible(page, `help-${lang}-${width}`);
        await expectNoHorizontalScroll(page, `help ${lang} ${width}px`);
        await screenshot(page, 'help');

        const topics = page.locator('main button.help-topic');
        expect(await topics.count()).toBe(HELP_GROUPS.length);
        const reached = new Set<string>();

        for (let g = 0; g < HELP_GROUPS.length; g += 1) {
          const group = HELP_GROUPS[g] ?? '';
          await topics.nth(g).click();
          await page.waitForURL(`**/help?topic=${group}`);
          await page
            .locator('main ul.help-topics > li')
            .nth(g)
            .locator('button[aria-pressed="true"]')
            .waitFor();
          expect(await page.locator('main button.help-topic[aria-pressed="true"]').count()).toBe(1);
          // The answer's heading takes the focus.
          expect(await waitForFocus(page.locator('#help-result-heading'))).toBe(true);

          const expected = HELP_DESTINATION_IDS.filter(
            (id) => DESTINATION_DEFAULTS[id].group === group,
          );
          const items = page.locator('main .help-destination');
          await items.first().waitFor();
          expect(await items.count()).toBe(expected.length);
          for (let i = 0; i < expected.length; i += 1) {
            const id = expected[i] ?? 'piracy';
            const d = DESTINATION_DEFAULTS[id];
            const item = items.nth(i);
            expect((await item.locator('h3').innerText()).trim()).toBe(d.title[lang]);
            const href = await item.locator('.help-link a').getAttribute('href');
            expect(href).toBe(d.target.kind === 'path' ? d.target.path : `mailto:${SUPPORT}`);
            reached.add(id);
          }
          if (width === WIDTHS.desktop) {
            await expectAccessible(page, `help-${group}-${lang}-${width}`);
          }
          await expectNoHorizontalScroll(page, `help ${group} ${lang} ${width}px`);
          await screenshot(page, `help-${group}`);
        }
        expect([...reached].sort()).toEqual([...HELP_DESTINATION_IDS].sort());
        expect(errorsOf(page)).toEqual([]);
      });
    }
  }

  test('the chosen topic is in the address and survives a reload', async () => {
    const page = await h.newPage();
    await open(page, '/help?topic=updates');
    const pressed = page.locator('main button.help-topic[aria-pressed="true"]');
    expect(await pressed.count()).toBe(1);
    await page.locator('main .help-destination').first().waitFor();
    expect(await page.locator('main .help-destination h3').allInnerTexts()).toEqual([
      DESTINATION_DEFAULTS['update-install'].title.en,
      DESTINATION_DEFAULTS['update-info'].title.en,
    ]);
    // The page link is a link of this site.
    await page.locator('main .help-link a[href="/guide"]').click();
    await page.waitForURL('**/guide');
  });
});
