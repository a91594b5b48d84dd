/**
 * Driving the report form (`/report`) the way a researcher does: through the step list, by the
 * controls' `name` (the API field paths), reading the quality meter as assistive technology
 * does (`role=meter`, `aria-valuenow` 0–3 for insufficient…high).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../test/helpers/server-process.js';
import type { Lang } from './harness.js';

export const TIERS = ['insufficient', 'low', 'medium', 'high'] as const;
export type Tier = (typeof TIERS)[number];

/** What goes into the form; keys are control names, `select:` / `radio:` mark other controls. */
export interface ReportInput {
  text: Record<string, string>;
  steps: string[];
  impactType?: string;
  credit?: string;
  files?: { name: string; mimeType: string; buffer: Buffer }[];
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** A string of a locale file, e.g. `localeText('ja', 'report', 'quality.tier.high')`. */
export function localeText(lang: Lang, area: string, key: string): string {
  const file = path.join(REPO_ROOT, 'web', 'src', 'i18n', 'locales', lang, `${area}.json`);
  let node = JSON.parse(fs.readFileSync(file, 'utf8')) as Json;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) {
      throw new Error(`${lang}/${area}.json has no ${key}`);
    }
    node = node[part] ?? null;
  }
  if (typeof node !== 'string') throw new Error(`${lang}/${area}.json: ${key} is not text`);
  return node;
}

const control = (page: Page, name: string) => page.locator(`[name="${name}"]`);
const stepButtons = (page: Page) => page.locator('nav.step-nav button');

export async function stepCount(page: Page): Promise<number> {
  return stepButtons(page).count();
}

/** Opens step `index` (0-based) through the step list. */
export async function openStep(page: Page, index: number): Promise<void> {
  await stepButtons(page).nth(index).click();
  await page
    .locator(`nav.step-nav li:nth-child(${index + 1}) button[aria-current="step"]`)
    .waitFor();
}

/** Opens the step holding the control `name` (trying each step, at most once). */
export async function openStepWith(page: Page, name: string): Promise<void> {
  if (await control(page, name).first().isVisible()) return;
  const n = await stepCount(page);
  for (let i = 0; i < n; i += 1) {
    await openStep(page, i);
    if (await control(page, name).first().isVisible()) return;
  }
  throw new Error(`no step of the report form shows a control named ${name}`);
}

/** Fills the text control `name`, opening its step first. */
export async function fillField(page: Page, name: string, value: string): Promise<void> {
  await openStepWith(page, name);
  const el = control(page, name);
  await el.fill(value);
  if (name === 'issueType.cwe') await el.press('Escape'); // close the combobox's list
}

/** Fills the reproduction steps, adding controls as needed. */
export async function fillSteps(page: Page, steps: readonly string[]): Promise<void> {
  await openStepWith(page, 'reproductionSteps[0]');
  for (let i = 0; i < steps.length; i += 1) {
    const name = `reproductionSteps[${i}]`;
    if ((await control(page, name).count()) === 0) {
      await page.locator('ol.step-list + button').click();
      await control(page, name).waitFor();
    }
    await control(page, name).fill(steps[i] ?? '');
  }
}

/** The meter's level: 0 insufficient … 3 high (also 0 before the first assessment). */
export async function meterLevel(page: Page): Promise<number> {
  return Number(await page.locator('[role=meter]').getAttribute('aria-valuenow'));
}

export async function meterText(page: Page): Promise<string> {
  return (await page.locator('[role=meter]').getAttribute('aria-valuetext')) ?? '';
}

/** Waits until the meter shows `tier` (the server's assessment arrives after a pause). */
export async function waitForTier(page: Page, tier: Tier, timeoutMs = 15_000): Promise<void> {
  const level = TIERS.indexOf(tier);
  try {
    await page.waitForFunction(
      (l) =>
        (
          globalThis as unknown as {
            document: {
              querySelector(s: string): { getAttribute(a: string): string | null } | null;
            };
          }
        ).document
          .querySelector('[role=meter]')
          ?.getAttribute('aria-valuenow') === String(l),
      level,
      { timeout: timeoutMs },
    );
  } catch {
    throw new Error(
      `the quality meter did not reach ${tier}: it shows ${await meterText(page)} (${await meterLevel(page)}); ${await page.locator('.quality').innerText()}`,
    );
  }
}

/**
 * Fills every part of `input` step by step, in the form's order, and returns the meter's level
 * after each step (once the server's assessment has arrived).
 */
export async function fillReport(page: Page, input: ReportInput): Promise<number[]> {
  const levels: number[] = [];
  const pending = new Map(Object.entries(input.text));
  let stepsDone = input.steps.length === 0;
  let filesDone = (input.files ?? []).length === 0;
  let impactDone = input.impactType === undefined;
  let creditDone = input.credit === undefined;
  const visible = (name: string) => control(page, name).first().isVisible();
  const n = await stepCount(page);
  for (let i = 0; i < n - 1; i += 1) {
    await openStep(page, i);
    for (const [name, value] of [...pending]) {
      if (!(await visible(name))) continue;
      await fillField(page, name, value);
      pending.delete(name);
    }
    if (!stepsDone && (await visible('reproductionSteps[0]'))) {
      await fillSteps(page, input.steps);
      stepsDone = true;
    }
    if (!impactDone && input.impactType !== undefined && (await visible('impact.type'))) {
      await control(page, 'impact.type').selectOption(input.impactType);
      impactDone = true;
    }
    if (!creditDone && (await visible('reporter.credit'))) {
      await page.locator(`input[name="reporter.credit"][value="${input.credit ?? ''}"]`).check();
      creditDone = true;
    }
    if (!filesDone && input.files !== undefined && (await visible('attachments'))) {
      await control(page, 'attachments').setInputFiles(input.files);
      await page
        .locator('ul.file-list li')
        .nth(input.files.length - 1)
        .waitFor();
      filesDone = true;
    }
    await page.waitForTimeout(600); // the meter asks the server after a 400 ms pause
    await page.waitForLoadState('networkidle');
    levels.push(await meterLevel(page));
  }
  const left = [
    ...pending.keys(),
    ...(stepsDone ? [] : ['reproductionSteps']),
    ...(filesDone ? [] : ['attachments']),
    ...(impactDone ? [] : ['impact.type']),
    ...(creditDone ? [] : ['reporter.credit']),
  ];
  if (left.length > 0) throw new Error(`no step of the form shows ${left.join(', ')}`);
  return levels;
}

/** Opens the last step (the preview) and sends the report. */
export async function sendReport(page: Page): Promise<void> {
  await openStep(page, (await stepCount(page)) - 1);
  await page.locator('form.report-form .step-buttons button[type=submit]').click();
}
