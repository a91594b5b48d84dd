/** For the console's component tests: the console at an address, and its form fields. */
import { fireEvent, render } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
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
  await loadAreas('console', 'account');
}

/** Switches the texts' language (all areas are loaded by the test setup). */
export async function showIn(language: Language): Promise<void> {
  await changeLanguage(language);
}

/** Every staff action, as the session of an admin lists them. */
export const ADMIN_ABILITIES = [
  'queue.read',
  'report.read',
  'report.assign',
  'report.transition',
  'report.severity.edit',
  'report.message.write',
  'report.note.write',
  'report.bulk-reject',
  'product.read',
  'product.manage',
  'user.read',
  'user.manage',
  'user.token.manage',
  'token.create-own',
  'audit.read',
  'metrics.read',
  'bounty.manage',
] as const;

/** What a triager's session lists. */
export const TRIAGER_ABILITIES = [
  'queue.read',
  'report.read',
  'report.assign',
  'report.transition',
  'report.severity.edit',
  'report.message.write',
  'report.note.write',
  'report.bulk-reject',
  'product.read',
  'token.create-own',
  'metrics.read',
] as const;

/** What an auditor's session lists. */
export const AUDITOR_ABILITIES = [
  'queue.read',
  'report.read',
  'product.read',
  'token.create-own',
  'audit.read',
  'metrics.read',
] as const;

/** A session answer for `GET /api/v1/session`. */
export function sessionOf(role: string, abilities: readonly string[]) {
  return {
    account: { id: `${role}-1`, email: `${role}@vendor.example`, role },
    csrfToken: 'vdc_test',
    abilities,
  };
}
