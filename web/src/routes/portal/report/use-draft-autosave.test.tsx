import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DRAFT_KEY, loadDraft } from './draft-storage.js';
import { emptyFormState, type ReportFormState } from './form-state.js';
import { useDraftAutosave } from './use-draft-autosave.js';

const withTitle = (title: string): ReportFormState => {
  const state = emptyFormState();
  state.text.title = title;
  return state;
};

describe('saving the draft as the researcher types', () => {
  beforeEach(() => {
    localStorage.clear();
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('saves half a second after the last change, not on every keystroke', () => {
    const names: string[] = [];
    const { rerender, result } = renderHook(
      ({ state }) => useDraftAutosave(state, names, undefined),
      { initialProps: { state: emptyFormState() } },
    );
    rerender({ state: withTitle('Hea') });
    act(() => {
      vi.advanceTimersByTime(300);
    });
    rerender({ state: withTitle('Heap overflow') });
    act(() => {
      vi.advanceTimersByTime(300);
    });
    expect(localStorage.getItem(DRAFT_KEY)).toBeNull();
    act(() => {
      vi.advanceTimersByTime(200);
    });
    expect(loadDraft()?.state.text.title).toBe('Heap overflow');
    expect(result.current.savedAt).toBeDefined();
  });

  it('saves at once when the page is hidden', () => {
    const names = ['poc.py'];
    const { rerender } = renderHook(({ state }) => useDraftAutosave(state, names, undefined), {
      initialProps: { state: emptyFormState() },
    });
    rerender({ state: withTitle('Closing the tab now') });
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(loadDraft()).toMatchObject({
      state: { text: { title: 'Closing the tab now' } },
      attachmentNames: ['poc.py'],
    });
  });

  it('saves nothing more once stopped (the report was sent)', () => {
    const names: string[] = [];
    const { rerender, result, unmount } = renderHook(
      ({ state }) => useDraftAutosave(state, names, undefined),
      { initialProps: { state: emptyFormState() } },
    );
    rerender({ state: withTitle('Sent already') });
    act(() => result.current.stop());
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    unmount();
    expect(localStorage.getItem(DRAFT_KEY)).toBeNull();
  });

  it('does not rewrite a restored draft that was not changed', () => {
    localStorage.setItem(DRAFT_KEY, 'untouched');
    const names: string[] = [];
    const state = withTitle('Restored');
    renderHook(() => useDraftAutosave(state, names, '2026-01-01T00:00:00.000Z'));
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(localStorage.getItem(DRAFT_KEY)).toBe('untouched');
  });
});
