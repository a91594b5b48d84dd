/** For the console's component tests: the console at an address, and its form fields. */
import { fireEvent, render } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import type { StaffAction } from '../../api/session.js';
import { changeLanguage, initI18n, loadAreas, type Language } from '../../i18n/index.js';
import { Console } from './console.js';

/** The router's current address, for asserting where the console went. */
function Where() {
  const { pathname, search } = useLocation();
  return <p data-testid="where">{`${pathname}${search}`}</p>;
}

export function showConsole(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/console/*" element={<Console />} />
      </Routes>
      <Where />
    </MemoryRouter>,
  );
}

export const field = (name: string) =>
  document.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);

export function fill(name: string, value: string): void {
  const control = field(name);
  if (control === null) throw new Error(`no field ${name}`);
  fireEvent.change(control, { target: { value } });
}

/** The console's texts in English, for `beforeAll`. */
export async function loadConsoleTexts(): Promise<void> {
  await initI18n().changeLanguage('en');
  await loadAreas('console', 'account', 'report');
}

const READS: readonly StaffAction[] = [
  'queue.read',
  'report.read',
  'product.read',
  'token.create-own',
  'metrics.read',
];
const TRIAGE: readonly StaffAction[] = [
  ...READS,
  'report.assign',
  'report.transition',
  'report.severity.edit',
  'report.case.edit',
  'report.message.write',
  'report.note.write',
  'report.bulk-reject',
];

/**
 * What each staff role may do, as the server's policy answers it in the session (written out
 * by hand from the access table in docs/ARCHITECTURE.md, not derived from any code).
 */
export const ROLE_ABILITIES = {
  triager: TRIAGE,
  'case-manager': [...TRIAGE, 'product.manage'],
  'program-admin': [...READS, 'report.note.write', 'bounty.manage'],
  admin: [
    ...TRIAGE,
    'product.manage',
    'user.read',
    'user.manage',
    'user.token.manage',
    'audit.read',
    'bounty.manage',
  ],
  auditor: [...READS, 'audit.read'],
} satisfies Record<string, readonly StaffAction[]>;
export type StaffRole = keyof typeof ROLE_ABILITIES;

/** The answer of `GET /api/v1/session` for a signed-in member of staff with `role`. */
export function staffSession(role: StaffRole, email = 'kai@vendor.example') {
  return {
    account: { id: 's1', email, role },
    abilities: ROLE_ABILITIES[role],
    csrfToken: 'vdc_test',
  };
}

/** The answer of `GET /api/v1/session` for an account that may do exactly `abilities`. */
export function sessionOf(role: string, abilities: readonly StaffAction[]) {
  return {
    account: { id: `${role}-1`, email: `${role}@vendor.example`, role },
    abilities,
    csrfToken: 'vdc_test',
  };
}

/** Switches the texts' language (the test setup has loaded every area in both). */
export async function showIn(language: Language): Promise<void> {
  await changeLanguage(language);
}
