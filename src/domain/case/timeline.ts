/**
 * Kinds of timeline entries and who sees them. The reporter's view of a report shows only the
 * entries in `REPORTER_VISIBLE_KINDS`; staff see all of them.
 */
export const TIMELINE_KINDS = {
  received: 'received',
  followUpRequested: 'follow-up-requested',
  statusChanged: 'status-changed',
  message: 'message',
  assigned: 'assigned',
  severityChanged: 'severity-changed',
  caseUpdated: 'case-updated',
  duplicateLinked: 'duplicate-linked',
  slaWarning: 'sla-warning',
} as const;

export type TimelineKind = (typeof TIMELINE_KINDS)[keyof typeof TIMELINE_KINDS];

const KINDS: ReadonlySet<string> = new Set(Object.values(TIMELINE_KINDS));

export function isTimelineKind(kind: string): kind is TimelineKind {
  return KINDS.has(kind);
}

export const REPORTER_VISIBLE_KINDS: ReadonlySet<string> = new Set([
  TIMELINE_KINDS.received,
  TIMELINE_KINDS.followUpRequested,
  TIMELINE_KINDS.statusChanged,
  TIMELINE_KINDS.message,
]);

export function isReporterVisible(entry: { kind: string }): boolean {
  return REPORTER_VISIBLE_KINDS.has(entry.kind);
}
