/**
 * What the form hands the confirmation page, in the router's navigation state (never in the URL:
 * the tracking token is a secret).
 */
import { isCreated, type ReportCreated } from './submit-report.js';

export interface ConfirmationState {
  report: ReportCreated;
}

export function readConfirmationState(state: unknown): ReportCreated | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const report = (state as { report?: unknown }).report;
  return isCreated(report) ? report : undefined;
}
