import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { HELP_DESTINATION_IDS } from '../help/destinations.js';
import { researcherStatus } from './researcher-status.js';
import { CASE_STATES, DISPOSITIONS, type CaseState, type Disposition } from './states.js';
import {
  allowedTransitions,
  answersReporter,
  findTransition,
  missingFacts,
  transition,
  TRANSITION_REASON_MAX_LENGTH,
  type TransitionEvent,
  type TransitionFacts,
  type TransitionResult,
} from './transitions.js';

/** The lifecycle as specified, written out by hand: from → the states it may move to. */
const EXPECTED: Readonly<Record<CaseState, readonly CaseState[]>> = {
  new: ['triage', 'rejected'],
  triage: ['needs-info', 'review-repro', 'rejected'],
  'needs-info': ['triage', 'rejected'],
  'review-repro': ['develop', 'rejected'],
  develop: ['pre-release', 'rejected'],
  'pre-release': ['complete'],
  complete: ['closed'],
  closed: [],
  rejected: ['triage'],
};

/** Which dispositions each state may be rejected with, written out by hand. */
const TRIAGE = ['not-a-vulnerability', 'duplicate', 'out-of-scope', 'spam', 'informative'];
const CASE = ['not-reproducible', 'wont-fix'];
const EXPECTED_DISPOSITIONS: Readonly<Record<CaseState, readonly string[]>> = {
  new: ['spam'],
  triage: TRIAGE,
  'needs-info': TRIAGE,
  'review-repro': CASE,
  develop: CASE,
  'pre-release': [],
  complete: [],
  closed: [],
  rejected: [],
};

const READY: TransitionFacts = {
  reportId: 'R-1',
  caseOpened: false,
  plannedReleaseDate: '2026-06-09',
  agreedDisclosureDate: '2026-06-09',
  fixReleased: true,
  advisoryPublished: true,
};

/** The fields a disposition needs, filled in correctly. */
function withDisposition(disposition: Disposition): TransitionEvent {
  const event: TransitionEvent = { to: 'rejected', disposition };
  if (disposition === 'not-a-vulnerability') event.helpDestination = 'phishing';
  if (disposition === 'duplicate') event.duplicateOf = 'R-0';
  if (disposition === 'not-reproducible' || disposition === 'wont-fix') event.reason = 'because';
  return event;
}

/** An event that is well formed for `from` → `to` if that move exists at all. */
function wellFormed(from: CaseState, to: CaseState): TransitionEvent {
  if (to === 'rejected') {
    const first = EXPECTED_DISPOSITIONS[from][0] ?? 'wont-fix';
    return withDisposition(first as Disposition);
  }
  if (from === 'rejected') return { to, reason: 'the reporter sent new evidence' };
  if (to === 'needs-info') return { to, reason: 'Which version did you test?' };
  return { to };
}

function errorOf(result: TransitionResult): DomainError {
  if (result.ok) throw new Error(`expected a failure, got ${result.state}`);
  return result.error;
}

function okOf(result: TransitionResult): Extract<TransitionResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected success, got ${result.error.message}`);
  return result;
}

const paths = (result: TransitionResult) => errorOf(result).errors.map((e) => e.path);

describe('the transition table', () => {
  const pairs = CASE_STATES.flatMap((from) => CASE_STATES.map((to) => [from, to] as const));

  it('covers every (from, to) pair of the nine states', () => {
    expect(pairs).toHaveLength(81);
  });

  it.each(pairs)('%s → %s is allowed exactly when the lifecycle says so', (from, to) => {
    const result = transition(from, wellFormed(from, to), READY);
    if (EXPECTED[from].includes(to)) {
      expect(okOf(result).state).toBe(to);
    } else {
      const error = errorOf(result);
      expect(error).toBeInstanceOf(DomainError);
      expect(error.code).toBe('illegal-transition');
      expect(error.status).toBe(409);
      expect(error.errors.map((e) => e.path)).toEqual(['to']);
    }
  });

  it.each(CASE_STATES)('allowedTransitions(%s) lists the same moves', (state) => {
    expect(allowedTransitions(state).map((r) => r.to)).toEqual(EXPECTED[state]);
  });

  it.each(CASE_STATES)('allowedTransitions(%s) lists the dispositions of rejections', (state) => {
    const rejection = allowedTransitions(state).find((r) => r.to === 'rejected');
    expect(rejection?.dispositions ?? []).toEqual(EXPECTED_DISPOSITIONS[state]);
  });

  it('says which moves are allowed when refusing one', () => {
    const error = errorOf(transition('new', { to: 'develop' }, READY));
    expect(error.message).toBe('cannot move from new to develop; allowed: triage, rejected');
    expect(errorOf(transition('closed', { to: 'triage' }, READY)).message).toBe(
      'a closed report cannot change state',
    );
  });

  it('refuses a target that is not a state as a validation error', () => {
    const result = transition('new', { to: 'done' as CaseState }, READY);
    expect(errorOf(result).code).toBe('validation-failed');
    expect(paths(result)).toEqual(['to']);
  });
});

describe('dispositions', () => {
  const rejectable = CASE_STATES.filter((s) => EXPECTED[s].includes('rejected'));
  const cases = rejectable.flatMap((from) => DISPOSITIONS.map((d) => [from, d] as const));

  it.each(cases)('rejecting from %s as %s', (from, disposition) => {
    const result = transition(from, withDisposition(disposition), READY);
    if (EXPECTED_DISPOSITIONS[from].includes(disposition)) {
      expect(okOf(result)).toMatchObject({ state: 'rejected', disposition });
    } else {
      expect(errorOf(result).code).toBe('validation-failed');
      expect(paths(result)).toEqual(['disposition']);
    }
  });

  it('a rejection needs a disposition, and nothing else takes one', () => {
    const missing = transition('triage', { to: 'rejected' }, READY);
    expect(paths(missing)).toEqual(['disposition']);
    expect(errorOf(missing).errors[0]?.message).toBe(
      'is required; one of not-a-vulnerability, duplicate, out-of-scope, spam, informative',
    );
    expect(
      paths(
        transition(
          'triage',
          { to: 'needs-info', reason: 'Which build?', disposition: 'spam' },
          READY,
        ),
      ),
    ).toEqual(['disposition']);
  });

  it('a disposition that is not one is refused', () => {
    const event = { to: 'rejected', disposition: 'boring' as Disposition } as const;
    expect(paths(transition('triage', event, READY))).toEqual(['disposition']);
  });

  describe('not-a-vulnerability', () => {
    it('needs a help destination to send the reporter to', () => {
      const event: TransitionEvent = { to: 'rejected', disposition: 'not-a-vulnerability' };
      expect(paths(transition('triage', event, READY))).toEqual(['helpDestination']);
    });

    it('refuses unknown destinations and those the operator hides', () => {
      const unknown: TransitionEvent = {
        ...withDisposition('not-a-vulnerability'),
        helpDestination: 'nowhere' as TransitionEvent['helpDestination'],
      };
      expect(paths(transition('triage', unknown, READY))).toEqual(['helpDestination']);
      const hidden = { ...READY, helpDestinations: ['malware', 'sign-in'] as const };
      expect(paths(transition('triage', withDisposition('not-a-vulnerability'), hidden))).toEqual([
        'helpDestination',
      ]);
      const offered = { ...READY, helpDestinations: ['phishing'] as const };
      expect(transition('triage', withDisposition('not-a-vulnerability'), offered).ok).toBe(true);
    });

    it('tells the reporter where to go', () => {
      const result = okOf(transition('needs-info', withDisposition('not-a-vulnerability'), READY));
      expect(result.effects).toEqual([
        { kind: 'resume-sla-clocks' },
        {
          kind: 'notify-reporter',
          status: 'not-accepted',
          disposition: 'not-a-vulnerability',
          helpDestination: 'phishing',
        },
      ]);
    });
  });

  describe('duplicate', () => {
    it('must name the original, which is not the report itself', () => {
      const event: TransitionEvent = { to: 'rejected', disposition: 'duplicate' };
      expect(paths(transition('triage', event, READY))).toEqual(['duplicateOf']);
      expect(paths(transition('triage', { ...event, duplicateOf: '  ' }, READY))).toEqual([
        'duplicateOf',
      ]);
      const self = transition('triage', { ...event, duplicateOf: ' R-1 ' }, READY);
      expect(errorOf(self).errors).toEqual([
        {
          path: 'duplicateOf',
          message: 'a report cannot duplicate itself',
          rule: 'self-duplicate',
        },
      ]);
    });

    it('links the reports', () => {
      const event: TransitionEvent = {
        to: 'rejected',
        disposition: 'duplicate',
        duplicateOf: ' R-0 ',
      };
      expect(okOf(transition('triage', event, READY)).effects).toEqual([
        { kind: 'link-duplicate', originalId: 'R-0' },
        { kind: 'notify-reporter', status: 'not-accepted', disposition: 'duplicate' },
      ]);
    });
  });

  it.each(['not-reproducible', 'wont-fix'] as const)('%s needs a reason', (disposition) => {
    for (const reason of [undefined, '', ' \n ']) {
      const event: TransitionEvent = { to: 'rejected', disposition, reason };
      expect(paths(transition('develop', event, READY))).toEqual(['reason']);
    }
    const result = okOf(
      transition(
        'review-repro',
        { to: 'rejected', disposition, reason: ' Works as designed ' },
        READY,
      ),
    );
    expect(result.reason).toBe('Works as designed');
    expect(result.effects).toEqual([
      { kind: 'notify-reporter', status: 'not-accepted', disposition, reason: 'Works as designed' },
    ]);
  });

  it.each(['out-of-scope', 'spam', 'informative'] as const)(
    '%s needs nothing else, and a reason is optional',
    (disposition) => {
      expect(okOf(transition('triage', { to: 'rejected', disposition }, READY)).effects).toEqual([
        { kind: 'notify-reporter', status: 'not-accepted', disposition },
      ]);
      const withReason = transition('triage', { to: 'rejected', disposition, reason: 'x' }, READY);
      expect(okOf(withReason).reason).toBe('x');
    },
  );

  it('refuses fields that belong to another disposition', () => {
    const event: TransitionEvent = {
      to: 'rejected',
      disposition: 'spam',
      duplicateOf: 'R-0',
      helpDestination: 'phishing',
    };
    expect(paths(transition('new', event, READY))).toEqual(['duplicateOf', 'helpDestination']);
    expect(paths(transition('new', { to: 'triage', duplicateOf: 'R-0' }, READY))).toEqual([
      'duplicateOf',
    ]);
  });

  it('names every wrong field at once', () => {
    const event: TransitionEvent = {
      to: 'rejected',
      disposition: 'wont-fix',
      helpDestination: 'phishing',
    };
    expect(paths(transition('develop', event, READY))).toEqual(['reason', 'helpDestination']);
  });

  it('needs a question to ask the reporter for more information', () => {
    const events: TransitionEvent[] = [
      { to: 'needs-info' },
      { to: 'needs-info', reason: '' },
      { to: 'needs-info', reason: '   \n' },
    ];
    for (const event of events) {
      const error = errorOf(transition('triage', event, READY));
      expect(error.code).toBe('validation-failed');
      expect(error.errors).toEqual([
        {
          path: 'reason',
          message: 'is required: the question the reporter is asked',
          rule: 'required',
        },
      ]);
    }
  });

  it('refuses an overlong reason', () => {
    const long = 'x'.repeat(TRANSITION_REASON_MAX_LENGTH + 1);
    expect(paths(transition('triage', { to: 'needs-info', reason: long }, READY))).toEqual([
      'reason',
    ]);
    const longest = 'x'.repeat(TRANSITION_REASON_MAX_LENGTH);
    expect(transition('triage', { to: 'needs-info', reason: longest }, READY).ok).toBe(true);
  });
});

describe('answering the reporter', () => {
  it('counts the question, the case and the rejection, not taking a report into triage', () => {
    const answering = CASE_STATES.filter(answersReporter);
    expect(answering).toEqual(['needs-info', 'review-repro', 'rejected']);
  });
});

describe('reopening', () => {
  it('takes a rejected report back to triage with a reason', () => {
    expect(paths(transition('rejected', { to: 'triage' }, READY))).toEqual(['reason']);
    expect(paths(transition('rejected', { to: 'triage', reason: '  ' }, READY))).toEqual([
      'reason',
    ]);
    const result = okOf(transition('rejected', { to: 'triage', reason: 'new evidence' }, READY));
    expect(result).toMatchObject({ state: 'triage', reason: 'new evidence' });
    expect(result.effects).toEqual([{ kind: 'notify-reporter', status: 'in-review' }]);
  });

  it('goes nowhere but triage', () => {
    for (const to of ['new', 'review-repro', 'develop', 'closed'] as const) {
      expect(errorOf(transition('rejected', { to, reason: 'r' }, READY)).code).toBe(
        'illegal-transition',
      );
    }
  });
});

describe('requirements', () => {
  const bare: TransitionFacts = { reportId: 'R-1', caseOpened: true };

  it('pre-release needs a planned release date and an agreed disclosure date', () => {
    const none = errorOf(transition('develop', { to: 'pre-release' }, bare));
    expect(none.code).toBe('illegal-transition');
    expect(none.errors).toEqual([
      {
        path: 'fixReleaseDate',
        message: 'set the planned release date of the fix',
        rule: 'set-first',
      },
      {
        path: 'cvdDate',
        message: 'agree a public disclosure date with the reporter',
        rule: 'set-first',
      },
    ]);
    expect(none.message).toBe('develop → pre-release needs fixReleaseDate, cvdDate first');
    const releaseOnly = { ...bare, plannedReleaseDate: '2026-06-09', agreedDisclosureDate: ' ' };
    expect(paths(transition('develop', { to: 'pre-release' }, releaseOnly))).toEqual(['cvdDate']);
    const disclosureOnly = {
      ...bare,
      agreedDisclosureDate: '2026-06-09',
      plannedReleaseDate: null,
    };
    expect(paths(transition('develop', { to: 'pre-release' }, disclosureOnly))).toEqual([
      'fixReleaseDate',
    ]);
    const both = { ...releaseOnly, agreedDisclosureDate: '2026-06-10' };
    expect(okOf(transition('develop', { to: 'pre-release' }, both)).effects).toEqual([]);
  });

  it('complete needs the fix released and the advisory published', () => {
    expect(paths(transition('pre-release', { to: 'complete' }, bare))).toEqual([
      'fixReleased',
      'advisoryPublished',
    ]);
    const released = { ...bare, fixReleased: true, advisoryPublished: false };
    expect(paths(transition('pre-release', { to: 'complete' }, released))).toEqual([
      'advisoryPublished',
    ]);
    const published = { ...bare, fixReleased: false, advisoryPublished: true };
    expect(paths(transition('pre-release', { to: 'complete' }, published))).toEqual([
      'fixReleased',
    ]);
    const done = { ...bare, fixReleased: true, advisoryPublished: true };
    expect(okOf(transition('pre-release', { to: 'complete' }, done)).effects).toEqual([
      { kind: 'notify-reporter', status: 'fixed' },
    ]);
  });

  it('names the missing case facts ahead of the move, as the move itself would', () => {
    const preRelease = findTransition('develop', 'pre-release');
    const complete = findTransition('pre-release', 'complete');
    if (preRelease === undefined || complete === undefined) throw new Error('no such moves');
    expect(missingFacts(preRelease, bare)).toEqual(['fixReleaseDate', 'cvdDate']);
    expect(missingFacts(preRelease, { ...bare, plannedReleaseDate: '2026-06-09' })).toEqual([
      'cvdDate',
    ]);
    expect(missingFacts(complete, { ...bare, advisoryPublished: true })).toEqual(['fixReleased']);
    expect(missingFacts(complete, { ...bare, fixReleased: true, advisoryPublished: true })).toEqual(
      [],
    );
    for (const rule of allowedTransitions('triage')) expect(missingFacts(rule, bare)).toEqual([]);
    fc.assert(
      fc.property(factsArb, (facts) => {
        for (const rule of [preRelease, complete]) {
          const result = transition(rule.from, { to: rule.to }, { ...bare, ...facts });
          const named = result.ok ? [] : result.error.errors.map((e) => e.path);
          expect(missingFacts(rule, { ...bare, ...facts })).toEqual(named);
        }
      }),
    );
  });

  it('checks the event before the facts', () => {
    const result = transition('develop', { to: 'pre-release', disposition: 'spam' }, bare);
    expect(errorOf(result).code).toBe('validation-failed');
  });
});

describe('effects', () => {
  it('opening triage tells the reporter it is being reviewed', () => {
    expect(okOf(transition('new', { to: 'triage' }, READY)).effects).toEqual([
      { kind: 'notify-reporter', status: 'in-review' },
    ]);
  });

  it('accepting a report opens the case once', () => {
    expect(okOf(transition('triage', { to: 'review-repro' }, READY)).effects).toEqual([
      { kind: 'open-case' },
      { kind: 'notify-reporter', status: 'accepted' },
    ]);
    const reopened = { ...READY, caseOpened: true };
    expect(okOf(transition('triage', { to: 'review-repro' }, reopened)).effects).toEqual([
      { kind: 'notify-reporter', status: 'accepted' },
    ]);
  });

  it('needs-info asks the reporter, pauses the clocks, and leaving it resumes them', () => {
    const ask = { to: 'needs-info', reason: '  Which version did you test?\n' } as const;
    expect(okOf(transition('triage', ask, READY)).effects).toEqual([
      { kind: 'pause-sla-clocks' },
      { kind: 'ask-reporter', question: 'Which version did you test?' },
      { kind: 'notify-reporter', status: 'more-info-needed' },
    ]);
    expect(okOf(transition('needs-info', { to: 'triage' }, READY)).effects).toEqual([
      { kind: 'resume-sla-clocks' },
      { kind: 'notify-reporter', status: 'in-review' },
    ]);
  });

  it('moves the reporter does not see are not announced', () => {
    expect(okOf(transition('develop', { to: 'pre-release' }, READY)).effects).toEqual([]);
    expect(okOf(transition('review-repro', { to: 'develop' }, READY)).effects).toEqual([
      { kind: 'notify-reporter', status: 'fix-in-progress' },
    ]);
    expect(okOf(transition('complete', { to: 'closed' }, READY)).effects).toEqual([
      { kind: 'notify-reporter', status: 'closed' },
    ]);
  });
});

// Properties over random event sequences, checked against the same hand-written table.

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Any event at all, mostly malformed. */
const anyEvent: fc.Arbitrary<TransitionEvent> = fc.record(
  {
    to: fc.constantFrom(...CASE_STATES),
    disposition: maybe(fc.constantFrom(...DISPOSITIONS)),
    reason: maybe(fc.constantFrom('', '  ', 'because', 'new evidence')),
    duplicateOf: maybe(fc.constantFrom('R-0', 'R-1', ' ')),
    helpDestination: maybe(fc.constantFrom(...HELP_DESTINATION_IDS)),
  },
  { requiredKeys: ['to'] },
);

/**
 * A step that names its target either directly or as "the n-th move the table allows from
 * wherever the walk is", completed with the fields its disposition needs, so that walks get
 * through the whole lifecycle and not only its first states.
 */
interface PlausibleStep {
  target: { kind: 'any'; to: CaseState } | { kind: 'follow'; index: number };
  disposition: Disposition | undefined;
  reason: boolean;
}
const plausibleStep: fc.Arbitrary<PlausibleStep> = fc.record({
  target: fc.oneof(
    fc.record({ kind: fc.constant('any' as const), to: fc.constantFrom(...CASE_STATES) }),
    fc.record({ kind: fc.constant('follow' as const), index: fc.nat() }),
    fc.record({ kind: fc.constant('follow' as const), index: fc.nat() }),
  ),
  disposition: maybe(fc.constantFrom(...DISPOSITIONS)),
  reason: fc.boolean(),
});

function plausibleEvent(state: CaseState, step: PlausibleStep): TransitionEvent {
  const { target, disposition, reason } = step;
  const allowed = EXPECTED[state];
  const to =
    target.kind === 'any' ? target.to : (allowed[target.index % allowed.length] ?? 'triage');
  const event: TransitionEvent = { to };
  if (to === 'rejected' && disposition !== undefined) event.disposition = disposition;
  if (event.disposition === 'duplicate') event.duplicateOf = 'R-0';
  if (event.disposition === 'not-a-vulnerability') event.helpDestination = 'malware';
  if (reason) event.reason = 'because';
  return event;
}

const mostly = fc.constantFrom(true, true, true, false);
type Facts = Omit<TransitionFacts, 'reportId' | 'caseOpened'>;
const factsArb: fc.Arbitrary<Facts> = fc.record({
  plannedReleaseDate: fc.constantFrom<string | undefined>(
    '2026-06-09',
    '2026-06-09',
    '',
    undefined,
  ),
  agreedDisclosureDate: fc.constantFrom<string | undefined>(
    '2026-06-09',
    '2026-06-09',
    '',
    undefined,
  ),
  fixReleased: mostly,
  advisoryPublished: mostly,
});

interface Step {
  event: PlausibleStep | { kind: 'event'; event: TransitionEvent };
  facts: Facts;
}
const junk: fc.Arbitrary<Step['event']> = anyEvent.map((event) => ({ kind: 'event', event }));
const step: fc.Arbitrary<Step> = fc.record({
  event: fc.oneof({ arbitrary: plausibleStep, weight: 2 }, { arbitrary: junk, weight: 1 }),
  facts: factsArb,
});
const path = fc.array(step, { maxLength: 60, size: 'max' });

interface Walk {
  states: CaseState[];
  moves: { from: CaseState; to: CaseState; event: TransitionEvent }[];
  openCases: number;
  clockEffects: ('pause' | 'resume')[];
  /** After each step: were the clocks paused according to the effects, and the state then. */
  pausedAfter: { paused: boolean; state: CaseState }[];
  problems: string[];
}

/** Applies the steps from `new` as a service would, threading the case-opened fact. */
function walk(steps: readonly Step[]): Walk {
  let state: CaseState = 'new';
  let caseOpened = false;
  let paused = false;
  const w: Walk = {
    states: [state],
    moves: [],
    openCases: 0,
    clockEffects: [],
    pausedAfter: [],
    problems: [],
  };
  for (const { event: generated, facts } of steps) {
    const event = 'kind' in generated ? generated.event : plausibleEvent(state, generated);
    const result = transition(state, event, { ...facts, reportId: 'R-1', caseOpened });
    if (result.ok) {
      w.moves.push({ from: state, to: result.state, event });
      for (const effect of result.effects) {
        if (effect.kind === 'open-case') {
          w.openCases += 1;
          caseOpened = true;
        }
        if (effect.kind === 'pause-sla-clocks') {
          if (paused) w.problems.push('paused twice');
          paused = true;
          w.clockEffects.push('pause');
        }
        if (effect.kind === 'resume-sla-clocks') {
          if (!paused) w.problems.push('resumed without a pause');
          paused = false;
          w.clockEffects.push('resume');
        }
        if (effect.kind === 'ask-reporter' && effect.question.trim() === '') {
          w.problems.push('asked an empty question');
        }
        if (effect.kind === 'notify-reporter' && effect.status !== researcherStatus(result.state)) {
          w.problems.push(`notified ${effect.status} for ${result.state}`);
        }
      }
      const asked = result.effects.some((e) => e.kind === 'ask-reporter');
      if (asked !== (result.state === 'needs-info')) {
        w.problems.push(`${result.state} ${asked ? 'asked' : 'without a question'}`);
      }
      state = result.state;
    } else if (!['illegal-transition', 'validation-failed'].includes(result.error.code)) {
      w.problems.push(`unexpected error ${result.error.code}`);
    }
    w.states.push(state);
    w.pausedAfter.push({ paused, state });
  }
  return w;
}

describe('random event sequences from new', () => {
  const seen = new Set<CaseState>();
  const runs = { numRuns: 400 };

  it('stay within the nine states and only make moves of the table', () => {
    fc.assert(
      fc.property(path, (steps) => {
        const w = walk(steps);
        w.states.forEach((s) => seen.add(s));
        expect(w.problems).toEqual([]);
        for (const s of w.states) expect(CASE_STATES).toContain(s);
        for (const m of w.moves) expect(EXPECTED[m.from]).toContain(m.to);
      }),
      runs,
    );
    // The generators reach every state, so the properties are not vacuous.
    expect([...seen].sort()).toEqual([...CASE_STATES].sort());
  });

  it('never leave closed, and leave rejected only by a reopen with a reason', () => {
    fc.assert(
      fc.property(path, (steps) => {
        for (const m of walk(steps).moves) {
          expect(m.from).not.toBe('closed');
          if (m.from === 'rejected') {
            expect(m.to).toBe('triage');
            expect(m.event.reason?.trim()).toBeTruthy();
          }
        }
      }),
      runs,
    );
  });

  it('open a case at most once, and only when triage accepts the report', () => {
    fc.assert(
      fc.property(path, (steps) => {
        const w = walk(steps);
        expect(w.openCases).toBeLessThanOrEqual(1);
        const accepted = w.moves.some((m) => m.from === 'triage' && m.to === 'review-repro');
        expect(w.openCases).toBe(accepted ? 1 : 0);
      }),
      runs,
    );
  });

  it('pause and resume the clocks in pairs, paused exactly while in needs-info', () => {
    fc.assert(
      fc.property(path, (steps) => {
        const w = walk(steps);
        expect(w.problems).toEqual([]);
        w.clockEffects.forEach((effect, i) =>
          expect(effect).toBe(i % 2 === 0 ? 'pause' : 'resume'),
        );
        for (const after of w.pausedAfter) expect(after.paused).toBe(after.state === 'needs-info');
      }),
      runs,
    );
  });
});
