/**
 * The only reader of process.env. Every variable is validated at boot; an invalid value stops
 * the process with one line per bad variable (see `ConfigError`).
 */
import path from 'node:path';

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
  });
}
