import { useState } from 'react';

/** One secret on screen, with what the page needs to draw it and let it go. */
export interface ShownSecret<T> {
  /** What the secret is for, unique among those shown: a React key. */
  key: string;
  secret: T;
  dismiss: () => void;
}

/**
 * Secrets the server shows only once (API tokens, enrolment links), kept on screen newest first
 * until each is dismissed: making another must not take away one not saved yet. `keyOf` names
 * what a secret is for; a newer secret for the same thing replaces the older one.
 */
export function useOneTimeSecrets<T>(keyOf: (secret: T) => string): {
  shown: readonly ShownSecret<T>[];
  add: (secret: T) => void;
} {
  const [secrets, setSecrets] = useState<readonly T[]>([]);
  const add = (secret: T) =>
    setSecrets((list) => [secret, ...list.filter((s) => keyOf(s) !== keyOf(secret))]);
  const shown = secrets.map((secret) => ({
    key: keyOf(secret),
    secret,
    dismiss: () => setSecrets((list) => list.filter((s) => s !== secret)),
  }));
  return { shown, add };
}
