import { describe, expect, it } from 'vitest';
import type { CaseState } from '../case/states.js';
import type { VendorSeverity } from '../severity/vendor-severity.js';
import { slaClocks, type SlaInput, type StatusChange } from './clocks.js';
import { DEFAULT_SLA_POLICY, parseSlaPolicy, type SlaPolicy } from './policy.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.parse('2026-03-02T09:00:00.000Z');
/** The instant `h` hours after receipt. */
const h = (hours: number) => new Date(T0 + hours * HOUR);
const d = (days: number) => new Date(T0 + days * DAY);
const move = (at: Date, to: CaseState): StatusChange => ({ at, to });
const rated = (at: Date, severity: VendorSeverity | null) => ({ at, severity });

function policy(settings: unknown): SlaPolicy {
  const parsed = parseSlaPolicy(settings);
  if (!parsed.ok) throw parsed.error;
  return parsed.policy;
}

/** Defaults: first response due after 24 h; triage (unrated) 120 h, critical 24 h; fix 90 days. */
function clocksAt(
  now: Date,
  input: Partial<Pick<SlaInput, 'firstResponseAt' | 'policy'>> & {
    history?: SlaInput['statusHistory'];
    severity?: SlaInput['severityHistory'];
  } = {},
) {
  return slaClocks({
    receivedAt: h(0),
    firstResponseDueAt: h(24),
    firstResponseAt: input.firstResponseAt,
    statusHistory: input.history ?? [],
    severityHistory: input.severity ?? [],
    policy: input.policy ?? DEFAULT_SLA_POLICY,
    now,
  });
}

describe('a fresh report', () => {
  it('runs all three clocks from receipt', () => {
    const clocks = clocksAt(h(1));
    expect(clocks['first-response']).toEqual({
      clock: 'first-response',
      state: 'running',
      dueAt: h(24),
      atRiskAt: h(18),
      remainingMs: 23 * HOUR,
      periodMs: 24 * HOUR,
      level: null,
    });
    expect(clocks.triage).toMatchObject({ state: 'running', dueAt: h(120), atRiskAt: h(90) });
    expect(clocks.fix).toMatchObject({
      state: 'running',
      dueAt: d(90),
      atRiskAt: new Date(d(90).getTime() - 22.5 * DAY),
      periodMs: 90 * DAY,
    });
  });

  it('is at risk once less than a quarter of the period is left, breached after the due time', () => {
    const at = (now: Date) => clocksAt(now)['first-response'];
    expect(at(h(18))).toMatchObject({ state: 'running', level: null, remainingMs: 6 * HOUR });
    expect(at(new Date(h(18).getTime() + 1))).toMatchObject({ state: 'at-risk', level: 'at-risk' });
    expect(at(h(24))).toMatchObject({ state: 'at-risk', remainingMs: 0 });
    expect(at(new Date(h(24).getTime() + 1))).toMatchObject({
      state: 'breached',
      level: 'breached',
      remainingMs: -1,
    });
  });

  it('uses the configured at-risk share', () => {
    const custom = policy({ atRiskShare: 0.5 });
    expect(clocksAt(h(13), { policy: custom })['first-response'].state).toBe('at-risk');
    expect(clocksAt(h(11), { policy: custom })['first-response'].state).toBe('running');
  });
});

describe('the first-response clock', () => {
  it('is met by a message from staff before the due time, even exactly at it', () => {
    expect(clocksAt(h(30), { firstResponseAt: h(24) })['first-response']).toMatchObject({
      state: 'met',
      satisfiedAt: h(24),
      remainingMs: 0,
      level: null,
    });
  });

  it('is missed by a late answer', () => {
    expect(clocksAt(h(30), { firstResponseAt: h(26) })['first-response']).toMatchObject({
      state: 'missed',
      satisfiedAt: h(26),
      remainingMs: -2 * HOUR,
    });
  });

  it('is met by the first move that answers the reporter, not by taking it into triage', () => {
    const triaged = [move(h(5), 'triage')];
    expect(clocksAt(h(30), { history: triaged })['first-response']).toMatchObject({
      state: 'breached',
    });
    for (const to of ['needs-info', 'review-repro', 'rejected'] as const) {
      const history = [...triaged, move(h(7), to)];
      expect(clocksAt(h(30), { history })['first-response']).toMatchObject({
        state: 'met',
        satisfiedAt: h(7),
      });
    }
    // Whichever came first counts.
    const accepted = [...triaged, move(h(7), 'review-repro')];
    expect(
      clocksAt(h(30), { history: accepted, firstResponseAt: h(6) })['first-response'].satisfiedAt,
    ).toEqual(h(6));
    expect(
      clocksAt(h(30), { history: [move(h(2), 'rejected')], firstResponseAt: h(3) })[
        'first-response'
      ].satisfiedAt,
    ).toEqual(h(2));
  });

  it('ignores a response recorded after now', () => {
    expect(clocksAt(h(10), { firstResponseAt: h(12) })['first-response'].state).toBe('running');
  });
});

describe('the triage clock', () => {
  it('is met by accepting the report or rejecting it in time', () => {
    const accepted = [move(h(1), 'triage'), move(h(100), 'review-repro')];
    expect(clocksAt(h(200), { history: accepted }).triage).toMatchObject({
      state: 'met',
      satisfiedAt: h(100),
      remainingMs: 20 * HOUR,
    });
    const spam = [move(h(3), 'rejected')];
    expect(clocksAt(h(200), { history: spam }).triage).toMatchObject({
      state: 'met',
      satisfiedAt: h(3),
    });
  });

  it('is missed by a late decision', () => {
    const history = [move(h(1), 'triage'), move(h(121), 'rejected')];
    expect(clocksAt(h(200), { history }).triage).toMatchObject({
      state: 'missed',
      remainingMs: -1 * HOUR,
    });
  });

  it('is not restarted by reopening: it measures the first decision', () => {
    const history = [move(h(1), 'triage'), move(h(10), 'rejected'), move(h(200), 'triage')];
    expect(clocksAt(h(400), { history }).triage).toMatchObject({
      state: 'met',
      satisfiedAt: h(10),
    });
  });

  it('does not count history in any order, and ignores what lies after now', () => {
    const history = [move(h(100), 'review-repro'), move(h(1), 'triage')];
    expect(clocksAt(h(50), { history }).triage).toMatchObject({
      state: 'running',
      remainingMs: 70 * HOUR,
    });
    expect(clocksAt(h(150), { history }).triage.state).toBe('met');
  });
});

describe('pauses in needs-info', () => {
  const onePause = [move(h(10), 'triage'), move(h(20), 'needs-info'), move(h(50), 'triage')];

  it('hold the clock while waiting: the due time moves with now, the time left does not', () => {
    for (const now of [h(30), h(45)]) {
      expect(clocksAt(now, { history: onePause }).triage).toMatchObject({
        state: 'paused',
        remainingMs: 100 * HOUR,
        dueAt: new Date(now.getTime() + 100 * HOUR),
        level: null,
      });
    }
  });

  it('move the due time back by the time paused', () => {
    expect(clocksAt(h(100), { history: onePause }).triage).toMatchObject({
      state: 'running',
      dueAt: h(150),
      atRiskAt: h(120),
      remainingMs: 50 * HOUR,
    });
    expect(clocksAt(h(100), { history: onePause }).fix.dueAt).toEqual(
      new Date(d(90).getTime() + 30 * HOUR),
    );
  });

  it('add up when there are several', () => {
    const history = [
      ...onePause,
      move(h(60), 'needs-info'),
      move(h(80), 'triage'),
      move(h(165), 'review-repro'),
    ];
    // 120 h + 30 h + 20 h of pauses: due at 170 h, decided at 165 h.
    expect(clocksAt(h(300), { history }).triage).toMatchObject({
      state: 'met',
      dueAt: h(170),
      remainingMs: 5 * HOUR,
    });
    const late = [...history.slice(0, -1), move(h(171), 'review-repro')];
    expect(clocksAt(h(300), { history: late }).triage).toMatchObject({
      state: 'missed',
      remainingMs: -1 * HOUR,
    });
  });

  it('spanning the due time: paused before it, due again after the pause', () => {
    const history = [move(h(1), 'triage'), move(h(110), 'needs-info'), move(h(140), 'triage')];
    // 10 h were left when the pause began; at risk already (less than 30 h).
    expect(clocksAt(h(125), { history }).triage).toMatchObject({
      state: 'paused',
      remainingMs: 10 * HOUR,
      level: 'at-risk',
    });
    expect(clocksAt(h(145), { history }).triage).toMatchObject({
      state: 'at-risk',
      dueAt: h(150),
      remainingMs: 5 * HOUR,
    });
    expect(clocksAt(h(151), { history }).triage).toMatchObject({
      state: 'breached',
      dueAt: h(150),
      remainingMs: -1 * HOUR,
    });
  });

  it('a clock already breached stays breached through a pause', () => {
    const history = [move(h(1), 'triage'), move(h(130), 'needs-info')];
    expect(clocksAt(h(200), { history }).triage).toMatchObject({
      state: 'paused',
      remainingMs: -10 * HOUR,
      level: 'breached',
    });
  });

  it('a report rejected from needs-info stops the pause there', () => {
    const history = [move(h(1), 'triage'), move(h(10), 'needs-info'), move(h(30), 'rejected')];
    expect(clocksAt(h(40), { history }).triage).toMatchObject({
      state: 'met',
      dueAt: h(140),
      satisfiedAt: h(30),
    });
  });
});

describe('the fix clock', () => {
  const accepted = [move(h(1), 'triage'), move(h(20), 'review-repro'), move(d(5), 'develop')];

  it('is met when the case is complete within 90 days', () => {
    const history = [...accepted, move(d(50), 'pre-release'), move(d(60), 'complete')];
    expect(clocksAt(d(70), { history }).fix).toMatchObject({
      state: 'met',
      satisfiedAt: d(60),
      remainingMs: 30 * DAY,
    });
    const late = [...accepted, move(d(85), 'pre-release'), move(d(91), 'complete')];
    expect(clocksAt(d(100), { history: late }).fix).toMatchObject({
      state: 'missed',
      remainingMs: -1 * DAY,
    });
  });

  it('stops for a rejected report and resumes where it stopped when reopened', () => {
    const rejected = [...accepted, move(d(10), 'rejected')];
    expect(clocksAt(d(95), { history: rejected }).fix).toMatchObject({
      state: 'stopped',
      level: null,
      remainingMs: 80 * DAY,
    });
    const reopened = [...rejected, move(d(30), 'triage')];
    expect(clocksAt(d(40), { history: reopened }).fix).toMatchObject({
      state: 'running',
      dueAt: d(110),
      remainingMs: 70 * DAY,
    });
  });
});

describe('severity', () => {
  it('applies the target of the current rating to a clock still running', () => {
    const history = [move(h(1), 'triage')];
    const critical = [rated(h(5), 'critical')];
    expect(clocksAt(h(20), { history, severity: critical }).triage).toMatchObject({
      state: 'at-risk',
      dueAt: h(24),
      periodMs: 24 * HOUR,
    });
    expect(clocksAt(h(30), { history, severity: critical }).triage.state).toBe('breached');
    // Rated down again: the longer target applies.
    const revised = [...critical, rated(h(28), 'low')];
    expect(clocksAt(h(30), { history, severity: revised }).triage).toMatchObject({
      state: 'running',
      dueAt: h(240),
    });
    // Rating removed: unrated.
    const removed = [...critical, rated(h(28), null)];
    expect(clocksAt(h(30), { history, severity: removed }).triage.dueAt).toEqual(h(120));
  });

  it('judges a satisfied clock by the rating in effect when it was satisfied', () => {
    const history = [move(h(1), 'triage'), move(h(30), 'review-repro')];
    expect(clocksAt(h(50), { history, severity: [rated(h(5), 'critical')] }).triage.state).toBe(
      'missed',
    );
    expect(clocksAt(h(50), { history, severity: [rated(h(40), 'critical')] }).triage.state).toBe(
      'met',
    );
  });

  it('uses the policy per severity for the fix clock', () => {
    const custom = policy({ fixDays: { critical: 30 } });
    const history = [move(h(1), 'triage'), move(h(20), 'review-repro')];
    const severity = [rated(d(10), 'critical')];
    expect(clocksAt(d(25), { history, severity, policy: custom }).fix).toMatchObject({
      state: 'at-risk',
      dueAt: d(30),
    });
    expect(clocksAt(d(25), { history, policy: custom }).fix.dueAt).toEqual(d(90));
  });

  it('leaves the first-response clock alone', () => {
    const severity = [rated(h(1), 'critical')];
    expect(clocksAt(h(2), { severity })['first-response'].dueAt).toEqual(h(24));
  });
});
