/**
 * Who may see a report. Anyone else gets the same "not found" as for a report that does not
 * exist, so report references cannot be probed.
 */
import type { Actor } from './actor.js';

export interface ReportOwnership {
  ref: string;
  accountId: string | null;
}

export function canReadReport(actor: Actor, report: ReportOwnership): boolean {
  switch (actor.kind) {
    case 'anonymous':
      return false;
    case 'tracking':
      return actor.reportRef === report.ref;
    case 'account':
      return report.accountId !== null && report.accountId === actor.accountId;
  }
}
