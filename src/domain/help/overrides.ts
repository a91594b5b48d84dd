/**
 * The operator's settings for the help destinations (the JSON of `HELP_DESTINATIONS_FILE`):
 *
 * ```json
 * { "sign-in": { "url": "https://support.contoso.com/sign-in" },
 *   "piracy": { "email": "piracy@contoso.com",
 *               "title": { "en": "Report piracy", "ja": "不正コピーの報告" } },
 *   "community": { "hidden": true } }
 * ```
 *
 * Every problem is one line naming the destination and setting, so an operator can fix the file
 * from the error output alone.
 */
import {
  HELP_DESTINATION_IDS,
  HELP_LANGUAGES,
  isHelpDestinationId,
  type HelpDestinationId,
  type Localized,
} from './destinations.js';
import { MAX_EMAIL_LENGTH, isMailAddress, urlProblem } from './target.js';

export interface DestinationOverride {
  readonly url?: string;
  readonly email?: string;
  readonly title?: Localized;
  readonly text?: Localized;
  /** Leaves the destination out (e.g. a vendor without community forums). */
  readonly hidden?: boolean;
}

export type HelpOverrides = Readonly<Partial<Record<HelpDestinationId, DestinationOverride>>>;

export const MAX_TITLE_LENGTH = 120;
export const MAX_TEXT_LENGTH = 1000;

const SETTINGS = ['url', 'email', 'title', 'text', 'hidden'] as const;

export type ParsedOverrides =
  { ok: true; overrides: HelpOverrides } | { ok: false; problems: string[] };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const name = (id: string) => JSON.stringify(id);

export function parseHelpOverrides(value: unknown): ParsedOverrides {
  if (!isRecord(value)) {
    return {
      ok: false,
      problems: ['must be a JSON object with one entry per destination id'],
    };
  }
  const problems: string[] = [];
  const overrides: Partial<Record<HelpDestinationId, DestinationOverride>> = {};
  for (const [id, entry] of Object.entries(value)) {
    if (!isHelpDestinationId(id)) {
      problems.push(`${name(id)}: unknown destination; known: ${HELP_DESTINATION_IDS.join(', ')}`);
      continue;
    }
    const parsed = parseEntry(id, entry, problems);
    if (parsed !== undefined) overrides[id] = parsed;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, overrides };
}

function parseEntry(
  id: HelpDestinationId,
  entry: unknown,
  problems: string[],
): DestinationOverride | undefined {
  if (!isRecord(entry)) {
    problems.push(`${name(id)}: must be an object with ${SETTINGS.join(', ')}`);
    return undefined;
  }
  const before = problems.length;
  for (const key of Object.keys(entry)) {
    if (!(SETTINGS as readonly string[]).includes(key)) {
      problems.push(`${name(id)}.${key}: unknown setting; allowed: ${SETTINGS.join(', ')}`);
    }
  }
  const out: {
    url?: string;
    email?: string;
    title?: Localized;
    text?: Localized;
    hidden?: boolean;
  } = {};
  if (entry.url !== undefined && entry.email !== undefined) {
    problems.push(`${name(id)}: give url or email, not both`);
  }
  if (entry.url !== undefined) {
    const problem = typeof entry.url === 'string' ? urlProblem(entry.url) : 'must be a string';
    if (problem === undefined) out.url = entry.url as string;
    else problems.push(`${name(id)}.url: ${problem}`);
  }
  if (entry.email !== undefined) {
    if (typeof entry.email === 'string' && isMailAddress(entry.email)) out.email = entry.email;
    else {
      problems.push(
        `${name(id)}.email: must be an e-mail address like security@example.com (at most ${MAX_EMAIL_LENGTH} characters)`,
      );
    }
  }
  for (const [key, max] of [
    ['title', MAX_TITLE_LENGTH],
    ['text', MAX_TEXT_LENGTH],
  ] as const) {
    if (entry[key] === undefined) continue;
    const localized = parseLocalized(`${name(id)}.${key}`, entry[key], max, problems);
    if (localized !== undefined) out[key] = localized;
  }
  if (entry.hidden !== undefined) {
    if (typeof entry.hidden === 'boolean') out.hidden = entry.hidden;
    else problems.push(`${name(id)}.hidden: must be true or false`);
  }
  return problems.length === before ? Object.freeze(out) : undefined;
}

/** Both languages are required: every visible string exists in English and Japanese. */
function parseLocalized(
  where: string,
  value: unknown,
  max: number,
  problems: string[],
): Localized | undefined {
  if (!isRecord(value)) {
    problems.push(`${where}: must be an object with "en" and "ja" texts`);
    return undefined;
  }
  const before = problems.length;
  for (const key of Object.keys(value)) {
    if (!(HELP_LANGUAGES as readonly string[]).includes(key)) {
      problems.push(`${where}.${key}: unknown language; give "en" and "ja"`);
    }
  }
  for (const lang of HELP_LANGUAGES) {
    const text = value[lang];
    if (typeof text !== 'string' || text.trim() === '' || text.length > max) {
      problems.push(`${where}.${lang}: must be a text of 1 to ${max} characters`);
    }
  }
  return problems.length === before
    ? Object.freeze({ en: value.en as string, ja: value.ja as string })
    : undefined;
}
