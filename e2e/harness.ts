/**
 * End-to-end harness: the real server (`vulndesk serve` as a child process, the built web app in
 * dist/web) on a free loopback port with a temporary DATA_DIR — and a fresh PostgreSQL database
 * when DATABASE_URL is set — plus Debian's Chromium. Helpers switch the language, run axe-core,
 * write screenshots to test-results/screenshots/, and read the outbox for mailed tokens.
 *
 * `npm run test:e2e` builds first; a run without `dist/web/index.html` fails at start.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { createTestDatabaseUrl, usingPostgres } from '../test/helpers/db.js';
import {
  REPO_ROOT,
  sleep,
  startServer,
  stopAllChildren,
  type ServerProcess,
} from '../test/helpers/server-process.js';
import { launchChromium } from './chromium.js';

export const LANGS = ['en', 'ja'] as const;
export type Lang = (typeof LANGS)[number];

export const WIDTHS = { phone: 360, desktop: 1280 } as const;

export const RESULTS_DIR = path.join(REPO_ROOT, 'test-results');
export const SCREENSHOT_DIR = path.join(RESULTS_DIR, 'screenshots');
const AXE_PATH = path.join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const WEB_INDEX = path.join(REPO_ROOT, 'dist', 'web', 'index.html');

// ---------------------------------------------------------------------------------------------
// server and browser

export interface E2eServer {
  /** `http://127.0.0.1:<port>`; also the server's PUBLIC_URL (its default for HOST:PORT). */
  readonly url: string;
  readonly dataDir: string;
  /** The fresh PostgreSQL database of this run, or undefined on SQLite. */
  readonly databaseUrl: string | undefined;
  readonly process: ServerProcess;
}

export interface Harness {
  readonly server: E2eServer;
  readonly browser: Browser;
  /** A new context (own storage, cookies) and page; closed by `close()` at the latest. */
  newPage(options?: PageOptions): Promise<Page>;
  /** Stops the browser and the server, drops the database, removes DATA_DIR. */
  close(): Promise<void>;
}

export interface PageOptions {
  /** Viewport width in CSS pixels (default 1280). */
  width?: number;
  /** The browser's language (navigator.language); the app follows it until one is picked. */
  lang?: Lang;
  /** Grant clipboard read and write (for copy buttons). */
  clipboard?: boolean;
}

/**
 * Starts the server and Chromium. PUBLIC_URL is left to its default, `http://HOST:PORT`,
 * which is exactly the address the browser uses (startServer picks the port).
 */
export async function startHarness(extraEnv: Record<string, string> = {}): Promise<Harness> {
  if (!fs.existsSync(WEB_INDEX)) {
    throw new Error(`${WEB_INDEX} is missing: run \`npm run build\` (npm run test:e2e does)`);
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vulndesk-e2e-'));
  let databaseUrl: string | undefined;
  let dropDatabase: () => Promise<void> = () => Promise.resolve();
  let serverProcess: ServerProcess | undefined;
  let browser: Browser | undefined;
  const contexts = new Set<BrowserContext>();

  const close = async (): Promise<void> => {
    const minor = minorAxeFindings();
    if (minor.length > 0) {
      // Not failures (only serious and critical are), but worth fixing: say so once per file.
      console.warn(
        `axe findings below "serious":\n${minor.map((m) => `${m.label}\n${formatAxe(m.violations)}`).join('\n')}`,
      );
    }
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await serverProcess?.stop('SIGTERM').catch(() => undefined);
    await stopAllChildren();
    await dropDatabase().catch(() => undefined);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    if (usingPostgres()) {
      const created = await createTestDatabaseUrl();
      databaseUrl = created.url;
      dropDatabase = created.drop;
    }
    serverProcess = await startServer({
      DATA_DIR: dataDir,
      REPORT_RATE_LIMIT: '0',
      LOG_LEVEL: 'warn',
      ...(databaseUrl !== undefined ? { DATABASE_URL: databaseUrl } : {}),
      ...extraEnv,
    });
    browser = await launchChromium();
  } catch (err) {
    await close();
    throw err;
  }

  const server: E2eServer = {
    url: serverProcess.url,
    dataDir,
    databaseUrl,
    process: serverProcess,
  };
  const openBrowser = browser;
  return {
    server,
    browser: openBrowser,
    close,
    async newPage(options: PageOptions = {}): Promise<Page> {
      const lang = options.lang ?? 'en';
      const context = await openBrowser.newContext({
        baseURL: server.url,
        viewport: { width: options.width ?? WIDTHS.desktop, height: 800 },
        locale: lang === 'ja' ? 'ja-JP' : 'en-US',
        timezoneId: lang === 'ja' ? 'Asia/Tokyo' : 'Europe/London',
      });
      contexts.add(context);
      context.once('close', () => contexts.delete(context));
      if (options.clipboard === true) {
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
          origin: server.url,
        });
      }
      context.setDefaultTimeout(15_000);
      const page = await context.newPage();
      watchErrors(page);
      return page;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// page errors

const pageErrors = new WeakMap<Page, string[]>();

/** Uncaught exceptions and console errors, except failed requests (4xx answers are expected). */
function watchErrors(page: Page): void {
  const errors: string[] = [];
  pageErrors.set(page, errors);
  page.on('pageerror', (err) => errors.push(`uncaught: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const text = msg.text();
    if (text.startsWith('Failed to load resource')) return;
    errors.push(`console: ${text}`);
  });
}

/** The page's uncaught exceptions and console errors so far (see `watchErrors`). */
export function errorsOf(page: Page): readonly string[] {
  return pageErrors.get(page) ?? [];
}

// ---------------------------------------------------------------------------------------------
// navigation and language

/**
 * Opens `route` and waits until the routed page has rendered: a first-level heading that is
 * not the lazy route's loading text.
 */
export async function open(page: Page, route: string): Promise<void> {
  await page.goto(route, { waitUntil: 'networkidle' });
  await waitForPage(page);
}

/** Waits for an `h1` in main that is not a loading placeholder and for the network to settle. */
export async function waitForPage(page: Page): Promise<void> {
  try {
    await page.waitForFunction(
      () => {
        const doc = (globalThis as unknown as { document: DocumentLike }).document;
        const text = doc.querySelector('main h1')?.textContent?.trim() ?? '';
        return text !== '' && text !== 'Loading…' && text !== '読み込み中…';
      },
      undefined,
      { timeout: 15_000 },
    );
  } catch (err) {
    const h1 = await page
      .locator('main h1')
      .first()
      .textContent({ timeout: 1_000 })
      .catch(() => null);
    // A chunk that fails to load usually means dist/web was rebuilt during the run.
    const errors = errorsOf(page);
    throw new Error(
      `${page.url()}: the page did not render within 15 s (main h1: ${JSON.stringify(h1)}; a page still showing "Loading…" has not been built yet)${errors.length > 0 ? `; page errors: ${errors.join(' | ')}` : ''}`,
      { cause: err },
    );
  }
  await page.waitForLoadState('networkidle');
}

/** Picks `lang` in the language switch and waits for `<html lang>` to follow. */
export async function setLanguage(page: Page, lang: Lang): Promise<void> {
  await page.locator('select[name=language]').selectOption(lang);
  await page.waitForFunction(
    (l) =>
      (globalThis as unknown as { document: DocumentLike }).document.documentElement.lang === l,
    lang,
  );
}

export async function htmlLang(page: Page): Promise<string> {
  return page.evaluate(
    () => (globalThis as unknown as { document: DocumentLike }).document.documentElement.lang,
  );
}

const JAPANESE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]/;

/**
 * The page is in `lang`: `<html lang>` says so and the main heading is written in it (kana or
 * kanji in Japanese, none in English), so a page whose texts fell back to the other language
 * under the right `lang` attribute is caught.
 */
export async function expectPageLanguage(page: Page, lang: Lang): Promise<void> {
  const actual = await htmlLang(page);
  const h1 = ((await page.locator('main h1').first().textContent()) ?? '').trim();
  if (actual !== lang || JAPANESE.test(h1) !== (lang === 'ja')) {
    throw new Error(
      `${page.url()}: expected the page in ${lang}; <html lang="${actual}">, main h1 ${JSON.stringify(h1)}`,
    );
  }
}

/** The few DOM members the in-page functions here use (the test tsconfig has no DOM lib). */
interface DocumentLike {
  documentElement: { lang: string; scrollWidth: number };
  activeElement: { id: string; tagName: string; textContent: string | null } | null;
  querySelector(selector: string): { textContent: string | null } | null;
}

// ---------------------------------------------------------------------------------------------
// layout

export interface HorizontalOverflow {
  scrollWidth: number;
  innerWidth: number;
}

/** `document.documentElement.scrollWidth` against `innerWidth` (no horizontal scrolling). */
export async function horizontalOverflow(page: Page): Promise<HorizontalOverflow> {
  return page.evaluate(() => {
    const g = globalThis as unknown as { document: DocumentLike; innerWidth: number };
    return { scrollWidth: g.document.documentElement.scrollWidth, innerWidth: g.innerWidth };
  });
}

/** Throws, naming the widest elements, when the page scrolls sideways. */
export async function expectNoHorizontalScroll(page: Page, label: string): Promise<void> {
  const o = await horizontalOverflow(page);
  if (o.scrollWidth <= o.innerWidth) return;
  const culprits = await page.evaluate((limit) => {
    interface El {
      tagName: string;
      id: string;
      className: unknown;
      getBoundingClientRect(): { right: number };
    }
    const g = globalThis as unknown as {
      document: { querySelectorAll(s: string): Iterable<El> };
    };
    const out: string[] = [];
    for (const el of g.document.querySelectorAll('body *')) {
      const right = el.getBoundingClientRect().right;
      if (right > limit + 0.5 && out.length < 8) {
        const cls =
          typeof el.className === 'string' && el.className !== '' ? `.${el.className}` : '';
        out.push(
          `${el.tagName.toLowerCase()}${el.id !== '' ? `#${el.id}` : ''}${cls} (right ${Math.round(right)})`,
        );
      }
    }
    return out;
  }, o.innerWidth);
  throw new Error(
    `${label}: horizontal scroll, scrollWidth ${o.scrollWidth} > innerWidth ${o.innerWidth}; wider elements: ${culprits.join(', ')}`,
  );
}

// ---------------------------------------------------------------------------------------------
// accessibility

export interface AxeNode {
  target: string[];
  html: string;
  failureSummary: string;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

interface AxeGlobal {
  axe: {
    run(
      context: unknown,
      options: { runOnly: { type: 'tag'; values: string[] } },
    ): Promise<{
      violations: {
        id: string;
        impact?: string | null;
        help: string;
        helpUrl: string;
        nodes: { target: unknown[]; html: string; failureSummary?: string }[];
      }[];
    }>;
  };
  document: unknown;
}

let axeSourceText: string | undefined;
const axeSource = (): string => (axeSourceText ??= fs.readFileSync(AXE_PATH, 'utf8'));

/** Every violation found by a page's axe runs in this process, for the run's summary file. */
const axeLog: { label: string; violations: AxeViolation[] }[] = [];

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA) on the whole document. Returns every
 * violation; throws when one is serious or critical, listing rule ids, targets and help URLs.
 * All findings (minor and moderate too) are written to test-results/axe/<label>.json.
 */
export async function expectAccessible(page: Page, label: string): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) {
    // Not `page.addScriptTag`: the app's CSP (script-src 'self') refuses inline script tags,
    // and the tests keep that CSP in force. Evaluation through the DevTools protocol is not
    // subject to it.
    await page.evaluate(axeSource());
  }
  const violations = await page.evaluate(async (tags) => {
    const g = globalThis as unknown as AxeGlobal;
    const result = await g.axe.run(g.document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({
        target: n.target.map((t) => (typeof t === 'string' ? t : JSON.stringify(t))),
        html: n.html,
        failureSummary: n.failureSummary ?? '',
      })),
    }));
  }, AXE_TAGS);
  axeLog.push({ label, violations });
  fs.mkdirSync(path.join(RESULTS_DIR, 'axe'), { recursive: true });
  fs.writeFileSync(
    path.join(RESULTS_DIR, 'axe', `${safeName(label)}.json`),
    `${JSON.stringify(violations, null, 2)}\n`,
  );
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (blocking.length > 0) {
    throw new Error(`${label}: axe found serious or critical violations:\n${formatAxe(blocking)}`);
  }
  return violations;
}

export function formatAxe(violations: readonly AxeViolation[]): string {
  return violations
    .map((v) =>
      [
        `- ${v.id} (${v.impact ?? 'n/a'}): ${v.help}`,
        `  ${v.helpUrl}`,
        ...v.nodes.slice(0, 10).map((n) => `  · ${n.target.join(' ')}  ${n.html.slice(0, 160)}`),
        ...(v.nodes.length > 10 ? [`  · … and ${v.nodes.length - 10} more`] : []),
      ].join('\n'),
    )
    .join('\n');
}

/** Violations below "serious" seen so far in this test file (reported, not failed). */
export function minorAxeFindings(): { label: string; violations: AxeViolation[] }[] {
  return axeLog
    .map((entry) => ({
      label: entry.label,
      violations: entry.violations.filter((v) => v.impact !== 'serious' && v.impact !== 'critical'),
    }))
    .filter((entry) => entry.violations.length > 0);
}

// ---------------------------------------------------------------------------------------------
// screenshots

/** A full-page screenshot at test-results/screenshots/<page>-<lang>-<width>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const lang = await htmlLang(page);
  const width = page.viewportSize()?.width ?? 0;
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${safeName(name)}-${lang}-${width}.png`);
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  return file;
}

const safeName = (s: string): string => s.replace(/[^A-Za-z0-9_.-]+/g, '-');

// ---------------------------------------------------------------------------------------------
// keyboard

/** What has focus now: `tag#id "text"`. */
export async function focused(page: Page): Promise<{ tag: string; id: string; text: string }> {
  return page.evaluate(() => {
    const el = (globalThis as unknown as { document: DocumentLike }).document.activeElement;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      id: el?.id ?? '',
      text: el?.textContent?.trim() ?? '',
    };
  });
}

/** Whether the element of `locator` has focus. */
export async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate(
    (el) =>
      el ===
      (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement,
  );
}

/** Waits (up to `timeoutMs`) until the element of `locator` has focus; false if it never does. */
export async function waitForFocus(locator: Locator, timeoutMs = 5_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; attempt < 500 && Date.now() < deadline; attempt += 1) {
    if (await isFocused(locator)) return true;
    await sleep(50);
  }
  return isFocused(locator);
}

/** The language the app stored (localStorage `vd.lang`). */
export async function storedLanguage(page: Page): Promise<string | null> {
  return page.evaluate(() =>
    (
      globalThis as unknown as { localStorage: { getItem(k: string): string | null } }
    ).localStorage.getItem('vd.lang'),
  );
}

// ---------------------------------------------------------------------------------------------
// the outbox (mail the server would send)

export interface OutboxMessage {
  kind: string;
  payload: Record<string, unknown>;
  createdAt: string;
}

/** Every outbox row, oldest first, read straight from the server's database. */
export async function readOutbox(server: E2eServer): Promise<OutboxMessage[]> {
  type Row = { kind: string; payload: string; created_at: string };
  const sql = 'SELECT kind, payload, created_at FROM outbox ORDER BY created_at, id';
  let rows: Row[];
  if (server.databaseUrl !== undefined) {
    const client = new pg.Client({ connectionString: server.databaseUrl });
    await client.connect();
    try {
      rows = (await client.query<Row>(sql)).rows;
    } finally {
      await client.end();
    }
  } else {
    const db = new SQLite(path.join(server.dataDir, 'vulndesk.db'), {
      readonly: true,
      fileMustExist: true,
    });
    try {
      rows = db.prepare<[], Row>(sql).all();
    } finally {
      db.close();
    }
  }
  return rows.map((r) => ({
    kind: r.kind,
    payload: JSON.parse(r.payload) as Record<string, unknown>,
    createdAt: r.created_at,
  }));
}

/** The newest outbox message of `kind` addressed to `to`, waiting up to `timeoutMs` for it. */
export async function waitForMail(
  server: E2eServer,
  kind: string,
  to: string,
  timeoutMs = 10_000,
): Promise<OutboxMessage> {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; attempt < 1_000 && Date.now() < deadline; attempt += 1) {
    const found = (await readOutbox(server)).filter((m) => m.kind === kind && m.payload.to === to);
    const last = found.at(-1);
    if (last !== undefined) return last;
    await sleep(100);
  }
  throw new Error(`no ${kind} mail to ${to} in the outbox within ${timeoutMs} ms`);
}

/** The e-mail verification token mailed to `email` (payload `token` of the verification mail). */
export async function verificationToken(server: E2eServer, email: string): Promise<string> {
  const mail = await waitForMail(server, 'mail.account-verification', email);
  const token = mail.payload.token;
  if (typeof token !== 'string') throw new Error('verification mail without a token');
  return token;
}
