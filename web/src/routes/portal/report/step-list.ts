/** Editing the list of reproduction steps; the form always shows at least one (maybe empty) step. */
import { MAX_STEPS } from './form-state.js';

export function addStep(steps: readonly string[]): string[] {
  return steps.length >= MAX_STEPS ? [...steps] : [...steps, ''];
}

export function removeStep(steps: readonly string[], index: number): string[] {
  const rest = steps.filter((_, i) => i !== index);
  return rest.length === 0 ? [''] : rest;
}

/** Moves a step by `delta` places (−1 up, +1 down); unchanged at the ends. */
export function moveStep(steps: readonly string[], index: number, delta: -1 | 1): string[] {
  const target = index + delta;
  if (target < 0 || target >= steps.length) return [...steps];
  const next = [...steps];
  const [moved] = next.splice(index, 1);
  next.splice(target, 0, moved ?? '');
  return next;
}

export function setStep(steps: readonly string[], index: number, text: string): string[] {
  return steps.map((s, i) => (i === index ? text : s));
}
