import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useCallback, useMemo, useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../../i18n/index.js';
import { ReportFormContext, type ReportFormApi } from './form-context.js';
import { emptyFormState, type ReportFormState } from './form-state.js';
import { ReproductionSection } from './reproduction-section.js';

let latest: ReportFormState;

function Harness({ steps }: { steps: string[] }) {
  const [state, setState] = useState<ReportFormState>(() => ({
    ...emptyFormState(),
    reproductionSteps: steps,
  }));
  latest = state;
  const update = useCallback<ReportFormApi['update']>((change) => setState(change), []);
  const api = useMemo<ReportFormApi>(
    () => ({ state, update, setText: () => undefined, errorsAt: () => [] }),
    [state, update],
  );
  return (
    <ReportFormContext.Provider value={api}>
      <ReproductionSection />
    </ReportFormContext.Provider>
  );
}

const step = (i: number) =>
  document.querySelector<HTMLTextAreaElement>(`[name="reproductionSteps[${i}]"]`);

// Role queries walk the whole accessibility tree: slow in jsdom on a busy machine.
describe('the reproduction steps', { timeout: 20_000 }, () => {
  beforeAll(async () => {
    const i18n = initI18n();
    await i18n.changeLanguage('en');
  });
  afterEach(cleanup);

  it('names each control by its API path and numbers the steps', () => {
    render(<Harness steps={['Install', 'Open crash.png']} />);
    expect(step(0)?.value).toBe('Install');
    expect(step(1)?.value).toBe('Open crash.png');
    expect(screen.getByLabelText('Step 2')).toBe(step(1));
  });

  it('adds a step and moves the focus into it', () => {
    render(<Harness steps={['Install']} />);
    act(() => screen.getByRole('button', { name: 'Add a step' }).click());
    expect(latest.reproductionSteps).toEqual(['Install', '']);
    expect(document.activeElement).toBe(step(1));
    expect(screen.getByRole('status').textContent).toBe('Step 2 added.');
  });

  it('types into one step only', () => {
    render(<Harness steps={['', '']} />);
    fireEvent.change(step(1) as HTMLTextAreaElement, { target: { value: 'Observe the crash' } });
    expect(latest.reproductionSteps).toEqual(['', 'Observe the crash']);
  });

  it('moves a step and keeps the focus on it', () => {
    render(<Harness steps={['a', 'b', 'c']} />);
    act(() => screen.getByRole('button', { name: 'Move down (step 1)' }).click());
    expect(latest.reproductionSteps).toEqual(['b', 'a', 'c']);
    expect(document.activeElement?.getAttribute('data-step-action')).toBe('down-1');
    act(() => screen.getByRole('button', { name: 'Move down (step 2)' }).click());
    expect(latest.reproductionSteps).toEqual(['b', 'c', 'a']);
    // At the bottom, "Move down" is unavailable: the focus goes to the step itself.
    expect(document.activeElement).toBe(step(2));
    expect(screen.getByRole('status').textContent).toBe('Step 2 moved to position 3.');
  });

  it('does nothing for a move past either end', () => {
    render(<Harness steps={['a', 'b']} />);
    const up = screen.getByRole('button', { name: 'Move up (step 1)' });
    expect(up.getAttribute('aria-disabled')).toBe('true');
    act(() => up.click());
    expect(latest.reproductionSteps).toEqual(['a', 'b']);
  });

  it('removes a step, and keeps one empty step when the last is removed', () => {
    render(<Harness steps={['a', 'b']} />);
    act(() => screen.getByRole('button', { name: 'Remove (step 1)' }).click());
    expect(latest.reproductionSteps).toEqual(['b']);
    expect(document.activeElement).toBe(step(0));
    act(() => screen.getByRole('button', { name: 'Remove (step 1)' }).click());
    expect(latest.reproductionSteps).toEqual(['']);
  });
});
