/**
 * The only reader of process.env. Every variable is validated at boot; an invalid value stops
 * the process with one line per bad variable (see `ConfigError`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseHelpOverrides, type HelpOverrides } from './domain/help/overrides.js';
import { isMailAddress } from './domain/help/target.js';
import {
  DEFAULT_SUBMISSION_LIMITS,
  parseSubmissionLimits,
  type SubmissionLimit,
} from './domain/reporter/submission-limits.js';
import { DEFAULT_SLA_POLICY, parseSlaPolicy, type SlaPolicy } from './domain/sla/policy.js';

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  /** `postgres://…` switches from the embedded SQLite file to PostgreSQL. */
  readonly databaseUrl: string | undefined;
  readonly publicUrl: string;
  readonly firstResponseHours: number;
  readonly maxAttachmentMb: number;
  /** Anonymous submissions allowed per client address and window; 0 disables the limit. */
  readonly reportRateLimit: number;
  readonly reportRateWindowMinutes: number;
  /** Trust X-Forwarded-For from a reverse proxy (needed for per-client rate limits behind one). */
  readonly trustProxy: boolean;
  /** Base64 32-byte key-encryption key; when unset, a key file in DATA_DIR is created and used. */
  readonly masterKey: string | undefined;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  readonly cookieSecure: boolean;
  /** Where the help page sends people by default (destinations without their own page). */
  readonly supportEmail: string;
  /** Where a reporter's "ask for a response" goes once the first-response time has passed. */
  readonly oncallEmail: string;
  /** The operator's help destinations (`HELP_DESTINATIONS_FILE`); empty: the defaults. */
  readonly helpDestinations: HelpOverrides;
  /** Triage and fix targets per severity and the at-risk share (`SLA_POLICY`, JSON). */
  readonly slaPolicy: SlaPolicy;
  /** Reports per reporter and window above which a report is flagged (`SUBMISSION_LIMITS`). */
  readonly submissionLimits: readonly SubmissionLimit[];
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** 32 bytes in standard base64 (what `openssl rand -base64 32` prints). */
const MASTER_KEY_PATTERN = /^[A-Za-z0-9+/]{43}=?$/;

/**
 * A value quoted for a problem line: escaped (a newline in a value must not start a second line)
 * and shortened. Never used for secrets (DATABASE_URL, MASTER_KEY).
 */
const quote = (raw: string): string =>
  JSON.stringify(raw.length > 80 ? `${raw.slice(0, 80)}…` : raw);

export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];

  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
      problems.push(`${name}: must be an integer from ${min} to ${max}, got ${quote(raw)}`);
      return fallback;
    }
    return n;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (/^(1|true|yes)$/i.test(raw)) return true;
    if (/^(0|false|no)$/i.test(raw)) return false;
    problems.push(`${name}: must be true or false, got ${quote(raw)}`);
    return fallback;
  };

  const port = int('PORT', 8080, 0, 65535);
  const host = env.HOST?.trim() || '127.0.0.1';

  const dataDir = path.resolve(env.DATA_DIR?.trim() || './data');

  let databaseUrl: string | undefined = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl !== undefined) {
    try {
      const u = new URL(databaseUrl);
      if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:') {
        problems.push(`DATABASE_URL: must be a postgres:// URL, got protocol ${quote(u.protocol)}`);
        databaseUrl = undefined;
      }
    } catch {
      problems.push('DATABASE_URL: is not a valid URL');
      databaseUrl = undefined;
    }
  }

  let publicUrl =
    env.PUBLIC_URL?.trim() || `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  try {
    const u = new URL(publicUrl);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') {
      problems.push(`PUBLIC_URL: must be an http(s) URL, got ${quote(publicUrl)}`);
    }
    publicUrl = u.toString().replace(/\/$/, '');
  } catch {
    problems.push(`PUBLIC_URL: is not a valid URL, got ${quote(publicUrl)}`);
  }

  const firstResponseHours = int('FIRST_RESPONSE_HOURS', 24, 1, 24 * 30);
  const maxAttachmentMb = int('MAX_ATTACHMENT_MB', 100, 1, 10_240);
  const reportRateLimit = int('REPORT_RATE_LIMIT', 10, 0, 1_000_000);
  const reportRateWindowMinutes = int('REPORT_RATE_WINDOW_MINUTES', 60, 1, 24 * 60);
  const trustProxy = bool('TRUST_PROXY', false);

  const masterKey = env.MASTER_KEY?.trim() || undefined;
  // Buffer.from(…, 'base64') skips characters that are not base64, so check the text itself.
  if (masterKey !== undefined && !MASTER_KEY_PATTERN.test(masterKey)) {
    problems.push('MASTER_KEY: must be 32 bytes encoded in base64 (openssl rand -base64 32)');
  }

  const rawLevel = env.LOG_LEVEL?.trim() || 'info';
  const logLevel = (LOG_LEVELS as readonly string[]).includes(rawLevel)
    ? (rawLevel as Config['logLevel'])
    : (problems.push(`LOG_LEVEL: must be one of ${LOG_LEVELS.join(', ')}, got ${quote(rawLevel)}`),
      'info');

  const cookieSecure = bool('COOKIE_SECURE', publicUrl.startsWith('https:'));

  const email = (name: string, local: string): string => {
    const raw = env[name]?.trim() || undefined;
    if (raw === undefined) return `${local}@${mailDomainOf(publicUrl)}`;
    if (!isMailAddress(raw)) {
      problems.push(
        `${name}: must be an e-mail address like ${local}@example.com, got ${quote(raw)}`,
      );
    }
    return raw;
  };
  const supportEmail = email('SUPPORT_EMAIL', 'support');
  const oncallEmail = email('ONCALL_EMAIL', 'security');

  const helpFile = env.HELP_DESTINATIONS_FILE?.trim() || undefined;
  const helpDestinations =
    helpFile === undefined
      ? {}
      : readHelpDestinations(path.resolve(helpFile), (p) =>
          problems.push(`HELP_DESTINATIONS_FILE: ${p}`),
        );

  let slaPolicy = DEFAULT_SLA_POLICY;
  const slaText = env.SLA_POLICY?.trim() || undefined;
  if (slaText !== undefined) {
    let json: unknown;
    try {
      json = JSON.parse(slaText);
    } catch {
      problems.push('SLA_POLICY: is not valid JSON');
    }
    if (json !== undefined) {
      const parsed = parseSlaPolicy(json);
      if (parsed.ok) slaPolicy = parsed.policy;
      else for (const e of parsed.error.errors) problems.push(`SLA_POLICY: ${e.path} ${e.message}`);
    }
  }

  let submissionLimits = DEFAULT_SUBMISSION_LIMITS;
  const limitsText = env.SUBMISSION_LIMITS?.trim() || undefined;
  if (limitsText !== undefined) {
    let json: unknown;
    try {
      json = JSON.parse(limitsText);
    } catch {
      problems.push('SUBMISSION_LIMITS: is not valid JSON');
    }
    if (json !== undefined) {
      const parsed = parseSubmissionLimits(json);
      if (parsed.ok) submissionLimits = parsed.limits;
      else {
        for (const e of parsed.error.errors) {
          problems.push(`SUBMISSION_LIMITS: ${e.path} ${e.message}`);
        }
      }
    }
  }

  if (problems.length > 0) throw new ConfigError(problems);

  return Object.freeze({
    port,
    host,
    dataDir,
    databaseUrl,
    publicUrl,
    firstResponseHours,
    maxAttachmentMb,
    reportRateLimit,
    reportRateWindowMinutes,
    trustProxy,
    masterKey,
    logLevel,
    cookieSecure,
    supportEmail,
    oncallEmail,
    helpDestinations,
    slaPolicy,
    submissionLimits,
  });
}

/** The host of PUBLIC_URL as the domain of an address; an IP address becomes a literal. */
function mailDomainOf(publicUrl: string): string {
  let host: string;
  try {
    host = new URL(publicUrl).hostname;
  } catch {
    return 'localhost';
  }
  return /^[0-9.]+$/.test(host) ? `[${host}]` : host;
}

/** Reads and checks the operator's help destinations; each problem becomes one line. */
function readHelpDestinations(file: string, problem: (line: string) => void): HelpOverrides {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    problem(`cannot read ${quote(file)} (${code})`);
    return {};
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    // The parser's message may quote the file; keep it on one line.
    problem(`${quote(file)} is not valid JSON: ${(err as Error).message.replace(/\s+/g, ' ')}`);
    return {};
  }
  const parsed = parseHelpOverrides(json);
  if (!parsed.ok) {
    for (const p of parsed.problems) problem(p);
    return {};
  }
  return deepFreeze(parsed.overrides);
}

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) {
    if (typeof child === 'object' && child !== null) deepFreeze(child as object);
  }
  return Object.freeze(value);
}
