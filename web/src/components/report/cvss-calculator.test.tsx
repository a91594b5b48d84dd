import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../i18n/index.js';
import { CvssCalculator } from './cvss-calculator.js';
import { EMPTY_CVSS_CALCULATOR, type CvssCalculatorState } from './cvss-vector.js';

const scored = vi.hoisted(() => [] as string[]);
vi.mock('../../api/client.js', () => ({
  api: {
    GET: (_path: string, init: { params: { query: { vector: string } } }) => {
      scored.push(init.params.query.vector);
      return Promise.resolve({
        data: { version: '3.1', score: 9.8, baseScore: 9.8, severity: 'critical' },
      });
    },
  },
}));

function Harness() {
  const [calculator, setCalculator] = useState<CvssCalculatorState>(EMPTY_CVSS_CALCULATOR);
  const [vector, setVector] = useState('');
  return (
    <CvssCalculator
      calculator={calculator}
      vector={vector}
      errors={[]}
      onChange={(u) => {
        setCalculator(u.calculator);
        setVector(u.vector);
      }}
    />
  );
}

/** Clicks a metric's value (by name: role queries are slow; accessible names are checked above). */
const choose = (metric: string, value: string) =>
  document
    .querySelector<HTMLInputElement>(`input[name="cvss-3.1-${metric}"][value="${value}"]`)
    ?.click();

// Role queries walk the whole accessibility tree: slow in jsdom on a busy machine.
describe('the CVSS calculator', { timeout: 20_000 }, () => {
  beforeAll(async () => {
    await initI18n().changeLanguage('en');
  });
  afterEach(cleanup);

  it('builds the vector from one choice per base metric, then shows the score', async () => {
    render(<Harness />);
    const vector = screen.getByLabelText<HTMLInputElement>('CVSS vector');
    const av = within(screen.getByRole('group', { name: 'Attack Vector (AV)' }));
    act(() => av.getByRole('radio', { name: 'Network (N)' }).click());
    act(() => {
      for (const [metric, value] of [
        ['AC', 'L'],
        ['PR', 'N'],
        ['UI', 'N'],
        ['S', 'U'],
        ['C', 'H'],
        ['I', 'H'],
      ] as const) {
        choose(metric, value);
      }
    });
    expect(vector.value).toBe('');
    act(() => choose('A', 'H'));
    expect(vector.value).toBe('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H');
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('CVSS 3.1 score: 9.8 (Critical)'),
    );
    expect(scored).toEqual(['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H']);
  });

  it('reads a pasted vector into the choices', () => {
    render(<Harness />);
    fireEvent.change(screen.getByLabelText('CVSS vector'), {
      target: { value: 'CVSS:4.0/AV:L/AC:H/AT:P/PR:L/UI:A/VC:H/VI:L/VA:N/SC:N/SI:N/SA:N' },
    });
    expect(screen.getByRole('radio', { name: 'CVSS 4.0' })).toHaveProperty('checked', true);
    const ui = within(screen.getByRole('group', { name: 'User Interaction (UI)' }));
    expect(ui.getByRole('radio', { name: 'Active (A)' })).toHaveProperty('checked', true);
    const at = within(screen.getByRole('group', { name: 'Attack Requirements (AT)' }));
    expect(at.getByRole('radio', { name: 'Present (P)' })).toHaveProperty('checked', true);
  });
});
