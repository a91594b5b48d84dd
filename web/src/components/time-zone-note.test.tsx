import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../i18n/index.js';
import { TimeZoneNote } from './time-zone-note.js';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('TimeZoneNote', () => {
  it('keeps its line while the page paints, then names the time zone', async () => {
    await initI18n().changeLanguage('en');
    vi.useFakeTimers();
    const { container } = render(<TimeZoneNote />);
    const note = container.querySelector('p.time-zone-note');
    expect(note?.textContent).toBe('\u00a0');
    await act(() => vi.runAllTimersAsync());
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(note?.textContent).toBe(`Times are shown in ${zone}.`);
  });
});
