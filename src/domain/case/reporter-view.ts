/**
 * What the reporter sees of how their report is handled: the plain status key
 * (`researcherStatus`), and for a report that was not accepted, why (the disposition), where to
 * go instead (the help destination) and the explanation owed to them (the reason of a
 * `not-reproducible` or `wont-fix` rejection). Everything else stays with the team: internal
 * states, reasons written for the team, the original of a duplicate (another reporter's report).
 */
import { isHelpDestinationId, type HelpDestinationId } from '../help/destinations.js';
import { researcherStatus, type ResearcherStatus } from './researcher-status.js';
import { isCaseState, isDisposition, type Disposition } from './states.js';
import { TIMELINE_KINDS, isReporterVisible } from './timeline.js';
import { dispositionNeed } from './transitions.js';

/** Why a report was not accepted, as the reporter is told. */
export interface ReporterOutcome {
  disposition: Disposition;
  /** The team's explanation, for the dispositions that owe one (`not-reproducible`, `wont-fix`). */
  reason: string | null;
  /** Where to go instead, for `not-a-vulnerability`. */
  helpDestination: HelpDestinationId | null;
}

/** The stored facts of a rejection (columns or a timeline entry), unchecked. */
export interface StoredOutcome {
  disposition: unknown;
  reason: unknown;
  helpDestination: unknown;
}

/**
 * The reporter's view of a rejection, or null when there is no (known) disposition. The reason
 * is passed on only when the disposition owes it to the reporter; the help destination only for
 * `not-a-vulnerability`.
 */
export function reporterOutcome(stored: StoredOutcome): ReporterOutcome | null {
  const { disposition, reason, helpDestination } = stored;
  if (typeof disposition !== 'string' || !isDisposition(disposition)) return null;
  const need = dispositionNeed(disposition);
  return {
    disposition,
    reason: need === 'reason' && typeof reason === 'string' && reason !== '' ? reason : null,
    helpDestination:
      need === 'helpDestination' &&
      typeof helpDestination === 'string' &&
      isHelpDestinationId(helpDestination)
        ? helpDestination
        : null,
  };
}

/** A status change as the reporter sees it on the timeline. */
export interface ReporterStatusChange {
  status: ResearcherStatus;
  /** Set when the change is a rejection. */
  outcome: ReporterOutcome | null;
}

/**
 * The reporter's view of a `status-changed` timeline entry (`{ from, to, disposition?, reason?,
 * helpDestination? }`), or undefined when the status the reporter sees did not change (e.g.
 * `develop` → `pre-release`, both "fix in progress") or the entry names unknown states.
 */
export function reporterStatusChange(
  data: Readonly<Record<string, unknown>>,
): ReporterStatusChange | undefined {
  const { from, to } = data;
  if (typeof from !== 'string' || typeof to !== 'string') return undefined;
  if (!isCaseState(from) || !isCaseState(to)) return undefined;
  const status = researcherStatus(to);
  if (status === researcherStatus(from)) return undefined;
  return {
    status,
    outcome:
      to === 'rejected'
        ? reporterOutcome({
            disposition: data.disposition,
            reason: data.reason,
            helpDestination: data.helpDestination,
          })
        : null,
  };
}

/** A timeline entry with its details parsed. */
export interface TimelineEntryView {
  at: string;
  kind: string;
  actor: string;
  data: Record<string, unknown>;
}

/**
 * The reporter's timeline: only the kinds they see; a status change carries the status they see
 * (`{ status, disposition?, reason?, helpDestination? }`) instead of the team's states, and one
 * that does not change it is left out.
 */
export function reporterTimeline(entries: readonly TimelineEntryView[]): TimelineEntryView[] {
  const out: TimelineEntryView[] = [];
  for (const entry of entries) {
    if (!isReporterVisible(entry)) continue;
    if (entry.kind !== TIMELINE_KINDS.statusChanged) {
      out.push(entry);
      continue;
    }
    const change = reporterStatusChange(entry.data);
    if (change === undefined) continue;
    const { outcome } = change;
    out.push({
      ...entry,
      data: {
        status: change.status,
        ...(outcome === null ? {} : outcomeFields(outcome)),
      },
    });
  }
  return out;
}

function outcomeFields(outcome: ReporterOutcome): Record<string, string> {
  return {
    disposition: outcome.disposition,
    ...(outcome.reason !== null ? { reason: outcome.reason } : {}),
    ...(outcome.helpDestination !== null ? { helpDestination: outcome.helpDestination } : {}),
  };
}
