/**
 * The lifecycle state machine: which state may follow which, what each move needs, and what
 * the service must do after it (the effects). Pure: the facts about the case that the rules
 * depend on (dates, release, advisory) are passed in.
 *
 * Decisions beyond the plain table:
 * - `new` → `rejected` is allowed with `spam` only, so the queue can reject junk in bulk without
 *   triaging it; every other rejection needs a triage look first.
 * - `rejected` → `triage` reopens a report (a reporter's appeal, a mistaken rejection). It needs
 *   a `reason`. A reopened report that was already a case keeps its case number: `open-case`
 *   is emitted only while `facts.caseOpened` is false.
 * - `closed` is final.
 * - Leaving `needs-info` always resumes the SLA clocks (also towards `rejected`), so pause and
 *   resume effects pair up on every path.
 * - `triage` → `needs-info` needs a `reason`: the question the reporter is asked. The service
 *   posts it to them as a message (effect `ask-reporter`), so the clocks never pause with
 *   nothing asked, and the reporter always has a message to answer.
 * - Only a move that tells the reporter something answers them (`answersReporter`): the
 *   question, the decision to open a case, a rejection. Taking a report into triage does not;
 *   nor does anything the system does.
 */
import { DomainError, validationFailed, type FieldError } from '../errors.js';
import { HELP_DESTINATION_IDS, type HelpDestinationId } from '../help/destinations.js';
import { researcherStatus, type ResearcherStatus } from './researcher-status.js';
import {
  CASE_DISPOSITIONS,
  TRIAGE_DISPOSITIONS,
  isCaseState,
  isDisposition,
  type CaseState,
  type Disposition,
} from './states.js';

/** Facts about the case a transition may require. */
export const TRANSITION_REQUIREMENTS = [
  /** `facts.plannedReleaseDate` is set. */
  'planned-release-date',
  /** `facts.agreedDisclosureDate` is set. */
  'agreed-disclosure-date',
  /** `facts.fixReleased` is true. */
  'fix-released',
  /** `facts.advisoryPublished` is true. */
  'advisory-published',
] as const;
export type TransitionRequirement = (typeof TRANSITION_REQUIREMENTS)[number];

export interface TransitionRule {
  from: CaseState;
  to: CaseState;
  /** For moves to `rejected`: the dispositions allowed from `from`; empty otherwise. */
  dispositions: readonly Disposition[];
  /** True when the event must carry a `reason` whatever its disposition. */
  reasonRequired: boolean;
  /** What must be true about the case before the move. */
  requires: readonly TransitionRequirement[];
}

const rule = (
  from: CaseState,
  to: CaseState,
  options: Partial<Pick<TransitionRule, 'dispositions' | 'reasonRequired' | 'requires'>> = {},
): TransitionRule => ({
  from,
  to,
  dispositions: options.dispositions ?? [],
  reasonRequired: options.reasonRequired ?? false,
  requires: options.requires ?? [],
});

/** Every allowed move. Anything not listed here is an illegal transition. */
export const TRANSITIONS: readonly TransitionRule[] = [
  rule('new', 'triage'),
  rule('new', 'rejected', { dispositions: ['spam'] }),
  rule('triage', 'needs-info', { reasonRequired: true }),
  rule('triage', 'review-repro'),
  rule('triage', 'rejected', { dispositions: TRIAGE_DISPOSITIONS }),
  rule('needs-info', 'triage'),
  rule('needs-info', 'rejected', { dispositions: TRIAGE_DISPOSITIONS }),
  rule('review-repro', 'develop'),
  rule('review-repro', 'rejected', { dispositions: CASE_DISPOSITIONS }),
  rule('develop', 'pre-release', { requires: ['planned-release-date', 'agreed-disclosure-date'] }),
  rule('develop', 'rejected', { dispositions: CASE_DISPOSITIONS }),
  rule('pre-release', 'complete', { requires: ['fix-released', 'advisory-published'] }),
  rule('complete', 'closed'),
  rule('rejected', 'triage', { reasonRequired: true }),
];

/**
 * The states a move into which tells the reporter something: the question they are asked, the
 * decision to open a case, a rejection. Such a move by staff is a response to the reporter
 * (it satisfies the first-response clock); a move to `triage` is not, nor one by the system.
 */
const ANSWERING_STATES: ReadonlySet<CaseState> = new Set<CaseState>([
  'needs-info',
  'review-repro',
  'rejected',
]);

/** Whether a move by staff into `to` answers the reporter (see `ANSWERING_STATES`). */
export function answersReporter(to: CaseState): boolean {
  return ANSWERING_STATES.has(to);
}

/** The event field a disposition needs besides itself. */
export type DispositionNeed = 'helpDestination' | 'duplicateOf' | 'reason' | null;

const DISPOSITION_NEEDS: Readonly<Record<Disposition, DispositionNeed>> = {
  'not-a-vulnerability': 'helpDestination',
  duplicate: 'duplicateOf',
  'out-of-scope': null,
  spam: null,
  informative: null,
  'not-reproducible': 'reason',
  'wont-fix': 'reason',
};

/**
 * The event field a disposition needs besides itself: `reason` marks the dispositions whose
 * explanation is owed to the reporter (and shown to them).
 */
export function dispositionNeed(disposition: Disposition): DispositionNeed {
  return DISPOSITION_NEEDS[disposition];
}

/** Longest `reason` accepted, in characters. */
export const TRANSITION_REASON_MAX_LENGTH = 4000;

/** What staff ask for. Fields that do not belong to the move are refused, not ignored. */
export interface TransitionEvent {
  to: CaseState;
  /** Required for moves to `rejected`, refused otherwise. */
  disposition?: Disposition;
  /**
   * Why; required to reopen and for `not-reproducible` / `wont-fix`, optional otherwise. For
   * a move to `needs-info` it is the question the reporter is asked, and required.
   */
  reason?: string;
  /** The id of the original report; required for (and only for) `duplicate`. */
  duplicateOf?: string;
  /** Where to send the reporter; required for (and only for) `not-a-vulnerability`. */
  helpDestination?: HelpDestinationId;
}

/** What the rules need to know about the report, supplied by the service. */
export interface TransitionFacts {
  /** The report's own id: a report cannot be a duplicate of itself. */
  reportId: string;
  /** True once the report has a case number (it reached `review-repro` before). */
  caseOpened: boolean;
  /** The fix's planned release date (ISO 8601 date), once set. */
  plannedReleaseDate?: string | null;
  /** The public disclosure date agreed with the reporter (ISO 8601 date), once agreed. */
  agreedDisclosureDate?: string | null;
  /** True once the fix has shipped. */
  fixReleased?: boolean;
  /** True once the advisory is public. */
  advisoryPublished?: boolean;
  /** The help destinations the operator offers (hidden ones left out); all when omitted. */
  helpDestinations?: readonly HelpDestinationId[];
}

/** What the service must do after a successful transition, in this order. */
export type TransitionEffect =
  /** Assign the case number; severity assessment starts. Emitted once per report. */
  | { kind: 'open-case' }
  /** Entering `needs-info`: the SLA clocks stop counting. */
  | { kind: 'pause-sla-clocks' }
  /** Entering `needs-info`: post `question` to the reporter as a message from the actor. */
  | { kind: 'ask-reporter'; question: string }
  /** Leaving `needs-info`: the SLA clocks count again. */
  | { kind: 'resume-sla-clocks' }
  /** Record that the report duplicates `originalId` (e.g. credit both, link the timelines). */
  | { kind: 'link-duplicate'; originalId: string }
  /** Tell the reporter: the status they see changed. */
  | {
      kind: 'notify-reporter';
      status: ResearcherStatus;
      disposition?: Disposition;
      /** For `not-a-vulnerability`: where the reporter should go instead. */
      helpDestination?: HelpDestinationId;
      /** For `not-reproducible` and `wont-fix`: the explanation owed to the reporter. */
      reason?: string;
    };

export type TransitionResult =
  | {
      ok: true;
      state: CaseState;
      effects: readonly TransitionEffect[];
      /** Set for rejections. */
      disposition?: Disposition;
      /** The reason, trimmed; absent when none was given. */
      reason?: string;
    }
  | { ok: false; error: DomainError };

/** The moves allowed out of `state`, in table order (for the UI and for checks). */
export function allowedTransitions(state: CaseState): readonly TransitionRule[] {
  return TRANSITIONS.filter((r) => r.from === state);
}

/** The rule for `from` → `to`, or undefined when that move is illegal. */
export function findTransition(from: CaseState, to: CaseState): TransitionRule | undefined {
  return TRANSITIONS.find((r) => r.from === from && r.to === to);
}

/**
 * Applies `event` to a report in state `current`. Fails with `validation-failed` for an unknown
 * target state or wrong fields (naming them), and with `illegal-transition` (409) when the move
 * is not in `TRANSITIONS` or the case does not meet its requirements yet (naming the case-fact
 * fields to set, `CASE_FACT_FIELDS`).
 */
export function transition(
  current: CaseState,
  event: TransitionEvent,
  facts: TransitionFacts,
): TransitionResult {
  if (!isCaseState(event.to)) {
    return fail(
      validationFailed([{ path: 'to', message: 'is not a known state', rule: 'not-allowed' }]),
    );
  }
  const found = findTransition(current, event.to);
  if (found === undefined) {
    const allowed = allowedTransitions(current).map((r) => r.to);
    const message =
      allowed.length === 0
        ? `a ${current} report cannot change state`
        : `cannot move from ${current} to ${event.to}; allowed: ${allowed.join(', ')}`;
    return fail(new DomainError('illegal-transition', message, [{ path: 'to', message }]));
  }

  const fieldErrors = eventErrors(found, event, facts);
  if (fieldErrors.length > 0) return fail(validationFailed(fieldErrors));

  const unmet = unmetRequirements(found, facts);
  if (unmet.length > 0) {
    return fail(
      new DomainError(
        'illegal-transition',
        `${current} → ${event.to} needs ${unmet.map((e) => e.path).join(', ')} first`,
        unmet,
      ),
    );
  }

  const reason = trimmedReason(event.reason);
  return {
    ok: true,
    state: found.to,
    effects: effectsOf(found, event, facts, reason),
    ...(event.disposition !== undefined ? { disposition: event.disposition } : {}),
    ...(reason !== undefined ? { reason } : {}),
  };
}

const fail = (error: DomainError): TransitionResult => ({ ok: false, error });

function trimmedReason(reason: string | undefined): string | undefined {
  const trimmed = reason?.trim();
  return trimmed === undefined || trimmed.length === 0 ? undefined : trimmed;
}

function eventErrors(
  found: TransitionRule,
  event: TransitionEvent,
  facts: TransitionFacts,
): FieldError[] {
  const errors: FieldError[] = [];
  const { disposition } = event;
  let needs: DispositionNeed = null;

  if (found.dispositions.length === 0) {
    if (disposition !== undefined) {
      errors.push({
        path: 'disposition',
        message: 'only a rejection takes a disposition',
        rule: 'not-allowed',
      });
    }
  } else if (disposition === undefined) {
    errors.push({
      path: 'disposition',
      message: `is required; one of ${found.dispositions.join(', ')}`,
      rule: 'required',
    });
  } else {
    if (!found.dispositions.includes(disposition)) {
      errors.push({
        path: 'disposition',
        message: `must be one of ${found.dispositions.join(', ')} when rejecting from ${found.from}`,
        rule: 'not-allowed',
      });
    }
    // A known disposition that is wrong here still decides which other field belongs to it,
    // so only the disposition itself is reported.
    if (isDisposition(disposition)) needs = DISPOSITION_NEEDS[disposition];
  }

  const reason = trimmedReason(event.reason);
  if (event.reason !== undefined && event.reason.length > TRANSITION_REASON_MAX_LENGTH) {
    errors.push({
      path: 'reason',
      message: `must be at most ${TRANSITION_REASON_MAX_LENGTH} characters`,
      rule: 'too-long',
      limit: TRANSITION_REASON_MAX_LENGTH,
    });
  } else if (reason === undefined && (found.reasonRequired || needs === 'reason')) {
    errors.push({
      path: 'reason',
      message:
        found.to === 'needs-info'
          ? 'is required: the question the reporter is asked'
          : found.reasonRequired
            ? `is required to move from ${found.from} to ${found.to}`
            : `is required for ${disposition ?? 'this disposition'}`,
      rule: 'required',
    });
  }

  if (needs === 'duplicateOf') {
    const original = event.duplicateOf?.trim() ?? '';
    if (original.length === 0) {
      errors.push({ path: 'duplicateOf', message: 'name the original report', rule: 'required' });
    } else if (original === facts.reportId) {
      errors.push({
        path: 'duplicateOf',
        message: 'a report cannot duplicate itself',
        rule: 'self-duplicate',
      });
    }
  } else if (event.duplicateOf !== undefined) {
    errors.push({
      path: 'duplicateOf',
      message: 'only a duplicate names an original report',
      rule: 'not-allowed',
    });
  }

  if (needs === 'helpDestination') {
    const offered = facts.helpDestinations ?? HELP_DESTINATION_IDS;
    if (event.helpDestination === undefined) {
      errors.push({
        path: 'helpDestination',
        message: 'name the help destination the reporter is sent to',
        rule: 'required',
      });
    } else if (!(offered as readonly string[]).includes(event.helpDestination)) {
      errors.push({
        path: 'helpDestination',
        message: `must be one of ${offered.join(', ')}`,
        rule: 'not-allowed',
      });
    }
  } else if (event.helpDestination !== undefined) {
    errors.push({
      path: 'helpDestination',
      message: 'only a not-a-vulnerability rejection sends the reporter elsewhere',
      rule: 'not-allowed',
    });
  }
  return errors;
}

/**
 * The case facts staff set (the fields of `PATCH /api/v1/reports/{id}/case`); a requirement
 * that is not met names the field that meets it, so a client can point to that field.
 */
export const CASE_FACT_FIELDS = [
  'fixReleaseDate',
  'cvdDate',
  'fixReleased',
  'advisoryPublished',
] as const;
export type CaseFactField = (typeof CASE_FACT_FIELDS)[number];

const REQUIREMENT_CHECKS: Readonly<
  Record<TransitionRequirement, { path: CaseFactField; met: (f: TransitionFacts) => boolean }>
> = {
  'planned-release-date': {
    path: 'fixReleaseDate',
    met: (f) => isSet(f.plannedReleaseDate),
  },
  'agreed-disclosure-date': {
    path: 'cvdDate',
    met: (f) => isSet(f.agreedDisclosureDate),
  },
  'fix-released': { path: 'fixReleased', met: (f) => f.fixReleased === true },
  'advisory-published': { path: 'advisoryPublished', met: (f) => f.advisoryPublished === true },
};

const REQUIREMENT_MESSAGES: Readonly<Record<TransitionRequirement, string>> = {
  'planned-release-date': 'set the planned release date of the fix',
  'agreed-disclosure-date': 'agree a public disclosure date with the reporter',
  'fix-released': 'release the fix',
  'advisory-published': 'publish the advisory',
};

function isSet(value: string | null | undefined): boolean {
  return typeof value === 'string' && value.trim().length > 0;
}

/** The case facts `rule` still needs before the move can be made; empty when none. */
export function missingFacts(rule: TransitionRule, facts: TransitionFacts): CaseFactField[] {
  return rule.requires
    .filter((r) => !REQUIREMENT_CHECKS[r].met(facts))
    .map((r) => REQUIREMENT_CHECKS[r].path);
}

function unmetRequirements(found: TransitionRule, facts: TransitionFacts): FieldError[] {
  return found.requires
    .filter((r) => !REQUIREMENT_CHECKS[r].met(facts))
    .map((r) => ({
      path: REQUIREMENT_CHECKS[r].path,
      message: REQUIREMENT_MESSAGES[r],
      rule: 'set-first' as const,
    }));
}

function effectsOf(
  found: TransitionRule,
  event: TransitionEvent,
  facts: TransitionFacts,
  reason: string | undefined,
): TransitionEffect[] {
  const effects: TransitionEffect[] = [];
  if (found.to === 'review-repro' && !facts.caseOpened) effects.push({ kind: 'open-case' });
  if (found.from === 'needs-info') effects.push({ kind: 'resume-sla-clocks' });
  if (found.to === 'needs-info') {
    effects.push({ kind: 'pause-sla-clocks' });
    if (reason !== undefined) effects.push({ kind: 'ask-reporter', question: reason });
  }

  const { disposition } = event;
  const original = event.duplicateOf?.trim();
  if (disposition === 'duplicate' && original !== undefined) {
    effects.push({ kind: 'link-duplicate', originalId: original });
  }

  const status = researcherStatus(found.to);
  if (status !== researcherStatus(found.from)) {
    const needs = disposition === undefined ? null : DISPOSITION_NEEDS[disposition];
    effects.push({
      kind: 'notify-reporter',
      status,
      ...(disposition !== undefined ? { disposition } : {}),
      ...(needs === 'helpDestination' && event.helpDestination !== undefined
        ? { helpDestination: event.helpDestination }
        : {}),
      ...(needs === 'reason' && reason !== undefined ? { reason } : {}),
    });
  }
  return effects;
}
