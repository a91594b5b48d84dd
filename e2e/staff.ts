/**
 * Staff members end to end: created with the real `vulndesk user add` (run against the
 * harness's DATA_DIR and database), enrolled in the browser at `/console/enrol#<token>` with the
 * key the page shows typed into a stand-in authenticator (otplib, as `test/helpers/staff.ts`
 * does), and signed in at `/console` with password and code. Each code is for a later time step
 * than the last one the server accepted, as a code signs in only once.
 */
import type { Page } from 'playwright-core';
import { TOTP_PERIOD_SECONDS, totpStep } from '../src/crypto/totp.js';
import type { StaffRole } from '../src/domain/staff/roles.js';
import { runCli, sleep } from '../test/helpers/server-process.js';
import { totpCodeAt } from '../test/helpers/staff.js';
import { open, type E2eServer } from './harness.js';

export const STAFF_PASSWORD = 'a long staff password for e2e';

export interface E2eStaff {
  email: string;
  role: StaffRole;
  /** `/console/enrol#vde_…`, as printed by the CLI (path and fragment only). */
  enrolmentPath: string;
  /** The key the enrolment page showed; set by `enrol`. */
  secret: string | undefined;
  /** The time step of the last code the server accepted. */
  lastStep: number;
}

/** `vulndesk user add --email <email> --role <role>` against the harness's server data. */
export async function addStaff(
  server: E2eServer,
  email: string,
  role: StaffRole,
): Promise<E2eStaff> {
  const result = await runCli(['user', 'add', '--email', email, '--role', role], {
    DATA_DIR: server.dataDir,
    PUBLIC_URL: server.url,
    LOG_LEVEL: 'warn',
    ...(server.databaseUrl !== undefined ? { DATABASE_URL: server.databaseUrl } : {}),
  });
  const link = /(https?:\/\/\S+\/console\/enrol#vde_\S+)/.exec(result.stdout)?.[1];
  if (result.code !== 0 || link === undefined) {
    throw new Error(`vulndesk user add failed (exit ${String(result.code)}): ${result.stderr}`);
  }
  const url = new URL(link);
  return {
    email,
    role,
    enrolmentPath: `${url.pathname}${url.hash}`,
    secret: undefined,
    lastStep: -1,
  };
}

/** Time allowed between making a code and the server checking it (typing, sending, a busy CI). */
const CODE_TRAVEL_MS = 5_000;

/**
 * A code for the first time step after the last one used that the server will accept when it
 * checks it, up to `CODE_TRAVEL_MS` from now. The server accepts one step early or late, never
 * a step it accepted before: a code for the step before the current one, made just before a
 * step ends, would arrive two steps late, so the steps count from `CODE_TRAVEL_MS` ahead; and a
 * step more than one ahead of the current one waits until it is only one ahead.
 */
async function nextCode(staff: E2eStaff): Promise<string> {
  if (staff.secret === undefined) throw new Error(`${staff.email} is not enrolled`);
  const stepMs = TOTP_PERIOD_SECONDS * 1000;
  const step = Math.max(totpStep(new Date(Date.now() + CODE_TRAVEL_MS)) - 1, staff.lastStep + 1);
  const acceptedFrom = (step - 1) * stepMs;
  if (Date.now() < acceptedFrom) await sleep(acceptedFrom - Date.now());
  staff.lastStep = step;
  return totpCodeAt(staff.secret, new Date(step * stepMs));
}

const submit = (page: Page) => page.locator('main form.account-form button[type=submit]').click();

/** Opens the enrolment link, takes the key from the page, chooses the password, confirms a code. */
export async function enrol(page: Page, staff: E2eStaff): Promise<void> {
  await open(page, staff.enrolmentPath);
  staff.secret = (await page.locator('.enrol-secret').innerText()).trim();
  if (!/^[A-Z2-7]+=*$/.test(staff.secret)) throw new Error('the enrolment page shows no key');
  await page.locator('main [name="password"]').fill(STAFF_PASSWORD);
  await page.locator('main [name="totp"]').fill(await nextCode(staff));
  await submit(page);
  await page.locator('main a[href="/console/sign-in"]').waitFor();
}

/** Signs in on the console page already open (the sign-in form shows in its place). */
export async function signIn(page: Page, staff: E2eStaff): Promise<void> {
  await page.locator('main [name="email"]').fill(staff.email);
  await page.locator('main [name="password"]').fill(STAFF_PASSWORD);
  await page.locator('main [name="totp"]').fill(await nextCode(staff));
  await submit(page);
  await page.locator('main nav.console-nav').waitFor();
}
