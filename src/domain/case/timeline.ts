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

export const REPORTER_VISIBLE_KINDS: ReadonlySet<string> = new Set([
  TIMELINE_KINDS.received,
  TIMELINE_KINDS.followUpRequested,
  TIMELINE_KINDS.statusChanged,
  TIMELINE_KINDS.message,
]);

export function isReporterVisible(entry: { kind: string }): boolean {
  return REPORTER_VISIBLE_KINDS.has(entry.kind);
}
