/** For the console's component tests: the console at an address, and its form fields. */
import { fireEvent, render } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { initI18n, loadAreas } from '../../i18n/index.js';
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
