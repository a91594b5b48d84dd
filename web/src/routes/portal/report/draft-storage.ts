/**
 * The report draft, kept in this browser's localStorage as the researcher types, so a reload,
 * a closed tab or an expired session loses nothing. Files are not kept (only their names, to
 * remind the researcher to attach them again). A stored draft is read defensively: anything
 * that does not fit the form is ignored.
 */
import { REPORT_LANGUAGES } from '../../../api/report-body.js';
import {
  CVSS_VERSIONS,
  EMPTY_CVSS_CALCULATOR,
  type CvssCalculatorState,
  type CvssChoices,
  type CvssVersion,
} from '../../../components/report/cvss-vector.js';
import { MAX_STEPS, TEXT_FIELDS, emptyFormState, type ReportFormState } from './form-state.js';

export const DRAFT_KEY = 'vd.report.draft';
const DRAFT_FORMAT = 1;

export interface SavedDraft {
  state: ReportFormState;
  /** When it was saved (ISO 8601, UTC). */
  savedAt: string;
  /** Names of the files that were attached when it was saved. */
  attachmentNames: string[];
}

/** True when nothing has been typed or chosen yet. */
export function isEmptyForm(state: ReportFormState): boolean {
  const empty = emptyFormState();
  return JSON.stringify({ ...state, language: undefined }) === JSON.stringify(empty);
}

/** Saves the draft (or removes it when the form is empty); false when storage refused it. */
export function saveDraft(
  state: ReportFormState,
  attachmentNames: readonly string[],
  now: Date,
  storage: Storage = localStorage,
): boolean {
  try {
    if (isEmptyForm(state) && attachmentNames.length === 0) {
      storage.removeItem(DRAFT_KEY);
      return true;
    }
    storage.setItem(
      DRAFT_KEY,
      JSON.stringify({
        format: DRAFT_FORMAT,
        savedAt: now.toISOString(),
        attachmentNames,
        state,
      }),
    );
    return true;
  } catch {
    return false; // full, or disabled by the browser's privacy settings
  }
}

export function loadDraft(storage: Storage = localStorage): SavedDraft | undefined {
  let raw: string | null;
  try {
    raw = storage.getItem(DRAFT_KEY);
  } catch {
    return undefined;
  }
  if (raw === null) return undefined;
  let stored: unknown;
  try {
    stored = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isRecord(stored) || stored.format !== DRAFT_FORMAT || !isRecord(stored.state)) {
    return undefined;
  }
  const savedAt = typeof stored.savedAt === 'string' ? stored.savedAt : new Date(0).toISOString();
  return {
    state: readState(stored.state),
    savedAt,
    attachmentNames: stringArray(stored.attachmentNames).slice(0, 100),
  };
}

export function clearDraft(storage: Storage = localStorage): void {
  try {
    storage.removeItem(DRAFT_KEY);
  } catch {
    // nothing stored, nothing to clear
  }
}

function readState(s: Record<string, unknown>): ReportFormState {
  const state = emptyFormState();
  const text = isRecord(s.text) ? s.text : {};
  for (const field of TEXT_FIELDS) {
    const value = text[field];
    if (typeof value === 'string') state.text[field] = value;
  }
  const steps = stringArray(s.reproductionSteps).slice(0, MAX_STEPS);
  if (steps.length > 0) state.reproductionSteps = steps;
  if (typeof s.cweName === 'string') state.cweName = s.cweName;
  state.cvssCalculator = readCalculator(s.cvssCalculator);
  state.language = REPORT_LANGUAGES.find((l) => l === s.language);
  return state;
}

function readCalculator(value: unknown): CvssCalculatorState {
  if (!isRecord(value) || !isRecord(value.choices)) return EMPTY_CVSS_CALCULATOR;
  const version = CVSS_VERSIONS.find((v): v is CvssVersion => v === value.version) ?? '3.1';
  const choices = value.choices;
  return {
    version,
    choices: { '3.1': readChoices(choices['3.1']), '4.0': readChoices(choices['4.0']) },
  };
}

function readChoices(value: unknown): CvssChoices {
  if (!isRecord(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}

function stringArray(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
