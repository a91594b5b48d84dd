import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';
import { DEFAULT_SUBMISSION_LIMITS } from './domain/reporter/submission-limits.js';
import { DEFAULT_SLA_POLICY } from './domain/sla/policy.js';

/** The problem lines of a ConfigError (fails the test when the config loads). */
function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems;
  }
  throw new Error(`expected a ConfigError for ${JSON.stringify(env)}`);
}

const KEY_32 = Buffer.alloc(32, 7).toString('base64');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vulndesk-config-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
let files = 0;

/** Writes a help destinations file (JSON, or text as it is) and answers its path. */
function helpFile(content: unknown): string {
  const file = path.join(tmp, `help-${(files += 1)}.json`);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

describe('loadConfig', () => {
  it('has working defaults for an empty environment', () => {
    expect(loadConfig({})).toEqual({
      port: 8080,
      host: '127.0.0.1',
      dataDir: path.resolve('./data'),
      databaseUrl: undefined,
      publicUrl: 'http://127.0.0.1:8080',
      firstResponseHours: 24,
      maxAttachmentMb: 100,
      reportRateLimit: 10,
      reportRateWindowMinutes: 60,
      trustProxy: false,
      masterKey: undefined,
      logLevel: 'info',
      cookieSecure: false,
      supportEmail: 'support@[127.0.0.1]',
      oncallEmail: 'security@[127.0.0.1]',
      helpDestinations: {},
      slaPolicy: DEFAULT_SLA_POLICY,
      submissionLimits: DEFAULT_SUBMISSION_LIMITS,
    });
  });

  it('treats empty values as unset', () => {
    expect(
      loadConfig({ PORT: '', HOST: '', DATA_DIR: '', LOG_LEVEL: '', TRUST_PROXY: '' }),
    ).toEqual(loadConfig({}));
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '9000',
      HOST: '0.0.0.0',
      DATA_DIR: '/var/lib/vulndesk',
      DATABASE_URL: 'postgresql://vd:secret@db.internal:5432/vulndesk',
      PUBLIC_URL: 'https://security.example.com/',
      FIRST_RESPONSE_HOURS: '48',
      MAX_ATTACHMENT_MB: '250',
      REPORT_RATE_LIMIT: '0',
      REPORT_RATE_WINDOW_MINUTES: '15',
      TRUST_PROXY: 'yes',
      MASTER_KEY: KEY_32,
      LOG_LEVEL: 'warn',
      SUPPORT_EMAIL: 'support@contoso.com',
      ONCALL_EMAIL: 'psirt-oncall@contoso.com',
      HELP_DESTINATIONS_FILE: helpFile({ piracy: { email: 'piracy@contoso.com' } }),
      SLA_POLICY: '{"triageHours":{"critical":12},"fixDays":{"low":120},"atRiskShare":0.2}',
      SUBMISSION_LIMITS: '[{"max":3,"windowHours":0.5},{"max":50,"windowHours":168}]',
    });
    expect(config).toEqual({
      port: 9000,
      host: '0.0.0.0',
      dataDir: '/var/lib/vulndesk',
      databaseUrl: 'postgresql://vd:secret@db.internal:5432/vulndesk',
      publicUrl: 'https://security.example.com',
      firstResponseHours: 48,
      maxAttachmentMb: 250,
      reportRateLimit: 0,
      reportRateWindowMinutes: 15,
      trustProxy: true,
      masterKey: KEY_32,
      logLevel: 'warn',
      // Secure cookies follow an https public URL unless set explicitly.
      cookieSecure: true,
      supportEmail: 'support@contoso.com',
      oncallEmail: 'psirt-oncall@contoso.com',
      helpDestinations: { piracy: { email: 'piracy@contoso.com' } },
      slaPolicy: {
        triageHours: { ...DEFAULT_SLA_POLICY.triageHours, critical: 12 },
        fixDays: { ...DEFAULT_SLA_POLICY.fixDays, low: 120 },
        atRiskShare: 0.2,
      },
      submissionLimits: [
        { max: 3, windowHours: 0.5 },
        { max: 50, windowHours: 168 },
      ],
    });
  });

  it('derives the support and on-call addresses from the host of PUBLIC_URL', () => {
    const config = loadConfig({ PUBLIC_URL: 'https://security.contoso.com:8443/psirt' });
    expect(config.supportEmail).toBe('support@security.contoso.com');
    expect(config.oncallEmail).toBe('security@security.contoso.com');
    expect(loadConfig({ HOST: '::1' }).oncallEmail).toBe('security@[::1]');
  });

  it('reads the help destinations file, relative to the working directory, frozen', () => {
    const file = helpFile({
      'sign-in': { url: 'https://support.contoso.com/sign-in' },
      community: { hidden: true },
      feedback: { text: { en: 'Tell us.', ja: 'お聞かせください。' } },
    });
    const config = loadConfig({ HELP_DESTINATIONS_FILE: path.relative(process.cwd(), file) });
    expect(config.helpDestinations).toEqual({
      'sign-in': { url: 'https://support.contoso.com/sign-in' },
      community: { hidden: true },
      feedback: { text: { en: 'Tell us.', ja: 'お聞かせください。' } },
    });
    expect(Object.isFrozen(config.helpDestinations.feedback?.text)).toBe(true);
  });

  it('resolves a relative DATA_DIR against the working directory', () => {
    expect(loadConfig({ DATA_DIR: 'var/vd' }).dataDir).toBe(path.resolve('var/vd'));
  });

  it('derives PUBLIC_URL from HOST and PORT, with brackets for IPv6', () => {
    expect(loadConfig({ HOST: 'vd.local', PORT: '3000' }).publicUrl).toBe('http://vd.local:3000');
    expect(loadConfig({ HOST: '::1', PORT: '3000' }).publicUrl).toBe('http://[::1]:3000');
  });

  it('accepts the usual spellings of booleans and lets COOKIE_SECURE override the default', () => {
    for (const yes of ['1', 'true', 'TRUE', 'yes', 'Yes']) {
      expect(loadConfig({ TRUST_PROXY: yes }).trustProxy).toBe(true);
    }
    for (const no of ['0', 'false', 'False', 'no', 'NO']) {
      expect(loadConfig({ TRUST_PROXY: no }).trustProxy).toBe(false);
    }
    expect(loadConfig({ PUBLIC_URL: 'https://x.test', COOKIE_SECURE: 'false' }).cookieSecure).toBe(
      false,
    );
    expect(loadConfig({ COOKIE_SECURE: 'true' }).cookieSecure).toBe(true);
  });

  it('accepts the bounds of every integer', () => {
    const low = loadConfig({
      PORT: '0',
      FIRST_RESPONSE_HOURS: '1',
      MAX_ATTACHMENT_MB: '1',
      REPORT_RATE_LIMIT: '0',
      REPORT_RATE_WINDOW_MINUTES: '1',
    });
    expect([low.port, low.firstResponseHours, low.maxAttachmentMb]).toEqual([0, 1, 1]);
    expect([low.reportRateLimit, low.reportRateWindowMinutes]).toEqual([0, 1]);
    const high = loadConfig({
      PORT: '65535',
      FIRST_RESPONSE_HOURS: '720',
      MAX_ATTACHMENT_MB: '10240',
      REPORT_RATE_LIMIT: '1000000',
      REPORT_RATE_WINDOW_MINUTES: '1440',
    });
    expect([high.port, high.firstResponseHours, high.maxAttachmentMb]).toEqual([65535, 720, 10240]);
    expect([high.reportRateLimit, high.reportRateWindowMinutes]).toEqual([1_000_000, 1440]);
  });

  it('returns a frozen object', () => {
    const config = loadConfig({});
    expect(Object.isFrozen(config)).toBe(true);
    expect(() => {
      (config as { port: number }).port = 1;
    }).toThrow(TypeError);
    expect(config.port).toBe(8080);
  });

  describe('rejects', () => {
    const integers: [string, string, string[]][] = [
      ['PORT', '0 to 65535', ['abc', '-1', '65536', '80.5', '1e3', '0x50', '8080abc', ' ']],
      ['FIRST_RESPONSE_HOURS', '1 to 720', ['0', '721', '24h', '1.5']],
      ['MAX_ATTACHMENT_MB', '1 to 10240', ['0', '10241', 'lots']],
      ['REPORT_RATE_LIMIT', '0 to 1000000', ['-5', '1000001', 'off']],
      ['REPORT_RATE_WINDOW_MINUTES', '1 to 1440', ['0', '1441', '60m']],
    ];
    for (const [name, range, values] of integers) {
      it(`${name} that is not an integer from ${range}`, () => {
        for (const value of values) {
          expect(problemsOf({ [name]: value })).toEqual([
            `${name}: must be an integer from ${range}, got ${JSON.stringify(value)}`,
          ]);
        }
      });
    }

    it('booleans that are neither true nor false', () => {
      for (const name of ['TRUST_PROXY', 'COOKIE_SECURE']) {
        for (const value of ['maybe', 'on', '2', 'y']) {
          expect(problemsOf({ [name]: value })).toEqual([
            `${name}: must be true or false, got ${JSON.stringify(value)}`,
          ]);
        }
      }
    });

    it('a DATABASE_URL that is not PostgreSQL, without echoing it (it may hold a password)', () => {
      expect(problemsOf({ DATABASE_URL: 'mysql://root:hunter2@db/vulndesk' })).toEqual([
        'DATABASE_URL: must be a postgres:// URL, got protocol "mysql:"',
      ]);
      const notUrl = problemsOf({ DATABASE_URL: 'host=db password=hunter2' });
      expect(notUrl).toEqual(['DATABASE_URL: is not a valid URL']);
    });

    it('a PUBLIC_URL that is not http(s)', () => {
      expect(problemsOf({ PUBLIC_URL: 'ftp://x' })).toEqual([
        'PUBLIC_URL: must be an http(s) URL, got "ftp://x"',
      ]);
      expect(problemsOf({ PUBLIC_URL: 'security.example.com' })).toEqual([
        'PUBLIC_URL: is not a valid URL, got "security.example.com"',
      ]);
    });

    it('a MASTER_KEY that is not 32 bytes of base64, without echoing it', () => {
      const bad = [
        Buffer.alloc(16, 1).toString('base64'),
        Buffer.alloc(33, 1).toString('base64'),
        'not a key at all',
        // Node's decoder skips characters that are not base64; the key must still be refused.
        `!!!!${KEY_32}`,
        `${KEY_32.slice(0, 20)}*${KEY_32.slice(21)}`,
      ];
      for (const value of bad) {
        const problems = problemsOf({ MASTER_KEY: value });
        expect(problems).toEqual([
          'MASTER_KEY: must be 32 bytes encoded in base64 (openssl rand -base64 32)',
        ]);
      }
      // Without padding it is still 32 bytes.
      expect(loadConfig({ MASTER_KEY: KEY_32.replace(/=$/, '') }).masterKey).toBe(
        KEY_32.replace(/=$/, ''),
      );
    });

    it('an unknown LOG_LEVEL', () => {
      expect(problemsOf({ LOG_LEVEL: 'loud' })).toEqual([
        'LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent, got "loud"',
      ]);
    });

    it('e-mail addresses that could not be mailed to, or would add mail headers', () => {
      for (const name of ['SUPPORT_EMAIL', 'ONCALL_EMAIL']) {
        const local = name === 'SUPPORT_EMAIL' ? 'support' : 'security';
        for (const value of ['security', 'a@b@c', 'psirt@contoso.com?cc=x@evil.test']) {
          expect(problemsOf({ [name]: value })).toEqual([
            `${name}: must be an e-mail address like ${local}@example.com, got ${JSON.stringify(value)}`,
          ]);
        }
      }
    });

    it('a HELP_DESTINATIONS_FILE that is missing, not JSON, or wrong, one line per problem', () => {
      const missing = path.join(tmp, 'missing.json');
      expect(problemsOf({ HELP_DESTINATIONS_FILE: missing })).toEqual([
        `HELP_DESTINATIONS_FILE: cannot read ${JSON.stringify(missing)} (ENOENT)`,
      ]);
      const notJson = helpFile('{ "piracy": \n');
      const [line, ...rest] = problemsOf({ HELP_DESTINATIONS_FILE: notJson });
      expect(rest).toEqual([]);
      expect(line).toMatch(/^HELP_DESTINATIONS_FILE: ".*help-\d+\.json" is not valid JSON: /);
      expect(line).not.toContain('\n');
      const wrong = helpFile({
        'lost-phone': { url: '/x' },
        piracy: { url: 'javascript:alert(1)', colour: 'red' },
        feedback: { title: { en: 'Feedback' } },
      });
      expect(problemsOf({ HELP_DESTINATIONS_FILE: wrong })).toEqual([
        expect.stringMatching(
          /^HELP_DESTINATIONS_FILE: "lost-phone": unknown destination; known: compromised-account, sign-in, /,
        ),
        'HELP_DESTINATIONS_FILE: "piracy".colour: unknown setting; allowed: url, email, title, text, hidden',
        'HELP_DESTINATIONS_FILE: "piracy".url: must be an http(s) URL, not javascript:',
        'HELP_DESTINATIONS_FILE: "feedback".title.ja: must be a text of 1 to 120 characters',
      ]);
    });

    it('an SLA_POLICY that is not JSON or names wrong settings, one line per problem', () => {
      expect(problemsOf({ SLA_POLICY: '{ triage' })).toEqual(['SLA_POLICY: is not valid JSON']);
      expect(
        problemsOf({ SLA_POLICY: '{"triageHours":{"critical":0,"urgent":4},"atRiskShare":2}' }),
      ).toEqual([
        'SLA_POLICY: triageHours.urgent is not one of critical, important, moderate, low, unrated',
        'SLA_POLICY: triageHours.critical must be a number above 0 and at most 87600',
        'SLA_POLICY: atRiskShare must be a number between 0 and 1 (exclusive)',
      ]);
    });

    it('SUBMISSION_LIMITS that are not JSON or not limits, one line per problem', () => {
      expect(problemsOf({ SUBMISSION_LIMITS: '[{max:5}]' })).toEqual([
        'SUBMISSION_LIMITS: is not valid JSON',
      ]);
      expect(
        problemsOf({ SUBMISSION_LIMITS: '[{"max":0,"windowHours":1},{"max":5,"window":24}]' }),
      ).toEqual([
        'SUBMISSION_LIMITS: [0].max must be a whole number from 1 to 100000',
        'SUBMISSION_LIMITS: [1].window is not a limit setting',
        'SUBMISSION_LIMITS: [1].windowHours must be a number above 0 and at most 720',
      ]);
      expect(problemsOf({ SUBMISSION_LIMITS: '{"max":5,"windowHours":1}' })).toEqual([
        'SUBMISSION_LIMITS: (limits) must be a list like [{"max":5,"windowHours":1}]',
      ]);
      // An empty list turns flagging off.
      expect(loadConfig({ SUBMISSION_LIMITS: '[]' }).submissionLimits).toEqual([]);
    });

    it('several bad variables at once, one line each', () => {
      const problems = problemsOf({
        PORT: 'abc',
        FIRST_RESPONSE_HOURS: '0',
        DATABASE_URL: 'mysql://x',
        PUBLIC_URL: 'ftp://x',
        MASTER_KEY: 'short',
        LOG_LEVEL: 'loud',
        TRUST_PROXY: 'maybe',
      });
      expect(problems.map((p) => p.slice(0, p.indexOf(':')))).toEqual([
        'PORT',
        'DATABASE_URL',
        'PUBLIC_URL',
        'FIRST_RESPONSE_HOURS',
        'TRUST_PROXY',
        'MASTER_KEY',
        'LOG_LEVEL',
      ]);
      for (const p of problems) expect(p).not.toContain('\n');
      let thrown: unknown;
      try {
        loadConfig({ PORT: 'abc', LOG_LEVEL: 'loud' });
      } catch (err) {
        thrown = err;
      }
      expect(thrown).toBeInstanceOf(ConfigError);
      expect((thrown as ConfigError).message.split('\n')).toHaveLength(2);
    });

    it('values that would break the one-line-per-variable rule', () => {
      const problems = problemsOf({
        PORT: '80\nconfig error: FAKE: injected',
        LOG_LEVEL: 'x'.repeat(500),
      });
      expect(problems).toHaveLength(2);
      expect(problems[0]).toBe(
        'PORT: must be an integer from 0 to 65535, got "80\\nconfig error: FAKE: injected"',
      );
      for (const p of problems) {
        expect(p).not.toContain('\n');
        expect(p.length).toBeLessThan(200);
      }
    });
  });
});
