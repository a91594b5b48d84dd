import { useEffect, useState } from 'react';

/** The value, once it has stopped changing for `delayMs` (compare primitives: strings, numbers). */
export function useDebouncedValue<T extends string | number | undefined>(
  value: T,
  delayMs: number,
): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
