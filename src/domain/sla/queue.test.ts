import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CASE_STATES } from '../case/states.js';
import { VENDOR_SEVERITIES } from '../severity/vendor-severity.js';
import { slaClocks, type ClockState, type SlaClocks, type SlaInput } from './clocks.js';
import { DEFAULT_SLA_POLICY } from './policy.js';
import { compareQueueKeys, queueKey, queueUrgency, type QueueKey } from './queue.js';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-03-02T09:00:00.000Z');
const h = (hours: number) => new Date(T0 + hours * HOUR);

const key = (nextDueAt: Date | null, atRiskAt: Date | null, paused = false): QueueKey => ({
  nextDueAt,
  atRiskAt,
  paused,
});

describe('queueKey', () => {
  const base: SlaInput = {
    receivedAt: h(0),
    firstResponseDueAt: h(24),
    statusHistory: [],
    severityHistory: [],
    policy: DEFAULT_SLA_POLICY,
    now: h(1),
  };

  it('takes the earliest due and at-risk times of the counting clocks', () => {
    expect(queueKey(slaClocks(base))).toEqual(key(h(24), h(18)));
    const triaged = { ...base, statusHistory: [{ at: h(2), to: 'triage' as const }], now: h(3) };
    // Taking a report into triage does not answer the reporter: first response still counts.
    expect(queueKey(slaClocks(triaged))).toEqual(key(h(24), h(18)));
    const answered = { ...triaged, firstResponseAt: h(2) };
    expect(queueKey(slaClocks(answered))).toEqual(key(h(120), h(90)));
  });

  it('is paused when only paused clocks are left, and empty when none runs', () => {
    const waiting = {
      ...base,
      statusHistory: [
        { at: h(2), to: 'triage' as const },
        { at: h(3), to: 'needs-info' as const },
      ],
      now: h(4),
    };
    expect(queueKey(slaClocks(waiting))).toEqual(key(null, null, true));
    const spam = { ...base, statusHistory: [{ at: h(2), to: 'rejected' as const }], now: h(4) };
    expect(queueKey(slaClocks(spam))).toEqual(key(null, null, false));
  });
});

describe('the queue order', () => {
  const now = h(100);
  const breachedLong = key(h(50), h(40));
  const breachedShort = key(h(99), h(98));
  const atRiskLater = key(h(110), h(95));
  const atRiskSooner = key(h(105), h(99));
  const runningSoon = key(h(101), h(100.5));
  const runningLater = key(h(200), h(150));
  const paused = key(null, null, true);
  const idle = key(null, null, false);

  it('gives each key its urgency', () => {
    expect(queueUrgency(breachedLong, now)).toBe('breached');
    expect(queueUrgency(atRiskLater, now)).toBe('at-risk');
    expect(queueUrgency(runningSoon, now)).toBe('running');
    expect(queueUrgency(paused, now)).toBe('paused');
    expect(queueUrgency(idle, now)).toBe('idle');
    // Exactly at the due time: still at risk, not breached.
    expect(queueUrgency(key(now, h(90)), now)).toBe('at-risk');
    expect(queueUrgency(key(h(120), now), now)).toBe('running');
  });

  it('sorts breached first, then at risk, then by due time; paused and idle last', () => {
    const shuffled = [
      idle,
      runningLater,
      atRiskLater,
      paused,
      breachedShort,
      runningSoon,
      atRiskSooner,
      breachedLong,
    ];
    expect(shuffled.sort((a, b) => compareQueueKeys(a, b, now))).toEqual([
      breachedLong,
      breachedShort,
      atRiskSooner,
      atRiskLater,
      // Due sooner, but not at risk yet: after every report at risk.
      runningSoon,
      runningLater,
      paused,
      idle,
    ]);
    expect(compareQueueKeys(paused, key(null, null, true), now)).toBe(0);
  });
});

/** The most urgent clock state, as the queue should see it: written out from the rules. */
function worst(clocks: SlaClocks): string {
  const states = Object.values(clocks).map((c) => c.state);
  const order: [ClockState, string][] = [
    ['breached', 'breached'],
    ['at-risk', 'at-risk'],
    ['running', 'running'],
    ['paused', 'paused'],
  ];
  return order.find(([state]) => states.includes(state))?.[1] ?? 'idle';
}

const hours = fc.integer({ min: 0, max: 24 * 120 });
const statusHistory = fc.array(
  fc.record({ at: hours.map(h), to: fc.constantFrom(...CASE_STATES) }),
  {
    maxLength: 8,
  },
);
const severityHistory = fc.array(
  fc.record({ at: hours.map(h), severity: fc.constantFrom(null, ...VENDOR_SEVERITIES) }),
  { maxLength: 3 },
);
const reportArb = fc.record({
  statusHistory,
  severityHistory,
  firstResponseAt: fc.option(hours.map(h), { nil: undefined }),
});

describe('properties of the stored key', () => {
  it('gives the same urgency as the clocks themselves', () => {
    fc.assert(
      fc.property(reportArb, hours, (report, nowHours) => {
        const clocks = slaClocks({
          ...report,
          receivedAt: h(0),
          firstResponseDueAt: h(24),
          policy: DEFAULT_SLA_POLICY,
          now: h(nowHours),
        });
        expect(queueUrgency(queueKey(clocks), h(nowHours))).toBe(worst(clocks));
      }),
      { numRuns: 500 },
    );
  });

  it('stays the same until the next event, so it can be stored', () => {
    fc.assert(
      fc.property(reportArb, hours, fc.integer({ min: 1, max: 24 * 200 }), (report, t1, later) => {
        const lastEvent = Math.max(
          ...report.statusHistory.map((c) => c.at.getTime()),
          ...report.severityHistory.map((c) => c.at.getTime()),
          report.firstResponseAt?.getTime() ?? T0,
        );
        const stored = Math.max(lastEvent, h(t1).getTime());
        const at = (t: number) =>
          queueKey(
            slaClocks({
              ...report,
              receivedAt: h(0),
              firstResponseDueAt: h(24),
              policy: DEFAULT_SLA_POLICY,
              now: new Date(t),
            }),
          );
        expect(at(stored + later * HOUR)).toEqual(at(stored));
      }),
      { numRuns: 500 },
    );
  });
});
