/**
 * A report's state, severity and product at past moments, rebuilt from its timeline, so the
 * backlog chart shows what was open then rather than today's state drawn backwards.
 */
import type { CaseState } from '../case/states.js';
import type { SeverityChange, StatusChange } from '../sla/clocks.js';
import type { VendorSeverity } from '../severity/vendor-severity.js';

/** A change of a field: `before` is what it held until `at`, `after` from `at` on. */
export interface FieldChange<T> {
  at: Date;
  before: T;
  after: T;
}

/**
 * A field's value just before moments asked in increasing order: the `after` of the latest
 * change earlier than the moment; before the first change, that change's `before`; with no
 * changes at all, the current value. Walking forward costs one step per change, whatever the
 * number of moments.
 */
export class FieldHistory<T> {
  private readonly changes: FieldChange<T>[];
  private next = 0;
  private value: T;

  constructor(changes: readonly FieldChange<T>[], current: T) {
    // A stable sort: of changes at the same instant, the one recorded last wins.
    this.changes = [...changes].sort((a, b) => a.at.getTime() - b.at.getTime());
    const first = this.changes[0];
    this.value = first === undefined ? current : first.before;
  }

  /** The value just before `t`; `t` must not be smaller than in the previous call. */
  before(t: number): T {
    for (let c = this.changes[this.next]; c !== undefined && c.at.getTime() < t;) {
      this.value = c.after;
      this.next += 1;
      c = this.changes[this.next];
    }
    return this.value;
  }

  /** Whether no change is left after the moments asked so far. */
  get settled(): boolean {
    return this.next >= this.changes.length;
  }
}

/** Chains ratings or moves into field changes, each `before` the previous `after`. */
function chained<E extends { at: Date }, T>(
  history: readonly E[],
  initial: T,
  valueOf: (entry: E) => T,
): FieldChange<T>[] {
  const sorted = [...history].sort((a, b) => a.at.getTime() - b.at.getTime());
  let before = initial;
  return sorted.map((entry) => {
    const after = valueOf(entry);
    const change = { at: entry.at, before, after };
    before = after;
    return change;
  });
}

/** Status moves as field changes: a report is `new` until its first move. */
export function statusChanges(history: readonly StatusChange[]): FieldChange<CaseState>[] {
  return chained<StatusChange, CaseState>(history, 'new', (e) => e.to);
}

/** Severity ratings as field changes: a report is unrated until its first rating. */
export function severityChanges(
  history: readonly SeverityChange[],
): FieldChange<VendorSeverity | null>[] {
  return chained<SeverityChange, VendorSeverity | null>(history, null, (e) => e.severity);
}
