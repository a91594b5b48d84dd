import { createHash } from 'node:crypto';
import * as openpgp from 'openpgp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import {
  registerVerifiedResearcher,
  RESEARCHER_PASSWORD,
} from '../../../../test/helpers/researchers.js';
import {
  HIGH_QUALITY_REPORT,
  MINIMAL_REPORT,
  buildReport,
  without,
} from '../../../../test/helpers/factories.js';
import type { AccountRole } from '../../../policies/actor.js';

interface FieldError {
  path: string;
  message: string;
  rule?: string;
  limit?: number;
}

interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors: FieldError[];
  instance?: string;
}

interface Quality {
  tier: string;
  missing: string[];
}

interface CreatedBody {
  id: string;
  status: string;
  trackingToken: string;
  receivedAt: string;
  firstResponseDueAt: string;
  quality: Quality;
  links: { self: string };
}

interface DetailBody {
  id: string;
  status: string;
  receivedAt: string;
  firstResponseDueAt: string;
  quality: Quality;
  cvss: { vector: string; score: number; severity: string } | null;
  report: Record<string, unknown>;
  attachments: unknown[];
  timeline: { at: string; kind: string; actor: string; data: Record<string, unknown> }[];
}

type Body = Record<string, unknown>;

const REPORTS = '/api/v1/reports';
const ASSESS = '/api/v1/reports/assess';
const HOUR = 3_600_000;

/** The FakeClock starts at 2026-03-02; a key made "now" would be from the future for it. */
const KEY_DATE = new Date('2026-01-05T00:00:00.000Z');

let publicKey: string;
let privateKey: string;

beforeAll(async () => {
  const pair = await openpgp.generateKey({
    type: 'ecc',
    curve: 'curve25519Legacy',
    userIDs: [{ name: 'Aiko Tanaka', email: 'aiko@example.org' }],
    date: KEY_DATE,
    format: 'armored',
  });
  publicKey = pair.publicKey;
  privateKey = pair.privateKey;
});

function postJson(
  app: TestApp,
  body: unknown,
  headers: Record<string, string> = {},
  url = REPORTS,
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url,
    payload: JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...headers },
  });
}

function getReport(
  app: TestApp,
  id: string,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'GET', url: `${REPORTS}/${encodeURIComponent(id)}`, headers });
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

function problem(res: LightMyRequestResponse, status: number, code: string): ProblemBody {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  const body = res.json<ProblemBody>();
  expect(body).toMatchObject({ status, code, type: `urn:vulndesk:problem:${code}` });
  return body;
}

function created(res: LightMyRequestResponse): CreatedBody {
  expect(res.statusCode, res.body).toBe(201);
  return res.json<CreatedBody>();
}

const paths = (body: ProblemBody): string[] => body.errors.map((e) => e.path);
const rules = (body: ProblemBody): (string | undefined)[] => body.errors.map((e) => e.rule);

async function countRows(app: TestApp): Promise<Record<string, number>> {
  const db = app.testDb.db.kysely;
  const count = async (table: 'reports' | 'attachments' | 'timeline' | 'outbox' | 'yearCounters') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    reports: await count('reports'),
    attachments: await count('attachments'),
    timeline: await count('timeline'),
    outbox: await count('outbox'),
    yearCounters: await count('yearCounters'),
  };
}

/** A verified researcher account with an API token, made through the services. */
async function accountToken(app: TestApp, email: string): Promise<string> {
  const { accounts } = app.services;
  await registerVerifiedResearcher(app, email, RESEARCHER_PASSWORD);
  const session = await accounts.signIn({ email, password: RESEARCHER_PASSWORD });
  const issued = await accounts.createApiToken(
    {
      kind: 'account',
      accountId: session.account.id,
      email: session.account.email,
      role: session.account.role satisfies AccountRole,
      via: 'session',
    },
    'reports test',
  );
  return issued.token;
}

/** The 404 body without the request path, which differs by URL. */
function withoutInstance(body: ProblemBody): Omit<ProblemBody, 'instance'> {
  const rest: Partial<ProblemBody> = { ...body };
  delete rest.instance;
  return rest as Omit<ProblemBody, 'instance'>;
}

describe('POST /api/v1/reports', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  describe('authentication', () => {
    it.each([
      ['an unknown tracking token', 'Bearer vdt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
      ['an unknown API token', 'Bearer vdp_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
      ['a token of no known kind', 'Bearer not-a-token'],
      ['a malformed Authorization header', 'Basic dXNlcjpwYXNzd29yZA=='],
    ])('answers 401 to %s and stores nothing', async (_name, authorization) => {
      const res = await postJson(app, HIGH_QUALITY_REPORT, { authorization });
      const body = problem(res, 401, 'unauthorized');
      expect(body.errors).toEqual([]);
      expect(body.instance).toBe(REPORTS);
      expect((await countRows(app)).reports).toBe(0);
    });

    it('answers 401 to an unknown session cookie', async () => {
      const res = await postJson(app, HIGH_QUALITY_REPORT, {
        cookie: 'vd_session=vds_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      });
      problem(res, 401, 'unauthorized');
      expect((await countRows(app)).reports).toBe(0);
    });

    it('checks the credentials before the body', async () => {
      const res = await postJson(app, { title: 1 }, bearer('vdt_unknown'));
      problem(res, 401, 'unauthorized');
    });

    it('does not let a tracking token submit a report', async () => {
      const first = created(await postJson(app, HIGH_QUALITY_REPORT));
      const before = await countRows(app);
      const res = await postJson(app, MINIMAL_REPORT, bearer(first.trackingToken));
      problem(res, 403, 'forbidden');
      expect(await countRows(app)).toEqual(before);
    });
  });

  describe('bad input', () => {
    it.each([
      ['title', 'title'],
      ['reproductionSteps', 'reproductionSteps'],
      ['impact', 'impact'],
      ['impact.description', 'impact.description'],
      ['reporter', 'reporter'],
      ['reporter.email', 'reporter.email'],
    ])('answers 400 naming %s when it is missing', async (field, path) => {
      const res = await postJson(app, without(buildReport(), field));
      const body = problem(res, 400, 'validation-failed');
      expect(body.errors).toEqual([{ path, message: 'is required', rule: 'required' }]);
      expect(body.instance).toBe(REPORTS);
    });

    it('names every missing required field at once', async () => {
      const res = await postJson(app, { language: 'en' });
      const body = problem(res, 400, 'validation-failed');
      expect(paths(body).sort()).toEqual(['impact', 'reporter', 'reproductionSteps', 'title']);
    });

    it.each<[string, Body, string]>([
      ['title as a number', { title: 42 }, 'title'],
      ['issueType as a string', { issueType: 'CWE-79' }, 'issueType'],
      ['issueType.cwe as a number', { issueType: { cwe: 79 } }, 'issueType.cwe'],
      [
        'issueType.description as a number',
        { issueType: { description: 5 } },
        'issueType.description',
      ],
      ['affected as a string', { affected: 'Contoso Viewer' }, 'affected'],
      ['affected.product as a number', { affected: { product: 1 } }, 'affected.product'],
      ['affected.version as a number', { affected: { version: 4.2 } }, 'affected.version'],
      ['affected.url that is no URL', { affected: { url: 'not a url' } }, 'affected.url'],
      [
        'affected.url that is not http(s)',
        { affected: { url: 'ftp://example.com/x' } },
        'affected.url',
      ],
      ['updatesInstalled as a boolean', { updatesInstalled: true }, 'updatesInstalled'],
      ['configuration as an array', { configuration: ['default'] }, 'configuration'],
      ['reproductionSteps as a number', { reproductionSteps: 3 }, 'reproductionSteps'],
      ['reproductionSteps as an empty array', { reproductionSteps: [] }, 'reproductionSteps'],
      [
        'reproductionSteps with an empty step',
        { reproductionSteps: ['Open it.', ''] },
        'reproductionSteps[1]',
      ],
      [
        'reproductionSteps with a blank step',
        { reproductionSteps: ['Open it.', ' '] },
        'reproductionSteps[1]',
      ],
      [
        'reproductionSteps with a number step',
        { reproductionSteps: ['Open it.', 2] },
        'reproductionSteps[1]',
      ],
      ['reproductionSteps as blank text', { reproductionSteps: '  \n ' }, 'reproductionSteps'],
      ['proofOfConcept as an object', { proofOfConcept: { code: 'x' } }, 'proofOfConcept'],
      ['impact as a string', { impact: 'bad' }, 'impact'],
      ['impact.type not in the list', { impact: { type: 'rce' } }, 'impact.type'],
      ['impact.description as null', { impact: { description: null } }, 'impact.description'],
      ['impact.description empty', { impact: { description: '' } }, 'impact.description'],
      ['analysis as a number', { analysis: 1 }, 'analysis'],
      ['cvss as an object', { cvss: {} }, 'cvss'],
      ['reporter as a string', { reporter: 'aiko@example.org' }, 'reporter'],
      ['reporter.name as a number', { reporter: { name: 1 } }, 'reporter.name'],
      ['reporter.email as a number', { reporter: { email: 1 } }, 'reporter.email'],
      ['reporter.pgpKey as a number', { reporter: { pgpKey: 1 } }, 'reporter.pgpKey'],
      ['reporter.credit not in the list', { reporter: { credit: 'full' } }, 'reporter.credit'],
      ['reporter.handle as an array', { reporter: { handle: ['x'] } }, 'reporter.handle'],
      [
        'reporter.affiliation as a number',
        { reporter: { affiliation: 1 } },
        'reporter.affiliation',
      ],
      ['disclosure as a string', { disclosure: 'soon' }, 'disclosure'],
      [
        'disclosure.plannedDate in another format',
        { disclosure: { plannedDate: '2026/06/01' } },
        'disclosure.plannedDate',
      ],
      ['disclosure.notes as a number', { disclosure: { notes: 1 } }, 'disclosure.notes'],
      ['language not in the list', { language: 'de' }, 'language'],
    ])('answers 400 to %s, naming only that field', async (_name, override, path) => {
      const res = await postJson(app, buildReport(override));
      const body = problem(res, 400, 'validation-failed');
      expect(paths(body)).toEqual([path]);
    });

    it('calls a field with a list of values and the wrong JSON type a type error', async () => {
      const wrongType = buildReport({ impact: { type: 7 }, reporter: { credit: false } });
      const body = problem(
        await postJson(app, { ...wrongType, language: ['en'] }),
        400,
        'validation-failed',
      );
      expect(body.errors).toEqual([
        { path: 'impact.type', message: 'must be string', rule: 'type' },
        { path: 'reporter.credit', message: 'must be string', rule: 'type' },
        { path: 'language', message: 'must be string', rule: 'type' },
      ]);
      const outside = problem(
        await postJson(app, buildReport({ language: 'de' })),
        400,
        'validation-failed',
      );
      expect(rules(outside)).toEqual(['not-allowed']);
    });

    it.each([
      ['4 characters', 'abcd'],
      ['201 characters', 'x'.repeat(201)],
    ])('answers 400 to a title of %s', async (_name, title) => {
      const body = problem(await postJson(app, buildReport({ title })), 400, 'validation-failed');
      expect(paths(body)).toEqual(['title']);
    });

    it('names every invalid field at once', async () => {
      const res = await postJson(
        app,
        buildReport({ title: 'abc', reporter: { email: 'nope' }, cvss: 'garbage' }),
      );
      const body = problem(res, 400, 'validation-failed');
      expect(paths(body).sort()).toEqual(['reporter.email', 'title']);
    });

    it.each<[string, Body, string]>([
      ['a top-level field', { severity: 'critical' }, 'severity'],
      ['a field in reporter', { reporter: { phone: '+81 3 1234 5678' } }, 'reporter.phone'],
      ['a field in impact', { impact: { score: 9.8 } }, 'impact.score'],
      ['a field in issueType', { issueType: { name: 'XSS' } }, 'issueType.name'],
      ['a field in affected', { affected: { platform: 'Windows' } }, 'affected.platform'],
      ['a field in disclosure', { disclosure: { embargo: true } }, 'disclosure.embargo'],
    ])('answers 400 unknown-field to %s', async (_name, override, path) => {
      const body = problem(await postJson(app, buildReport(override)), 400, 'unknown-field');
      expect(body.errors).toEqual([
        { path, message: 'is not a known field', rule: 'unknown-field' },
      ]);
    });

    it('answers validation-failed when an unknown field comes with an invalid one', async () => {
      const body = problem(
        await postJson(app, buildReport({ severity: 'critical', title: 7 })),
        400,
        'validation-failed',
      );
      expect(paths(body).sort()).toEqual(['severity', 'title']);
    });

    it.each([
      ['too many digits for a CWE id', 'CWE-99999999'],
      ['lower case', 'cwe-79'],
      ['no prefix', '79'],
      ['a leading zero', 'CWE-079'],
      ['not in the catalogue', 'CWE-99999'],
    ])('answers 400 naming issueType.cwe for a CWE id with %s', async (_name, cwe) => {
      const body = problem(
        await postJson(app, buildReport({ issueType: { cwe, description: 'x' } })),
        400,
        'validation-failed',
      );
      expect(paths(body)).toEqual(['issueType.cwe']);
    });

    it('says that a well-formed CWE id is not in the catalogue', async () => {
      const body = problem(
        await postJson(app, buildReport({ issueType: { cwe: 'CWE-99999' } })),
        400,
        'validation-failed',
      );
      expect(body.errors).toEqual([
        {
          path: 'issueType.cwe',
          message: 'CWE-99999 is not in the CWE catalogue',
          rule: 'unknown-cwe',
        },
      ]);
    });

    it.each<[string, Body]>([
      ['empty', {}],
      ['blank description only', { description: '   ' }],
    ])('answers 400 naming issueType when issueType is %s', async (_name, issueType) => {
      const report = buildReport();
      report.issueType = issueType;
      const body = problem(await postJson(app, report), 400, 'validation-failed');
      expect(paths(body)).toEqual(['issueType']);
    });

    it.each([
      ['a CVSS 2.0 vector', 'AV:N/AC:L/Au:N/C:P/I:P/A:P'],
      ['a CVSS 2.0 vector with a prefix', 'CVSS:2.0/AV:N/AC:L/Au:N/C:P/I:P/A:P'],
      ['a 3.1 vector without A', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H'],
      ['a 4.0 vector without SA', 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N'],
      ['an unknown metric', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/ZZ:X'],
      ['an unknown value', 'CVSS:3.1/AV:Q/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'],
      ['garbage', 'garbage'],
      ['an empty string', ''],
    ])('answers 400 naming cvss for %s', async (_name, cvss) => {
      const body = problem(await postJson(app, buildReport({ cvss })), 400, 'validation-failed');
      expect(paths(body)).toEqual(['cvss']);
      expect(rules(body)).toEqual(['invalid-cvss']);
    });

    it.each<[string, () => string, string]>([
      ['garbage', () => 'not a key at all', 'pgp-key-unreadable'],
      // A private key's armor is not a public key block.
      ['a private key', () => privateKey, 'pgp-key-unreadable'],
      [
        'truncated armor',
        () => publicKey.slice(0, Math.floor(publicKey.length / 2)),
        'pgp-key-unreadable',
      ],
      [
        'armor with a damaged body',
        () => publicKey.replace(/\n([A-Za-z0-9+/]{20})/, '\n!!!!!!!!!!!!!!!!!!!!'),
        'pgp-key-unreadable',
      ],
    ])('answers 400 naming reporter.pgpKey for %s', async (_name, key, rule) => {
      const res = await postJson(app, buildReport({ reporter: { pgpKey: key() } }));
      const body = problem(res, 400, 'validation-failed');
      expect(paths(body)).toEqual(['reporter.pgpKey']);
      expect(rules(body)).toEqual([rule]);
    });

    it('tells a researcher who pasted a private key to send the public one', async () => {
      const body = problem(
        await postJson(app, buildReport({ reporter: { pgpKey: privateKey } })),
        400,
        'validation-failed',
      );
      expect(body.errors[0]?.message).toMatch(/public key/);
      expect(body.detail).not.toContain('PRIVATE KEY');
    });

    it.each(['not-an-email', 'aiko@', '@example.org', 'aiko example.org', ''])(
      'answers 400 naming reporter.email for %j',
      async (email) => {
        const body = problem(
          await postJson(app, buildReport({ reporter: { email } })),
          400,
          'validation-failed',
        );
        expect(paths(body)).toEqual(['reporter.email']);
        expect(rules(body)).toEqual(['invalid-email']);
      },
    );

    it.each(['2026-02-30', '2026-13-01', '2025-02-29', '2026-00-10'])(
      'answers 400 naming disclosure.plannedDate for %s',
      async (plannedDate) => {
        const body = problem(
          await postJson(app, buildReport({ disclosure: { plannedDate } })),
          400,
          'validation-failed',
        );
        expect(body.errors).toEqual([
          {
            path: 'disclosure.plannedDate',
            message: 'must be a real date YYYY-MM-DD',
            rule: 'invalid-date',
          },
        ]);
      },
    );

    it('answers 400 naming reporter.handle for credit by handle without a handle', async () => {
      const report = buildReport({ reporter: { credit: 'handle' } });
      const body = problem(await postJson(app, report), 400, 'validation-failed');
      expect(body.errors).toEqual([
        { path: 'reporter.handle', message: 'is needed to credit you by handle', rule: 'required' },
      ]);
    });

    it('answers 400 naming reporter.name for credit by name without a name', async () => {
      const report = without(buildReport(), 'reporter.name');
      const body = problem(await postJson(app, report), 400, 'validation-failed');
      expect(paths(body)).toEqual(['reporter.name']);
    });

    it('answers 400 naming affected.product for a version without a product', async () => {
      const report = buildReport();
      report.affected = { version: '4.2.1' };
      const body = problem(await postJson(app, report), 400, 'validation-failed');
      expect(paths(body).sort()).toEqual(['affected', 'affected.product']);
    });

    it.each([
      ['malformed JSON', '{"title": '],
      ['an empty body', ''],
    ])('answers 400 to %s', async (_name, payload) => {
      const res = await app.inject({
        method: 'POST',
        url: REPORTS,
        payload,
        headers: { 'content-type': 'application/json' },
      });
      const body = problem(res, 400, 'validation-failed');
      expect(body.errors).toEqual([
        { path: '(body)', message: 'is not valid JSON', rule: 'format' },
      ]);
    });

    it.each(['null', '[]', '"a report"', '42'])(
      'answers 400 to the JSON value %s instead of an object',
      async (payload) => {
        const res = await app.inject({
          method: 'POST',
          url: REPORTS,
          payload,
          headers: { 'content-type': 'application/json' },
        });
        const body = problem(res, 400, 'validation-failed');
        expect(paths(body)).toEqual(['(body)']);
      },
    );

    it('answers 400 to a request without a body', async () => {
      const res = await app.inject({ method: 'POST', url: REPORTS });
      const body = problem(res, 400, 'validation-failed');
      expect(paths(body)).toEqual(['(body)']);
    });

    it.each([
      ['text/plain', 'title=XSS'],
      ['application/x-www-form-urlencoded', 'title=XSS'],
      ['application/xml', '<report/>'],
    ])('answers 415 to %s', async (contentType, payload) => {
      const res = await app.inject({
        method: 'POST',
        url: REPORTS,
        payload,
        headers: { 'content-type': contentType },
      });
      const body = problem(res, 415, 'unsupported-media-type');
      expect(paths(body)).toEqual(['(content-type)']);
    });

    it('answers 413 to a JSON body over 1 MiB, before validating it', async () => {
      const report = buildReport({ proofOfConcept: 'A'.repeat(1_048_576) });
      const body = problem(await postJson(app, report), 413, 'payload-too-large');
      expect(paths(body)).toEqual(['(body)']);
    });

    it('stored nothing for any of the bad requests above', async () => {
      // Only the report of the tracking-token case exists.
      expect(await countRows(app)).toMatchObject({ reports: 1, timeline: 1, outbox: 1 });
    });
  });

  describe('happy path', () => {
    let fresh: TestApp;
    beforeAll(async () => {
      fresh = await buildTestApp();
    });
    afterAll(async () => {
      await fresh.close();
    });

    it('accepts a full report: 201 with id, token, times, tier high and a link', async () => {
      fresh.clock.set(new Date('2026-04-10T13:14:15.678Z'));
      const full = buildReport({ reporter: { pgpKey: publicKey, handle: 'aiko_t' } });
      const res = await postJson(fresh, full);
      const body = created(res);
      expect(body).toEqual({
        id: 'VD-2026-00001',
        status: 'new',
        trackingToken: expect.stringMatching(/^vdt_[A-Za-z0-9_-]{43}$/) as string,
        receivedAt: '2026-04-10T13:14:15.678Z',
        firstResponseDueAt: '2026-04-11T13:14:15.678Z',
        quality: { tier: 'high', missing: [] },
        links: { self: 'https://vulndesk.test/api/v1/reports/VD-2026-00001' },
      });
      expect(Date.parse(body.firstResponseDueAt) - Date.parse(body.receivedAt)).toBe(24 * HOUR);
      expect(res.headers.location).toBe(body.links.self);
      expect(res.headers['cache-control']).toBe('no-store');
    });

    it('stores the report, a received entry and the acknowledgment, but not the token', async () => {
      fresh.clock.set(new Date('2026-04-11T08:00:00.000Z'));
      const body = created(await postJson(fresh, MINIMAL_REPORT));
      expect(body.id).toBe('VD-2026-00002');
      const db = fresh.testDb.db.kysely;

      const row = await db
        .selectFrom('reports')
        .selectAll()
        .where('ref', '=', body.id)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({
        status: 'new',
        title: MINIMAL_REPORT.title,
        qualityTier: 'insufficient',
        language: 'en',
        reporterEmail: 'someone@example.net',
        accountId: null,
        receivedAt: '2026-04-11T08:00:00.000Z',
        firstResponseDueAt: '2026-04-12T08:00:00.000Z',
        cvssVector: null,
      });
      const secret = body.trackingToken.slice('vdt_'.length);
      expect(row.trackingTokenHash).toBe(
        createHash('sha256').update(body.trackingToken, 'utf8').digest('hex'),
      );

      const timeline = await db
        .selectFrom('timeline')
        .selectAll()
        .where('reportId', '=', row.id)
        .execute();
      expect(timeline.map((t) => ({ ...t, data: JSON.parse(t.data) as unknown }))).toEqual([
        {
          id: expect.any(String) as string,
          reportId: row.id,
          at: '2026-04-11T08:00:00.000Z',
          kind: 'received',
          actor: 'reporter',
          actorId: null,
          data: { attachments: 0, qualityTier: 'insufficient' },
        },
      ]);

      const outbox = await db
        .selectFrom('outbox')
        .selectAll()
        .where('kind', '=', 'mail.report-acknowledgment')
        .execute();
      const ack = outbox.find((o) => o.payload.includes(body.id));
      expect(ack).toBeDefined();
      expect(ack).toMatchObject({
        createdAt: '2026-04-11T08:00:00.000Z',
        availableAt: '2026-04-11T08:00:00.000Z',
        deliveredAt: null,
        attempts: 0,
      });
      expect(JSON.parse(ack?.payload ?? '{}')).toEqual({
        to: 'someone@example.net',
        language: 'en',
        reportRef: 'VD-2026-00002',
        receivedAt: '2026-04-11T08:00:00.000Z',
        firstResponseDueAt: '2026-04-12T08:00:00.000Z',
        trackUrl: 'https://vulndesk.test/track?id=VD-2026-00002',
        encryptTo: false,
      });

      // The token is nowhere in the database, in clear.
      const everything = JSON.stringify({
        reports: await db.selectFrom('reports').selectAll().execute(),
        timeline: await db.selectFrom('timeline').selectAll().execute(),
        outbox: await db.selectFrom('outbox').selectAll().execute(),
      });
      expect(everything).not.toContain(secret);
    });

    it('acknowledges the full report with encryption to the given key', async () => {
      const ack = await fresh.testDb.db.kysely
        .selectFrom('outbox')
        .select('payload')
        .where('kind', '=', 'mail.report-acknowledgment')
        .execute();
      const first = ack
        .map((a) => JSON.parse(a.payload) as { reportRef: string; encryptTo: boolean; to: string })
        .find((p) => p.reportRef === 'VD-2026-00001');
      expect(first).toMatchObject({ to: 'aiko@example.org', encryptTo: true });
    });

    it('numbers reports in sequence within a year and starts again in the next', async () => {
      fresh.clock.set(new Date('2026-12-31T23:59:59.999Z'));
      expect(created(await postJson(fresh, MINIMAL_REPORT)).id).toBe('VD-2026-00003');
      fresh.clock.set(new Date('2027-01-01T00:00:00.000Z'));
      expect(created(await postJson(fresh, MINIMAL_REPORT)).id).toBe('VD-2027-00001');
      expect(created(await postJson(fresh, MINIMAL_REPORT)).id).toBe('VD-2027-00002');
    });

    it('rates a minimal report insufficient and lists exactly what is missing', async () => {
      const body = created(await postJson(fresh, MINIMAL_REPORT));
      expect(body.quality).toEqual({
        tier: 'insufficient',
        missing: [
          'issueType',
          'affected.product',
          'affected.version',
          'updatesInstalled',
          'configuration',
          'proofOfConcept',
          'impact.type',
        ],
      });
    });

    it.each<[string, Body, Quality]>([
      [
        'without analysis',
        without(buildReport(), 'analysis'),
        { tier: 'medium', missing: ['analysis'] },
      ],
      [
        'without CVSS and analysis',
        without(without(buildReport(), 'analysis'), 'cvss'),
        { tier: 'low', missing: ['cvss'] },
      ],
    ])('rates a report %s', async (_name, report, quality) => {
      expect(created(await postJson(fresh, report)).quality).toEqual(quality);
    });

    it('accepts titles of exactly 5 and 200 characters and steps as one text', async () => {
      for (const title of ['XSS!!', 'T'.repeat(200)]) {
        const res = await postJson(fresh, buildReport({ title, reproductionSteps: '1. a\n2. b' }));
        expect(created(res).status).toBe('new');
      }
    });

    it('returns the report as sent to the holder of its tracking token', async () => {
      fresh.clock.set(new Date('2027-02-01T10:00:00.000Z'));
      const sent = buildReport({ reporter: { pgpKey: publicKey, handle: 'aiko_t' } });
      const body = created(await postJson(fresh, sent));
      fresh.clock.advance(5 * HOUR);

      const res = await getReport(fresh, body.id, bearer(body.trackingToken));
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.json<DetailBody>()).toEqual({
        id: body.id,
        status: 'new',
        researcherStatus: 'received',
        outcome: null,
        receivedAt: '2027-02-01T10:00:00.000Z',
        firstResponseDueAt: '2027-02-02T10:00:00.000Z',
        quality: { tier: 'high', missing: [] },
        cvss: {
          vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H',
          score: 8.8,
          severity: 'high',
        },
        report: sent,
        attachments: [],
        timeline: [
          {
            at: '2027-02-01T10:00:00.000Z',
            kind: 'received',
            actor: 'reporter',
            data: { attachments: 0, qualityTier: 'high' },
          },
        ],
      });
    });

    it('returns a minimal report with the default language filled in', async () => {
      const body = created(await postJson(fresh, MINIMAL_REPORT));
      const res = await getReport(fresh, body.id, bearer(body.trackingToken));
      const detail = res.json<DetailBody>();
      expect(detail.report).toEqual({ ...MINIMAL_REPORT, language: 'en' });
      expect(detail.cvss).toBeNull();
      expect(detail.quality.tier).toBe('insufficient');
    });

    it('keeps Japanese text intact', async () => {
      const sent = buildReport({
        title: '検索画面におけるクロスサイトスクリプティング',
        reproductionSteps: '手順1 検索欄に入力する\n手順2 結果を表示する\n手順3 スクリプトが動く',
        language: 'ja',
      });
      const body = created(await postJson(fresh, sent));
      const detail = (
        await getReport(fresh, body.id, bearer(body.trackingToken))
      ).json<DetailBody>();
      expect(detail.report).toEqual(sent);
      expect(detail.quality).toEqual({ tier: 'high', missing: [] });
    });

    it('lets a signed-in researcher submit and read the report with an API token', async () => {
      const token = await accountToken(fresh, 'researcher@example.org');
      const body = created(await postJson(fresh, MINIMAL_REPORT, bearer(token)));
      const row = await fresh.testDb.db.kysely
        .selectFrom('reports')
        .select('accountId')
        .where('ref', '=', body.id)
        .executeTakeFirstOrThrow();
      expect(row.accountId).not.toBeNull();

      const res = await getReport(fresh, body.id, bearer(token));
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json<DetailBody>().id).toBe(body.id);
    });
  });

  describe('concurrent submissions', () => {
    it('commits them in groups: every report stored once with its own reference, token and acknowledgment', async () => {
      const busy = await buildTestApp();
      try {
        const n = 25;
        const bodies = Array.from({ length: n }, (_, i) =>
          buildReport({
            title: `Concurrent report number ${i}`,
            reporter: { email: `r${i}@example.org` },
          }),
        );
        const answers = (await Promise.all(bodies.map((b) => postJson(busy, b)))).map(created);
        const ids = answers.map((a) => a.id).sort();
        expect(ids).toEqual(
          Array.from({ length: n }, (_, i) => `VD-2026-${String(i + 1).padStart(5, '0')}`),
        );
        // Fewer transactions than reports: requests that arrived together were committed together.
        expect(busy.services.reports.intakeTransactions).toBeLessThan(n);

        const outbox = await busy.testDb.db.kysely
          .selectFrom('outbox')
          .select('payload')
          .where('kind', '=', 'mail.report-acknowledgment')
          .execute();
        const acks = new Map(
          outbox.map((o) => {
            const p = JSON.parse(o.payload) as { reportRef: string; to: string };
            return [p.reportRef, p.to];
          }),
        );
        for (const [i, answer] of answers.entries()) {
          const res = await getReport(busy, answer.id, bearer(answer.trackingToken));
          expect(res.statusCode).toBe(200);
          const detail = res.json<DetailBody>();
          expect(detail.report.title).toBe(`Concurrent report number ${i}`);
          expect(acks.get(answer.id)).toBe(`r${i}@example.org`);
        }
        expect(await countRows(busy)).toMatchObject({ reports: n, timeline: n, outbox: n });

        // Each reporter's record counts the submission; the queue key is the first response.
        const db = busy.testDb.db.kysely;
        const reporters = await db.selectFrom('reporters').selectAll().orderBy('key').execute();
        expect(reporters).toHaveLength(n);
        expect(reporters.every((r) => r.submitted === 1 && r.valid === 0)).toBe(true);
        const again = created(await postJson(busy, bodies[3]));
        const row = await db
          .selectFrom('reports')
          .selectAll()
          .where('ref', '=', again.id)
          .executeTakeFirstOrThrow();
        expect(row).toMatchObject({
          reporterKey: 'r3@example.org',
          nextDueAt: again.firstResponseDueAt,
          nextAtRiskAt: '2026-03-03T03:00:00.000Z', // 18 of the 24 hours: a quarter left
        });
        expect(row.searchText).toContain('concurrent report number 3');
        expect(
          await db
            .selectFrom('reporters')
            .select('submitted')
            .where('key', '=', 'r3@example.org')
            .executeTakeFirstOrThrow(),
        ).toEqual({ submitted: 2 });
      } finally {
        await busy.close();
      }
    });
  });

  describe('FIRST_RESPONSE_HOURS', () => {
    it('sets the first-response deadline from the configuration', async () => {
      const app48 = await buildTestApp({ FIRST_RESPONSE_HOURS: '48' });
      try {
        const body = created(await postJson(app48, MINIMAL_REPORT));
        expect(body.receivedAt).toBe('2026-03-02T09:00:00.000Z');
        expect(body.firstResponseDueAt).toBe('2026-03-04T09:00:00.000Z');
        const res = await getReport(app48, body.id, bearer(body.trackingToken));
        expect(res.json<DetailBody>().firstResponseDueAt).toBe('2026-03-04T09:00:00.000Z');
      } finally {
        await app48.close();
      }
    });
  });

  describe('rate limit for anonymous submissions', () => {
    let limited: TestApp;
    beforeAll(async () => {
      limited = await buildTestApp({ REPORT_RATE_LIMIT: '3', REPORT_RATE_WINDOW_MINUTES: '5' });
    });
    afterAll(async () => {
      await limited.close();
    });

    const from = (remoteAddress: string, headers: Record<string, string> = {}) =>
      limited.inject({
        method: 'POST',
        url: REPORTS,
        payload: JSON.stringify(MINIMAL_REPORT),
        headers: { 'content-type': 'application/json', ...headers },
        remoteAddress,
      });

    it('answers 429 with Retry-After after REPORT_RATE_LIMIT submissions from one address', async () => {
      for (let i = 0; i < 3; i += 1) expect((await from('192.0.2.10')).statusCode).toBe(201);
      const res = await from('192.0.2.10');
      const body = problem(res, 429, 'rate-limited');
      expect(body.instance).toBe(REPORTS);
      const retryAfter = Number(res.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(5 * 60);
      expect((await countRows(limited)).reports).toBe(3);
    });

    it('counts each address on its own', async () => {
      expect((await from('192.0.2.11')).statusCode).toBe(201);
    });

    it('does not limit a signed-in researcher by address', async () => {
      const token = await accountToken(limited, 'busy@example.org');
      expect((await from('192.0.2.10', bearer(token))).statusCode).toBe(201);
    });
  });
});

describe('GET /api/v1/reports/{id}', () => {
  let app: TestApp;
  let a: CreatedBody;
  let b: CreatedBody;
  let notFoundBody: Omit<ProblemBody, 'instance'>;

  beforeAll(async () => {
    app = await buildTestApp();
    a = created(await postJson(app, HIGH_QUALITY_REPORT));
    b = created(await postJson(app, MINIMAL_REPORT));
    const res = await getReport(app, 'VD-2026-09999', bearer(a.trackingToken));
    notFoundBody = withoutInstance(problem(res, 404, 'not-found'));
  });
  afterAll(async () => {
    await app.close();
  });

  describe('authentication', () => {
    it('answers 404 to a caller without credentials, as for a report that does not exist', async () => {
      const res = await getReport(app, a.id);
      const body = problem(res, 404, 'not-found');
      expect(withoutInstance(body)).toEqual(notFoundBody);
      expect(body.instance).toBe(`${REPORTS}/${a.id}`);
      expect(res.body).not.toContain(HIGH_QUALITY_REPORT.title);
    });

    it('answers the same 404 to the tracking token of another report', async () => {
      const res = await getReport(app, b.id, bearer(a.trackingToken));
      expect(withoutInstance(problem(res, 404, 'not-found'))).toEqual(notFoundBody);
      expect(res.body).not.toContain(MINIMAL_REPORT.title);
    });

    it('answers the same 404 to an unknown or malformed token', async () => {
      for (const authorization of [
        'Bearer vdt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
        'Bearer garbage',
        'Basic dXNlcjpwYXNzd29yZA==',
      ]) {
        const res = await getReport(app, a.id, { authorization });
        expect(withoutInstance(problem(res, 404, 'not-found'))).toEqual(notFoundBody);
      }
    });

    it("answers the same 404 to another account's API token", async () => {
      const token = await accountToken(app, 'stranger@example.org');
      const res = await getReport(app, a.id, bearer(token));
      expect(withoutInstance(problem(res, 404, 'not-found'))).toEqual(notFoundBody);
    });

    it('answers the same 404 for a report that does not exist, with no credentials', async () => {
      const res = await getReport(app, 'VD-2026-09999');
      expect(withoutInstance(problem(res, 404, 'not-found'))).toEqual(notFoundBody);
    });
  });

  describe('bad input', () => {
    it('answers 400 to an id longer than 40 characters', async () => {
      const body = problem(await getReport(app, 'V'.repeat(41)), 400, 'validation-failed');
      expect(paths(body)).toEqual(['params:id']);
    });
  });

  describe('happy path', () => {
    it('answers 200 to each tracking token for its own report', async () => {
      const resA = await getReport(app, a.id, bearer(a.trackingToken));
      expect(resA.statusCode).toBe(200);
      expect(resA.json<DetailBody>().report).toEqual(HIGH_QUALITY_REPORT);
      const resB = await getReport(app, b.id, bearer(b.trackingToken));
      expect(resB.statusCode).toBe(200);
      expect(resB.json<DetailBody>().id).toBe(b.id);
    });
  });
});

describe('POST /api/v1/reports/assess', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  const assess = (body: unknown, query = '') => postJson(app, body, {}, `${ASSESS}${query}`);

  describe('authentication', () => {
    it('needs none: an anonymous draft is assessed', async () => {
      const res = await assess({ title: 'A draft title' });
      expect(res.statusCode, res.body).toBe(200);
    });
  });

  describe('bad input', () => {
    it.each<[string, Body, string]>([
      ['title as a number', { title: 42 }, 'title'],
      ['cvss as an object', { cvss: {} }, 'cvss'],
      ['affected as a string', { affected: 'x' }, 'affected'],
      ['an empty reproduction step', { reproductionSteps: ['a', ''] }, 'reproductionSteps[1]'],
      ['an unknown CWE', { issueType: { cwe: 'CWE-99999' } }, 'issueType.cwe'],
      ['an empty issueType', { issueType: {} }, 'issueType'],
      ['a bad CVSS vector', { cvss: 'CVSS:3.1/AV:N' }, 'cvss'],
      [
        'an impossible date',
        { disclosure: { plannedDate: '2026-02-30' } },
        'disclosure.plannedDate',
      ],
      ['a bad e-mail', { reporter: { email: 'nope' } }, 'reporter.email'],
    ])('answers 400 to %s', async (_name, draft, path) => {
      const body = problem(await assess(draft), 400, 'validation-failed');
      expect(paths(body)).toEqual([path]);
    });

    it('answers 400 unknown-field to an unknown field', async () => {
      const body = problem(await assess({ reporter: { phone: '1' } }), 400, 'unknown-field');
      expect(body.errors).toEqual([
        { path: 'reporter.phone', message: 'is not a known field', rule: 'unknown-field' },
      ]);
    });

    it('answers 400 to an attachment count over 10', async () => {
      const body = problem(await assess({}, '?attachments=11'), 400, 'validation-failed');
      expect(body.errors).toEqual([
        {
          path: 'querystring:attachments',
          message: 'must be <= 10',
          rule: 'too-large',
          limit: 10,
        },
      ]);
    });

    it('answers 415 to text/plain and to multipart', async () => {
      for (const contentType of ['text/plain', 'multipart/form-data; boundary=x']) {
        const res = await app.inject({
          method: 'POST',
          url: ASSESS,
          payload: `--x\r\nContent-Disposition: form-data; name="report"\r\n\r\n{}\r\n--x--\r\n`,
          headers: { 'content-type': contentType },
        });
        problem(res, 415, 'unsupported-media-type');
      }
    });
  });

  describe('happy path', () => {
    it('lists everything needed for the low tier for an empty draft', async () => {
      const res = await assess({});
      expect(res.statusCode).toBe(200);
      expect(res.json<Quality>()).toEqual({
        tier: 'insufficient',
        missing: [
          'title',
          'issueType',
          'affected.product',
          'affected.version',
          'updatesInstalled',
          'configuration',
          'reproductionSteps',
          'proofOfConcept',
          'impact.type',
          'impact.description',
          'reporter.email',
        ],
      });
    });

    it('assesses partial drafts tier by tier', async () => {
      const partial = { title: 'Heap overflow', affected: { url: 'https://app.example.com/' } };
      expect((await assess(partial)).json<Quality>().missing).toEqual([
        'issueType',
        'updatesInstalled',
        'configuration',
        'reproductionSteps',
        'proofOfConcept',
        'impact.type',
        'impact.description',
        'reporter.email',
      ]);
      const noCvss = without(without(buildReport(), 'analysis'), 'cvss');
      expect((await assess(noCvss)).json<Quality>()).toEqual({ tier: 'low', missing: ['cvss'] });
      expect((await assess(without(buildReport(), 'analysis'))).json<Quality>()).toEqual({
        tier: 'medium',
        missing: ['analysis'],
      });
      expect((await assess(HIGH_QUALITY_REPORT)).json<Quality>()).toEqual({
        tier: 'high',
        missing: [],
      });
    });

    it('counts announced attachments as a proof of concept', async () => {
      const draft = without(buildReport(), 'proofOfConcept');
      expect((await assess(draft)).json<Quality>()).toEqual({
        tier: 'insufficient',
        missing: ['proofOfConcept'],
      });
      expect((await assess(draft, '?attachments=1')).json<Quality>()).toEqual({
        tier: 'high',
        missing: [],
      });
    });

    it('stores nothing', async () => {
      expect(await countRows(app)).toEqual({
        reports: 0,
        attachments: 0,
        timeline: 0,
        outbox: 0,
        yearCounters: 0,
      });
    });
  });
});
