import { describe, expect, it } from 'vitest';
import { reporterOutcome, reporterStatusChange, reporterTimeline } from './reporter-view.js';

describe('reporterOutcome', () => {
  it('is null without a known disposition', () => {
    expect(reporterOutcome({ disposition: null, reason: null, helpDestination: null })).toBeNull();
    expect(
      reporterOutcome({ disposition: 'made-up', reason: 'x', helpDestination: null }),
    ).toBeNull();
  });

  it('sends a not-a-vulnerability reporter to the help destination, without the team reason', () => {
    expect(
      reporterOutcome({
        disposition: 'not-a-vulnerability',
        reason: 'looks like a phishing victim',
        helpDestination: 'phishing',
      }),
    ).toEqual({ disposition: 'not-a-vulnerability', reason: null, helpDestination: 'phishing' });
  });

  it('passes on the explanation owed for not-reproducible and wont-fix', () => {
    for (const disposition of ['not-reproducible', 'wont-fix']) {
      expect(
        reporterOutcome({ disposition, reason: 'Fixed in 4.2.2 already.', helpDestination: null }),
      ).toEqual({ disposition, reason: 'Fixed in 4.2.2 already.', helpDestination: null });
    }
  });

  it('keeps the reason and the destination of other dispositions with the team', () => {
    for (const disposition of ['duplicate', 'out-of-scope', 'spam', 'informative']) {
      expect(
        reporterOutcome({ disposition, reason: 'internal note', helpDestination: 'phishing' }),
      ).toEqual({ disposition, reason: null, helpDestination: null });
    }
  });

  it('ignores a help destination this version does not know', () => {
    expect(
      reporterOutcome({
        disposition: 'not-a-vulnerability',
        reason: null,
        helpDestination: 'gone',
      }),
    ).toEqual({ disposition: 'not-a-vulnerability', reason: null, helpDestination: null });
  });
});

describe('reporterStatusChange', () => {
  it('names the status the reporter now sees', () => {
    expect(reporterStatusChange({ from: 'triage', to: 'needs-info', reason: 'ask' })).toEqual({
      status: 'more-info-needed',
      outcome: null,
    });
  });

  it('leaves out changes the reporter cannot see (develop → pre-release)', () => {
    expect(reporterStatusChange({ from: 'develop', to: 'pre-release' })).toBeUndefined();
  });

  it('leaves out entries with unknown states', () => {
    expect(reporterStatusChange({ from: 'triage', to: 'limbo' })).toBeUndefined();
    expect(reporterStatusChange({ to: 'triage' })).toBeUndefined();
  });

  it('carries the outcome of a rejection, as the reporter is told', () => {
    expect(
      reporterStatusChange({
        from: 'triage',
        to: 'rejected',
        disposition: 'duplicate',
        duplicateOf: 'VD-2026-00001',
        reason: 'same as the other one',
      }),
    ).toEqual({
      status: 'not-accepted',
      outcome: { disposition: 'duplicate', reason: null, helpDestination: null },
    });
  });
});

describe('reporterTimeline', () => {
  const at = '2026-03-02T09:00:00.000Z';
  it('keeps the reporter kinds, drops the team kinds and unchanged statuses', () => {
    const timeline = reporterTimeline([
      { at, kind: 'received', actor: 'reporter', data: {} },
      { at, kind: 'assigned', actor: 'staff', data: { assigneeId: 'a' } },
      { at, kind: 'status-changed', actor: 'staff', data: { from: 'new', to: 'triage' } },
      { at, kind: 'message', actor: 'staff', data: { messageId: 'm' } },
      { at, kind: 'status-changed', actor: 'staff', data: { from: 'develop', to: 'pre-release' } },
      {
        at,
        kind: 'status-changed',
        actor: 'staff',
        data: {
          from: 'review-repro',
          to: 'rejected',
          disposition: 'wont-fix',
          reason: 'The product is retired.',
        },
      },
    ]);
    expect(timeline.map((e) => [e.kind, e.data])).toEqual([
      ['received', {}],
      ['status-changed', { status: 'in-review' }],
      ['message', { messageId: 'm' }],
      [
        'status-changed',
        { status: 'not-accepted', disposition: 'wont-fix', reason: 'The product is retired.' },
      ],
    ]);
  });
});
