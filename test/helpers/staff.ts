/**
 * Staff members for route tests: `createStaffSession(app, { role })` gives an enrolled staff
 * account signed in with password and TOTP (cookie + CSRF token), `createStaffToken(app, { role })`
 * one with an API token. `asStaff(who, request)` adds the credentials to an inject request.
 * Codes are computed with otplib at the app's fake clock, as the authenticator app would.
 */
import type { InjectOptions } from 'fastify';
import { generate } from 'otplib';
import { TOTP_PERIOD_SECONDS, totpStep } from '../../src/crypto/totp.js';
import type { StaffRole } from '../../src/domain/staff/roles.js';
import type { TestApp } from './app.js';

export const STAFF_PASSWORD = 'staff password for tests';
const STEP_MS = TOTP_PERIOD_SECONDS * 1000;

export interface StaffMember {
  id: string;
  email: string;
  role: StaffRole;
  password: string;
  /** The base32 TOTP secret the authenticator app holds. */
  totpSecret: string;
  /** The time step of the last code the server accepted. */
  lastStep: number;
}

export interface StaffSession extends StaffMember {
  cookie: string;
  csrf: string;
}

export interface StaffToken extends StaffMember {
  token: string;
}

export interface StaffOptions {
  role?: StaffRole;
  email?: string;
}

let emails = 0;
const nextEmail = (role: string): string => `${role}-${++emails}@staff.example.com`;
let addresses = 0;
const nextAddress = (): string => {
  addresses += 1;
  return `10.250.${Math.floor(addresses / 250) % 250}.${(addresses % 250) + 1}`;
};

/** The code an authenticator app with `secret` shows at `at`. */
export function totpCodeAt(secret: string, at: Date): Promise<string> {
  return generate({ secret, epoch: Math.floor(at.getTime() / 1000) });
}

/** The token of an enrolment link (`…/console/enrol#vde_…`). */
export function enrolmentTokenOf(url: string): string {
  return new URL(url).hash.slice(1);
}

/** The secret of an `otpauth://` URI. */
export function secretOf(otpauthUri: string): string {
  const secret = new URL(otpauthUri).searchParams.get('secret');
  if (secret === null) throw new Error('otpauth URI without a secret');
  return secret;
}

/** A staff account created as `vulndesk user add` does, enrolled with password and TOTP. */
export async function createEnrolledStaff(
  app: TestApp,
  options: StaffOptions = {},
): Promise<StaffMember> {
  const role = options.role ?? 'triager';
  const created = await app.services.staff.addUser({
    email: options.email ?? nextEmail(role),
    role,
  });
  const token = enrolmentTokenOf(created.enrolment.url);
  const view = await app.services.staff.readEnrolment(token);
  const totpSecret = secretOf(view.otpauthUri);
  const now = app.clock.now();
  await app.services.staff.completeEnrolment({
    token,
    password: STAFF_PASSWORD,
    totp: await totpCodeAt(totpSecret, now),
  });
  return {
    id: created.id,
    email: created.email,
    role,
    password: STAFF_PASSWORD,
    totpSecret,
    lastStep: totpStep(now),
  };
}

/**
 * A code the server accepts now: the earliest step of the window after the last one used.
 * Moves the fake clock forward when every step of the window has been used already.
 */
export async function nextTotpCode(app: TestApp, member: StaffMember): Promise<string> {
  const current = totpStep(app.clock.now());
  const step = Math.max(current - 1, member.lastStep + 1);
  if (step > current + 1) app.clock.advance((step - current - 1) * STEP_MS);
  member.lastStep = step;
  return totpCodeAt(member.totpSecret, new Date(step * STEP_MS));
}

/** Signs the member in through POST /api/v1/session (from an address of its own). */
export async function signInStaff(app: TestApp, member: StaffMember): Promise<StaffSession> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/session',
    payload: {
      email: member.email,
      password: member.password,
      totp: await nextTotpCode(app, member),
    },
    remoteAddress: nextAddress(),
  });
  if (res.statusCode !== 200) {
    throw new Error(`staff sign-in failed: ${res.statusCode} ${res.body}`);
  }
  const cookie = res.cookies.find((c) => c.name === 'vd_session')?.value;
  if (cookie === undefined) throw new Error('no session cookie');
  return { ...member, cookie, csrf: res.json<{ csrfToken: string }>().csrfToken };
}

/** An enrolled staff member signed in with a session that passed TOTP. */
export async function createStaffSession(
  app: TestApp,
  options: StaffOptions = {},
): Promise<StaffSession> {
  return signInStaff(app, await createEnrolledStaff(app, options));
}

/** An enrolled staff member with an API token made as `vulndesk token create` does. */
export async function createStaffToken(
  app: TestApp,
  options: StaffOptions = {},
): Promise<StaffToken> {
  const member = await createEnrolledStaff(app, options);
  const { token } = await app.services.staff.createToken({ email: member.email, name: 'tests' });
  return { ...member, token };
}

/** The request with the member's credentials: the session cookie and CSRF header, or the token. */
export function asStaff(who: StaffSession | StaffToken, request: InjectOptions): InjectOptions {
  if ('token' in who) {
    return { ...request, headers: { ...request.headers, authorization: `Bearer ${who.token}` } };
  }
  return {
    ...request,
    cookies: { ...request.cookies, vd_session: who.cookie },
    headers: { ...request.headers, 'x-csrf-token': who.csrf },
  };
}
