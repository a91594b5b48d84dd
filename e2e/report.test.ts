/**
 * The report form end to end: a researcher fills the whole form (in Japanese and in English)
 * with two attachments, watches the quality meter reach `high`, sends it, copies the tracking
 * token and tracks the report; every step is accessible and fits a 360 px screen; a draft
 * survives a reload; errors only the server finds appear beside their fields and in the summary.
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
  waitForPage,
  type Harness,
  type Lang,
} from './harness.js';
import {
  fillField,
  fillReport,
  fillSteps,
  localeText,
  meterText,
  openStep,
  openStepWith,
  sendReport,
  stepCount,
  waitForTier,
  type ReportInput,
} from './report-form.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

const inAWeek = (): string => new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);

const POC = `#!/usr/bin/env python3
import struct, zlib
def chunk(kind, data):
    return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data))
png = b'\\x89PNG\\r\\n\\x1a\\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', 0xFFFFFFFF, 1, 8, 2, 0, 0, 0))
open('crash.png', 'wb').write(png)
`;

/** A tiny valid PNG (1×1, transparent). */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

const files = () => [
  { name: 'poc.py', mimeType: 'text/x-python', buffer: Buffer.from(POC) },
  { name: 'crash.png', mimeType: 'image/png', buffer: PNG },
];

const INPUT: Record<Lang, ReportInput> = {
  en: {
    text: {
      title: 'Heap buffer overflow in the PNG decoder',
      'issueType.cwe': 'CWE-122',
      'affected.product': 'Contoso Viewer',
      'affected.version': '4.2.1',
      updatesInstalled: 'All updates up to 2026-11 installed.',
      configuration: 'Default installation on Windows 11 23H2, x64.',
      proofOfConcept: POC,
      'impact.description': 'Opening a crafted PNG runs code as the user.',
      analysis: 'The IHDR width is multiplied by the row size without an overflow check.',
      cvss: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H',
      'reporter.email': 'researcher.en@example.org',
      'reporter.name': 'Alex Researcher',
      'disclosure.plannedDate': inAWeek(),
    },
    steps: ['Install Contoso Viewer 4.2.1', 'Run poc.py to write crash.png', 'Open crash.png'],
    impactType: 'remote-code-execution',
    credit: 'name',
    files: files(),
  },
  ja: {
    text: {
      title: 'PNG デコーダーにおけるヒープ バッファ オーバーフロー',
      'issueType.cwe': 'CWE-122',
      'affected.product': 'Contoso ビューアー',
      'affected.version': '4.2.1',
      updatesInstalled: '2026 年 11 月までの更新プログラムをすべて適用済み。',
      configuration: 'Windows 11 23H2 (x64) に既定の設定でインストール。',
      proofOfConcept: POC,
      'impact.description': '細工した PNG を開くと、ユーザーの権限でコードが実行されます。',
      analysis: 'IHDR の幅に行サイズを掛ける際にオーバーフローを確認していません。',
      cvss: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H',
      'reporter.email': 'researcher.ja@example.org',
      'reporter.name': '山田 太郎',
      'disclosure.plannedDate': inAWeek(),
    },
    steps: [
      'Contoso ビューアー 4.2.1 をインストールする',
      'poc.py を実行して crash.png を作る',
      'crash.png を開く',
    ],
    impactType: 'remote-code-execution',
    credit: 'name',
    files: files(),
  },
};

interface ReportDetail {
  id: string;
  quality: { tier: string };
  report: { title?: string; reproductionSteps?: string[] };
  attachments: unknown[];
}

describe('sending a report', () => {
  for (const lang of LANGS) {
    test(`${lang}: the whole form with two attachments reaches "high", is sent, and can be tracked`, async () => {
      const input = INPUT[lang];
      const page = await h.newPage({ lang, clipboard: true });
      await open(page, '/report');
      await expectPageLanguage(page, lang);

      const levels = await fillReport(page, input);
      await waitForTier(page, 'high');
      expect(await meterText(page)).toBe(localeText(lang, 'report', 'quality.tier.high'));
      // Watched rising: lower before the last parts, never falling.
      expect(levels[0]).toBeLessThan(3);
      for (let i = 1; i < levels.length; i += 1) {
        expect(levels[i], `meter levels ${levels.join(',')}`).toBeGreaterThanOrEqual(
          levels[i - 1] ?? 0,
        );
      }

      await openStep(page, (await stepCount(page)) - 1);
      await expectAccessible(page, `report-preview-${lang}`);
      await screenshot(page, 'report-preview');
      await sendReport(page);

      // Confirmation: the reference, the token shown once, a copy button.
      await page.waitForURL('**/report/sent', { timeout: 60_000 });
      await waitForPage(page);
      const id = (await page.locator('.report-id').innerText()).trim();
      const token = (await page.locator('#tracking-token').innerText()).trim();
      expect(id).toMatch(/^VD-\d{4}-\d{5,}$/);
      expect(token).toMatch(/^vdt_/);
      await expectAccessible(page, `confirmation-${lang}`);
      await screenshot(page, 'confirmation');

      await page.locator('.copy button').click();
      await page
        .locator('.copy [role=status]', { hasText: localeText(lang, 'report', 'copy.copied') })
        .waitFor();
      const copied = await page.evaluate(() =>
        (
          globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }
        ).navigator.clipboard.readText(),
      );
      expect(copied).toBe(token);

      // What the server stored: the text as typed, both files, the tier the meter showed.
      const res = await fetch(`${h.server.url}/api/v1/reports/${id}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(res.status).toBe(200);
      const stored = (await res.json()) as ReportDetail;
      expect(stored.report.title).toBe(input.text.title);
      expect(stored.report.reproductionSteps).toEqual(input.steps);
      expect(stored.attachments).toHaveLength(2);
      expect(stored.quality.tier).toBe('high');

      // Tracking, from the confirmation page's link, with the copied token.
      await page.locator('main a[href^="/track"]').first().click();
      await page.waitForURL('**/track**');
      await waitForPage(page);
      const idField = page.locator('main [name="id"]');
      if ((await idField.inputValue()) === '') await idField.fill(id);
      await page.locator('main [name="token"]').fill(copied);
      await page.locator('main [name="token"]').press('Enter');
      await page.locator('main', { hasText: input.text.title ?? '' }).waitFor({ timeout: 15_000 });
      const tracked = await page.locator('main').innerText();
      expect(tracked).toContain(id);
      expect(tracked).toContain('poc.py');
      expect(tracked).toContain('crash.png');
      await expectAccessible(page, `track-report-${lang}`);
      await screenshot(page, 'track-report');
      expect(errorsOf(page)).toEqual([]);
    });
  }
});

describe('every step of the form', () => {
  for (const lang of LANGS) {
    for (const width of [WIDTHS.phone, WIDTHS.desktop]) {
      test(`${lang} at ${width} px: accessible, fits, screenshot`, async () => {
        const page = await h.newPage({ lang, width });
        await open(page, '/report');
        await expectPageLanguage(page, lang);
        const n = await stepCount(page);
        expect(n).toBeGreaterThanOrEqual(2);
        for (let i = 0; i < n; i += 1) {
          await openStep(page, i);
          await expectAccessible(page, `report-step-${i + 1}-${lang}-${width}`);
          await expectNoHorizontalScroll(page, `report step ${i + 1} ${lang} ${width}px`);
          await screenshot(page, `report-step-${i + 1}`);
        }
        expect(errorsOf(page)).toEqual([]);
      });
    }
  }
});

describe('drafts', () => {
  test('a draft survives a reload', async () => {
    const page = await h.newPage();
    await open(page, '/report');
    await fillField(page, 'title', 'Draft: stored XSS in the comment preview');
    await fillField(page, 'affected.product', 'Contoso Forum');
    await fillSteps(page, ['Post a comment with <svg onload=alert(1)>', 'Open the preview']);
    await openStepWith(page, 'impact.type');
    await page.locator('[name="impact.type"]').selectOption('spoofing');
    // Saved half a second after the last change.
    await page.waitForFunction(() => {
      const s = (globalThis as unknown as { localStorage: { getItem(k: string): string | null } })
        .localStorage;
      return (s.getItem('vd.report.draft') ?? '').includes('spoofing');
    });

    await page.reload({ waitUntil: 'networkidle' });
    await waitForPage(page);
    expect(await page.locator('main').innerText()).toContain(
      localeText('en', 'report', 'draft.restored'),
    );
    await openStepWith(page, 'title');
    expect(await page.locator('[name="title"]').inputValue()).toBe(
      'Draft: stored XSS in the comment preview',
    );
    await openStepWith(page, 'affected.product');
    expect(await page.locator('[name="affected.product"]').inputValue()).toBe('Contoso Forum');
    await openStepWith(page, 'reproductionSteps[0]');
    expect(await page.locator('[name="reproductionSteps[0]"]').inputValue()).toBe(
      'Post a comment with <svg onload=alert(1)>',
    );
    expect(await page.locator('[name="reproductionSteps[1]"]').inputValue()).toBe(
      'Open the preview',
    );
    await openStepWith(page, 'impact.type');
    expect(await page.locator('[name="impact.type"]').inputValue()).toBe('spoofing');
    expect(errorsOf(page)).toEqual([]);
  });

  for (const lang of LANGS) {
    for (const width of [WIDTHS.phone, WIDTHS.desktop]) {
      test(`${lang} at ${width} px: saving the draft does not move the step list`, async () => {
        const page = await h.newPage({ lang, width });
        await open(page, '/report');
        // Where the step list sits on the page (not in the viewport: filling scrolls).
        const navTop = () =>
          page.locator('nav.step-nav').evaluate((nav) => {
            const box = (
              nav as { getBoundingClientRect(): { top: number } }
            ).getBoundingClientRect();
            return box.top + (globalThis as unknown as { scrollY: number }).scrollY;
          });
        const discard = page.getByRole('button', {
          name: localeText(lang, 'report', 'draft.discard'),
        });
        const before = await navTop();
        expect(await discard.count()).toBe(0);
        await fillField(page, 'title', 'Stored XSS in the comment preview');
        const saved = localeText(lang, 'report', 'draft.savedAt');
        await page.locator('.draft-bar', { hasText: saved }).waitFor();
        // Within a pixel: scrolling leaves fractions of one.
        expect(Math.abs((await navTop()) - before)).toBeLessThan(1);
        // The discard button, held in place until now, is there to use.
        expect(await discard.count()).toBe(1);
      });
    }
  }
});

describe('errors found by the server', () => {
  for (const lang of LANGS) {
    test(`${lang}: a PGP key the server cannot read is named beside the field and in the summary`, async () => {
      const page = await h.newPage({ lang });
      await open(page, '/report');
      await fillField(page, 'title', 'Open redirect on the sign-in page');
      await fillField(page, 'affected.product', 'Contoso Accounts');
      await fillField(page, 'affected.version', '2026.11');
      await fillSteps(page, ['Open /signin?next=//example.org', 'Sign in']);
      await fillField(page, 'impact.description', 'Users are sent to a site of the attacker.');
      await fillField(page, 'reporter.email', `pgp-${lang}@example.org`);
      // Looks like a key block to the form; only the server finds it unreadable.
      await fillField(
        page,
        'reporter.pgpKey',
        '-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nbm90IGEga2V5\n-----END PGP PUBLIC KEY BLOCK-----\n',
      );
      await sendReport(page);

      const summary = page.locator('.error-summary');
      await summary.waitFor({ timeout: 30_000 });
      const summaryLink = summary.locator('a[href="#field-reporter-pgpKey"]');
      expect(await summaryLink.count()).toBe(1);
      expect(page.url()).toMatch(/\/report$/);

      // The contact step is open, the field is marked, its message is beside it.
      const field = page.locator('[name="reporter.pgpKey"]');
      await field.waitFor();
      expect(await field.getAttribute('aria-invalid')).toBe('true');
      const beside = page.locator('.field:has([name="reporter.pgpKey"]) .field-error');
      const message = (await beside.innerText()).trim();
      // The server names the rule; the page words it in its own language.
      expect(message).toBe(localeText(lang, 'fields', 'pgp-key-unreadable'));
      expect(await summary.innerText()).toContain(message);
      const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
      expect(describedBy.split(' ')).toContain(await beside.getAttribute('id'));

      await expectAccessible(page, `report-server-errors-${lang}`);
      await screenshot(page, 'report-server-errors');

      // The summary's link takes the focus to the field.
      await openStep(page, 0);
      await summaryLink.click();
      expect(await isFocused(field)).toBe(true);
    });
  }
});
