import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slaClocks, type SlaInput, type StatusChange } from './clocks.js';
import { dueSlaNotifications, type SlaNotification } from './notifications.js';
import { DEFAULT_SLA_POLICY } from './policy.js';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-03-02T09:00:00.000Z');
const h = (hours: number) => new Date(T0 + hours * HOUR);

/** First response due after 24 h (at risk from 18 h); triage (unrated) 120 h (at risk from 90 h). */
function clocksAt(now: Date, statusHistory: StatusChange[] = [], input: Partial<SlaInput> = {}) {
  return slaClocks({
    receivedAt: h(0),
    firstResponseDueAt: h(24),
    statusHistory,
    severityHistory: [],
    policy: DEFAULT_SLA_POLICY,
    now,
    ...input,
  });
}

describe('dueSlaNotifications', () => {
  it('sends nothing while every clock is in good time', () => {
    expect(dueSlaNotifications(clocksAt(h(1)), [])).toEqual([]);
  });

  it('sends each level once per clock', () => {
    const atRisk = clocksAt(h(19));
    expect(dueSlaNotifications(atRisk, [])).toEqual([
      { clock: 'first-response', level: 'at-risk' },
    ]);
    const sent: SlaNotification[] = [{ clock: 'first-response', level: 'at-risk' }];
    expect(dueSlaNotifications(atRisk, sent)).toEqual([]);
    expect(dueSlaNotifications(clocksAt(h(25)), sent)).toEqual([
      { clock: 'first-response', level: 'breached' },
    ]);
    sent.push({ clock: 'first-response', level: 'breached' });
    expect(dueSlaNotifications(clocksAt(h(26)), sent)).toEqual([]);
  });

  it('catches up a missed run with the breach only', () => {
    expect(dueSlaNotifications(clocksAt(h(100)), [])).toEqual([
      { clock: 'first-response', level: 'breached' },
      { clock: 'triage', level: 'at-risk' },
    ]);
  });

  it('does not warn for satisfied or stopped clocks', () => {
    const answered = clocksAt(h(30), [], { firstResponseAt: h(25) });
    expect(answered['first-response'].state).toBe('missed');
    expect(dueSlaNotifications(answered, [])).toEqual([]);
    const rejected = clocksAt(h(24 * 85), [{ at: h(2), to: 'rejected' }]);
    expect(rejected.fix.state).toBe('stopped');
    expect(dueSlaNotifications(rejected, [])).toEqual([]);
  });

  it('a paused clock keeps the level it reached before the pause', () => {
    const history: StatusChange[] = [
      { at: h(1), to: 'triage' },
      { at: h(125), to: 'needs-info' },
    ];
    const paused = clocksAt(h(200), history);
    expect(paused.triage.state).toBe('paused');
    expect(dueSlaNotifications(paused, [{ clock: 'triage', level: 'at-risk' }])).toEqual([
      { clock: 'triage', level: 'breached' },
    ]);
  });

  it('does not warn "at risk" again after a breach bought more time', () => {
    const history: StatusChange[] = [{ at: h(1), to: 'triage' }];
    const severity = [
      { at: h(2), severity: 'critical' as const },
      { at: h(100), severity: 'moderate' as const },
    ];
    const clocks = clocksAt(h(100), history, { severityHistory: severity, firstResponseAt: h(1) });
    expect(clocks.triage.level).toBe('at-risk');
    expect(dueSlaNotifications(clocks, [{ clock: 'triage', level: 'breached' }])).toEqual([]);
  });

  it('a job run at any times, restarting at will, sends every level reached exactly once', () => {
    const history: StatusChange[] = [
      { at: h(30), to: 'triage' },
      { at: h(40), to: 'needs-info' },
      { at: h(70), to: 'triage' },
    ];
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 30 }),
        (runs) => {
          const sent: SlaNotification[] = [];
          for (const run of [...runs].sort((a, b) => a - b)) {
            const due = dueSlaNotifications(clocksAt(h(run), history), sent);
            for (const n of due) {
              expect(sent).not.toContainEqual(n);
              sent.push(n);
            }
            // A restart runs again at the same moment: nothing new.
            expect(dueSlaNotifications(clocksAt(h(run), history), sent)).toEqual([]);
          }
          // Whatever was reached by the last run has been sent, at its highest level.
          const last = clocksAt(h(Math.max(...runs)), history);
          for (const clock of ['first-response', 'triage'] as const) {
            const level = last[clock].level;
            if (level === 'breached') expect(sent).toContainEqual({ clock, level });
            if (level === 'at-risk') {
              expect(sent.filter((s) => s.clock === clock)).toEqual([{ clock, level }]);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
