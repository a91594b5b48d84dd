import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../../test/helpers/app.js';
import { FOLLOW_UP_KIND, followUpState, type TimelineFact } from './follow-up.js';

const HOUR = 3_600_000;
const RECEIVED = new Date('2026-03-02T09:00:00.000Z');
const DUE = new Date('2026-03-03T09:00:00.000Z');
const received: TimelineFact = { at: RECEIVED.toISOString(), kind: 'received', actor: 'reporter' };
const followUp = (at: Date): TimelineFact => ({
  at: at.toISOString(),
  kind: FOLLOW_UP_KIND,
  actor: 'reporter',
});

describe('followUpState', () => {
  it('is not due before the first-response deadline, nor exactly at it', () => {
    const clock = new FakeClock(RECEIVED);
    const state = () =>
      followUpState({
        firstResponseDueAt: DUE,
        respondedAt: null,
        timeline: [received],
        now: clock.now(),
      });
    expect(state()).toEqual({ allowed: false, reason: 'not-due', availableAfter: DUE });
    clock.set(DUE);
    expect(state()).toEqual({ allowed: false, reason: 'not-due', availableAfter: DUE });
  });

  it('is allowed once the deadline has passed without a response', () => {
    const clock = new FakeClock(DUE);
    clock.advance(1);
    expect(
      followUpState({
        firstResponseDueAt: DUE,
        respondedAt: null,
        timeline: [received],
        now: clock.now(),
      }),
    ).toEqual({ allowed: true, lastRequestedAt: undefined });
  });

  it('is never allowed once the security team has answered, even late', () => {
    const clock = new FakeClock(DUE);
    clock.advance(30 * HOUR);
    const respondedAt = new Date(DUE.getTime() + 5 * HOUR);
    expect(
      followUpState({
        firstResponseDueAt: DUE,
        respondedAt,
        timeline: [received],
        now: clock.now(),
      }),
    ).toEqual({ allowed: false, reason: 'responded' });
  });

  it('allows one request per 24 hours, counted from the latest', () => {
    const first = new Date(DUE.getTime() + 2 * HOUR);
    const second = new Date(first.getTime() + 24 * HOUR);
    const clock = new FakeClock(first);
    const state = (timeline: TimelineFact[]) =>
      followUpState({ firstResponseDueAt: DUE, respondedAt: null, timeline, now: clock.now() });

    clock.advance(23 * HOUR + 59 * 60_000);
    expect(state([received, followUp(first)])).toEqual({
      allowed: false,
      reason: 'recently-requested',
      lastRequestedAt: first,
      availableAfter: second,
    });
    clock.set(second);
    expect(state([received, followUp(first)])).toEqual({ allowed: true, lastRequestedAt: first });

    // The latest request counts, whatever the order of the entries.
    clock.advance(HOUR);
    expect(state([received, followUp(second), followUp(first)])).toMatchObject({
      allowed: false,
      reason: 'recently-requested',
      lastRequestedAt: second,
    });
  });
});
