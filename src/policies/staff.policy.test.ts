import { describe, expect, it } from 'vitest';
import { CASE_STATES } from '../domain/case/states.js';
import { ACCOUNT_ROLES, ANONYMOUS, type AccountRole, type Actor } from './actor.js';
import {
  abilities,
  can,
  canTransition,
  roleCan,
  STAFF_ACTIONS,
  type StaffAction,
} from './staff.policy.js';

/** The access matrix as specified, written out by hand. */
const MATRIX = `
  action                 researcher triager case-manager program-admin admin auditor
  queue.read             -          Y       Y            Y             Y     Y
  report.read            -          Y       Y            Y             Y     Y
  report.assign          -          Y       Y            -             Y     -
  report.transition      -          Y       Y            -             Y     -
  report.severity.edit   -          Y       Y            -             Y     -
  report.case.edit       -          Y       Y            -             Y     -
  report.message.write   -          Y       Y            -             Y     -
  report.note.write      -          Y       Y            Y             Y     -
  report.bulk-reject     -          Y       Y            -             Y     -
  product.read           -          Y       Y            Y             Y     Y
  product.manage         -          -       Y            -             Y     -
  user.read              -          -       -            -             Y     -
  user.manage            -          -       -            -             Y     -
  user.token.manage      -          -       -            -             Y     -
  token.create-own       -          Y       Y            Y             Y     Y
  audit.read             -          -       -            -             Y     Y
  metrics.read           -          Y       Y            Y             Y     Y
  bounty.manage          -          -       -            Y             Y     -
`;

function parseMatrix(text: string): Map<string, Map<string, boolean>> {
  const [header, ...rows] = text
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/));
  const roles = (header ?? []).slice(1);
  const matrix = new Map<string, Map<string, boolean>>();
  for (const [action = '', ...cells] of rows) {
    matrix.set(action, new Map(roles.map((role, i) => [role, cells[i] === 'Y'])));
  }
  return matrix;
}

const expected = parseMatrix(MATRIX);
const account = (role: AccountRole, via: 'session' | 'token' = 'session'): Actor => ({
  kind: 'account',
  accountId: `acc-${role}`,
  email: `${role}@example.org`,
  role,
  via,
});
const outsiders: [string, Actor][] = [
  ['anonymous', ANONYMOUS],
  ['a tracking-token holder', { kind: 'tracking', reportRef: 'VD-2026-00001' }],
];

describe('can', () => {
  it('the written matrix covers every action and every role', () => {
    expect([...expected.keys()]).toEqual([...STAFF_ACTIONS]);
    for (const row of expected.values())
      expect([...row.keys()].sort()).toEqual([...ACCOUNT_ROLES].sort());
  });

  const cells = ACCOUNT_ROLES.flatMap((role) =>
    STAFF_ACTIONS.map((action) => [role, action] as const),
  );
  it.each(cells)('%s × %s', (role, action) => {
    const allowed = expected.get(action)?.get(role);
    expect(allowed).toBeTypeOf('boolean');
    expect(can(account(role), action)).toBe(allowed);
    expect(can(account(role, 'token'), action)).toBe(allowed);
    expect(roleCan(role, action)).toBe(allowed);
  });

  it('grants nothing to a stored role it does not know', () => {
    for (const action of STAFF_ACTIONS) expect(roleCan('superuser', action)).toBe(false);
  });

  it.each(outsiders)('%s may do nothing', (_, actor) => {
    for (const action of STAFF_ACTIONS) expect(can(actor, action)).toBe(false);
    expect(abilities(actor)).toEqual([]);
  });
});

describe('abilities', () => {
  it.each(ACCOUNT_ROLES)('lists what a %s may do, in action order', (role) => {
    const allowed = STAFF_ACTIONS.filter((a) => expected.get(a)?.get(role) === true);
    expect(abilities(account(role))).toEqual(allowed);
  });

  it('gives the auditor reads only, plus its own token', () => {
    const writes: StaffAction[] = abilities(account('auditor')).filter((a) => !a.endsWith('.read'));
    expect(writes).toEqual(['token.create-own']);
  });
});

/** Which moves each role may make, written out by hand. */
const TRIAGE_MOVES = [
  'new → triage',
  'new → rejected',
  'triage → needs-info',
  'triage → review-repro',
  'triage → rejected',
  'needs-info → triage',
  'needs-info → rejected',
];
const ALL_MOVES = [
  ...TRIAGE_MOVES,
  'review-repro → develop',
  'review-repro → rejected',
  'develop → pre-release',
  'develop → rejected',
  'pre-release → complete',
  'complete → closed',
  'rejected → triage',
];
const EXPECTED_MOVES: Readonly<Record<AccountRole, readonly string[]>> = {
  researcher: [],
  triager: TRIAGE_MOVES,
  'case-manager': ALL_MOVES,
  'program-admin': [],
  admin: ALL_MOVES,
  auditor: [],
};

describe('canTransition', () => {
  const pairs = CASE_STATES.flatMap((from) => CASE_STATES.map((to) => [from, to] as const));
  const cells = ACCOUNT_ROLES.flatMap((role) =>
    pairs.map(([from, to]) => [role, from, to] as const),
  );

  it('is checked for every role and all 81 pairs', () => {
    expect(cells).toHaveLength(6 * 81);
  });

  it.each(cells)('%s: %s → %s', (role, from, to) => {
    const allowed = EXPECTED_MOVES[role].includes(`${from} → ${to}`);
    expect(canTransition(account(role), from, to)).toBe(allowed);
  });

  it.each(outsiders)('%s may make no move', (_, actor) => {
    for (const [from, to] of pairs) expect(canTransition(actor, from, to)).toBe(false);
  });

  it('only roles that may make a move hold report.transition', () => {
    for (const role of ACCOUNT_ROLES) {
      expect(can(account(role), 'report.transition')).toBe(EXPECTED_MOVES[role].length > 0);
    }
  });
});
