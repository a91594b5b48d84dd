/** What every section of the report form reads and changes, without passing it down by hand. */
import { createContext, useContext } from 'react';
import type { ReportFormState, TextField } from './form-state.js';

export interface ReportFormApi {
  state: ReportFormState;
  setText: (field: TextField, value: string) => void;
  /** Changes the state; `touched` names the control whose errors are no longer current. */
  update: (change: (state: ReportFormState) => ReportFormState, touched?: string) => void;
  /** The messages to show beside the control named `name` (client, /assess and submit errors). */
  errorsAt: (name: string) => string[];
}

export const ReportFormContext = createContext<ReportFormApi | null>(null);

export function useReportForm(): ReportFormApi {
  const api = useContext(ReportFormContext);
  if (api === null) throw new Error('useReportForm outside ReportFormContext');
  return api;
}
