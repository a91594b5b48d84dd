/**
 * The CWE catalogue, from the maintained CSAF validator package (968 weaknesses), loaded at run
 * time and never copied into this repository.
 */
import { weaknesses } from '@secvisogram/csaf-validator-lib/cwe.js';

export interface CweEntry {
  id: string;
  name: string;
}

export interface CweCatalogue {
  has(id: string): boolean;
  get(id: string): CweEntry | undefined;
  all(): readonly CweEntry[];
}

let cached: CweCatalogue | undefined;

export function cweCatalogue(): CweCatalogue {
  if (cached) return cached;
  const entries: readonly CweEntry[] = Object.freeze(
    weaknesses.map((w) => Object.freeze({ id: w.id, name: w.name })),
  );
  const byId = new Map(entries.map((e) => [e.id, e]));
  cached = {
    has: (id) => byId.has(id),
    get: (id) => byId.get(id),
    all: () => entries,
  };
  return cached;
}
