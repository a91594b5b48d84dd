import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { usePendingAction } from './use-pending-action.js';

/** An action whose outcome the test decides, counting its calls. */
function controlled() {
  const calls: ((done: boolean) => void)[] = [];
  const action = () => new Promise<boolean>((resolve) => calls.push(resolve));
  return { action, calls };
}

describe('usePendingAction', () => {
  it('is busy while the action runs and ignores a second press', async () => {
    const { action, calls } = controlled();
    const { result } = renderHook(() => usePendingAction(action));
    expect(result.current).toMatchObject({ busy: false, failed: false });
    act(() => result.current.run());
    act(() => result.current.run());
    expect(result.current.busy).toBe(true);
    expect(calls).toHaveLength(1);
    await act(async () => calls[0]?.(true));
    // Done: the page moves on, the button stays busy until it goes.
    expect(result.current).toMatchObject({ busy: true, failed: false });
  });

  it('says it failed, then lets the user try again', async () => {
    const { action, calls } = controlled();
    const { result } = renderHook(() => usePendingAction(action));
    act(() => result.current.run());
    await act(async () => calls[0]?.(false));
    expect(result.current).toMatchObject({ busy: false, failed: true });
    act(() => result.current.run());
    expect(result.current).toMatchObject({ busy: true, failed: false });
    expect(calls).toHaveLength(2);
  });
});
