/**
 * Staff routes on reports: the queue, case view, transitions, bulk spam rejection, assignment,
 * severity, case facts, similar reports and messages. On SQLite, and on PostgreSQL with
 * DATABASE_URL.
 */
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { buildReport } from '../../../../test/helpers/factories.js';
import { asStaff, createStaffToken, type StaffToken } from '../../../../test/helpers/staff.js';

const HOUR = 3_600_000;

interface Created {
  id: string;
  trackingToken: string;
}

interface QueuePage {
  items: {
    id: string;
    status: string;
    sla: string;
    nextDueAt: string | null;
    caseNumber: string | null;
    assigneeId: string | null;
    reporter: { submitted: number; valid: number; invalid: number; label: string };
  }[];
  next: string | null;
}

interface Problem {
  status: number;
  code: string;
  errors: { path: string; message: string }[];
}

let app: TestApp;
let triager: StaffToken;
let manager: StaffToken;
let auditor: StaffToken;

beforeAll(async () => {
  app = await buildTestApp();
  triager = await createStaffToken(app, { role: 'triager' });
  manager = await createStaffToken(app, { role: 'case-manager' });
  auditor = await createStaffToken(app, { role: 'auditor' });
});
afterAll(async () => {
  await app.close();
});

async function submit(overrides: Parameters<typeof buildReport>[0] = {}): Promise<Created> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/reports',
    payload: buildReport(overrides),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Created>();
}

function as(who: StaffToken, request: InjectOptions): Promise<LightMyRequestResponse> {
  return app.inject(asStaff(who, request));
}

const move = (who: StaffToken, id: string, body: Record<string, unknown>) =>
  as(who, { method: 'POST', url: `/api/v1/reports/${id}/transitions`, payload: body });

async function moved(who: StaffToken, id: string, body: Record<string, unknown>) {
  const res = await move(who, id, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ status: string; caseNumber: string | null; from: string }>();
}

/** The reporter posts a message with the tracking token. */
async function reporterAnswers(report: Created, body: string): Promise<void> {
  const res = await app.inject({
    method: 'POST',
    url: `/api/v1/reports/${report.id}/messages`,
    headers: { authorization: `Bearer ${report.trackingToken}` },
    payload: { body },
  });
  expect(res.statusCode, res.body).toBe(201);
}

function problem(res: LightMyRequestResponse, status: number, code: string): Problem {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toContain('application/problem+json');
  const body = res.json<Problem>();
  expect(body.code).toBe(code);
  return body;
}

async function queue(who: StaffToken, query = ''): Promise<QueuePage> {
  const res = await as(who, { method: 'GET', url: `/api/v1/reports${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<QueuePage>();
}

async function auditActions(target: string): Promise<string[]> {
  const rows = await app.testDb.db.kysely
    .selectFrom('auditLog')
    .select('action')
    .where('target', '=', target)
    .orderBy('seq')
    .execute();
  return rows.map((r) => r.action);
}

describe('who may use the staff routes', () => {
  it('anonymous callers get 401, researchers 403 on the queue and 404 on a report', async () => {
    const report = await submit();
    expect((await app.inject({ method: 'GET', url: '/api/v1/reports' })).statusCode).toBe(401);
    const reporter = { authorization: `Bearer ${report.trackingToken}` };
    problem(
      await app.inject({ method: 'GET', url: '/api/v1/reports', headers: reporter }),
      403,
      'forbidden',
    );
    for (const request of [
      {
        method: 'POST',
        url: `/api/v1/reports/${report.id}/transitions`,
        payload: { to: 'triage' },
      },
      { method: 'GET', url: `/api/v1/reports/${report.id}/case` },
      { method: 'GET', url: `/api/v1/reports/${report.id}/similar` },
      {
        method: 'POST',
        url: `/api/v1/reports/${report.id}/assignee`,
        payload: { assigneeId: null },
      },
    ] as const) {
      problem(await app.inject({ ...request, headers: reporter }), 404, 'not-found');
    }
  });

  it('auditors read the queue and cases but change nothing', async () => {
    const report = await submit();
    expect((await queue(auditor)).items.some((i) => i.id === report.id)).toBe(true);
    const view = await as(auditor, { method: 'GET', url: `/api/v1/reports/${report.id}/case` });
    expect(view.statusCode).toBe(200);
    expect(view.json<{ allowedTransitions: string[] }>().allowedTransitions).toEqual([]);
    problem(await move(auditor, report.id, { to: 'triage' }), 403, 'forbidden');
  });

  it('a triager runs triage but cannot drive a case', async () => {
    const report = await submit();
    await moved(triager, report.id, { to: 'triage' });
    const opened = await moved(triager, report.id, { to: 'review-repro' });
    expect(opened.caseNumber).toMatch(/^CASE-2026-\d{5}$/);
    problem(await move(triager, report.id, { to: 'develop' }), 403, 'forbidden');
    await moved(manager, report.id, { to: 'develop' });
  });
});

describe('the lifecycle', () => {
  it('runs new → triage → needs-info → triage → review-repro → … → complete → closed', async () => {
    const report = await submit({ title: 'Lifecycle walk of a report' });
    await moved(triager, report.id, { to: 'triage' });
    await moved(triager, report.id, { to: 'needs-info', reason: 'Which build did you test?' });
    app.clock.advance(10 * HOUR);
    await moved(triager, report.id, { to: 'triage' });
    const opened = await moved(triager, report.id, { to: 'review-repro' });
    await moved(manager, report.id, { to: 'develop' });

    // pre-release needs the fix release date and the agreed disclosure date
    const early = problem(
      await move(manager, report.id, { to: 'pre-release' }),
      409,
      'illegal-transition',
    );
    expect(JSON.stringify(early)).toMatch(/release/);
    const patch = await as(manager, {
      method: 'PATCH',
      url: `/api/v1/reports/${report.id}/case`,
      payload: { fixReleaseDate: '2026-05-12', cvdDate: '2026-05-12' },
    });
    expect(patch.statusCode, patch.body).toBe(204);
    await moved(manager, report.id, { to: 'pre-release' });
    problem(await move(manager, report.id, { to: 'complete' }), 409, 'illegal-transition');
    await as(manager, {
      method: 'PATCH',
      url: `/api/v1/reports/${report.id}/case`,
      payload: { fixReleased: true, advisoryPublished: true },
    });
    const done = await moved(manager, report.id, { to: 'complete' });
    expect(done.caseNumber).toBe(opened.caseNumber);
    await moved(manager, report.id, { to: 'closed' });
    problem(await move(manager, report.id, { to: 'triage' }), 409, 'illegal-transition');

    // Every move is audited; the reporter sees each status change, not the internal steps.
    expect(await auditActions(`report:${report.id}`)).toEqual([
      'report.transitioned',
      'report.transitioned',
      'report.transitioned',
      'report.transitioned',
      'report.transitioned',
      'report.case-updated',
      'report.transitioned',
      'report.case-updated',
      'report.transitioned',
      'report.transitioned',
    ]);
    const seen = await app.inject({
      method: 'GET',
      url: `/api/v1/reports/${report.id}`,
      headers: { authorization: `Bearer ${report.trackingToken}` },
    });
    const reporterView = seen.json<{
      researcherStatus: string;
      outcome: unknown;
      timeline: { kind: string; data: Record<string, unknown> }[];
    }>();
    expect(reporterView.researcherStatus).toBe('closed');
    expect(reporterView.outcome).toBeNull();
    const kinds = reporterView.timeline.map((t) => t.kind);
    expect(kinds).not.toContain('case-updated');
    // In the reporter's terms; develop → pre-release changes nothing they see.
    expect(
      reporterView.timeline.filter((t) => t.kind === 'status-changed').map((t) => t.data),
    ).toEqual([
      { status: 'in-review' },
      { status: 'more-info-needed' },
      { status: 'in-review' },
      { status: 'accepted' },
      { status: 'fix-in-progress' },
      { status: 'fixed' },
      { status: 'closed' },
    ]);
    // The reporter's record counts a valid report.
    const view = await as(manager, { method: 'GET', url: `/api/v1/reports/${report.id}/case` });
    expect(view.json<{ reporter: { valid: number } }>().reporter.valid).toBeGreaterThanOrEqual(1);
  });

  it('refuses illegal moves with 409 and bad fields with 400 naming them', async () => {
    const report = await submit();
    problem(await move(triager, report.id, { to: 'develop' }), 409, 'illegal-transition');
    await moved(triager, report.id, { to: 'triage' });
    const noDisposition = problem(
      await move(triager, report.id, { to: 'rejected' }),
      400,
      'validation-failed',
    );
    expect(noDisposition.errors.map((e) => e.path)).toContain('disposition');
    const noDestination = problem(
      await move(triager, report.id, { to: 'rejected', disposition: 'not-a-vulnerability' }),
      400,
      'validation-failed',
    );
    expect(noDestination.errors.map((e) => e.path)).toContain('helpDestination');
    const unknown = problem(
      await move(triager, report.id, { to: 'fixed' }),
      400,
      'validation-failed',
    );
    expect(unknown.errors.map((e) => e.path).join()).toMatch(/to/);
    problem(await move(triager, 'VD-2026-99999', { to: 'triage' }), 404, 'not-found');
  });

  it('calls a move or disposition of the wrong JSON type a type error, an unknown one not allowed', async () => {
    const report = await submit();
    for (const [body, path] of [
      [{ to: 42 }, 'to'],
      [{ to: 'rejected', disposition: true }, 'disposition'],
      [
        { to: 'rejected', disposition: 'not-a-vulnerability', helpDestination: 3 },
        'helpDestination',
      ],
    ] as const) {
      const refused = problem(await move(triager, report.id, body), 400, 'validation-failed');
      expect(refused.errors).toEqual([{ path, message: 'must be string', rule: 'type' }]);
    }
    const unknown = problem(
      await move(triager, report.id, { to: 'fixed' }),
      400,
      'validation-failed',
    );
    expect(unknown.errors).toEqual([
      { path: 'to', message: 'must be equal to one of the allowed values', rule: 'not-allowed' },
    ]);
  });

  it('asks the reporter a question to move to needs-info, and that question answers them', async () => {
    const report = await submit({ reporter: { email: 'asked@example.org' } });
    const reporter = { authorization: `Bearer ${report.trackingToken}` };
    const caseView = async () =>
      (await as(triager, { method: 'GET', url: `/api/v1/reports/${report.id}/case` })).json<{
        status: string;
        firstRespondedAt: string | null;
        sla: { clock: string; state: string }[];
      }>();
    const mailsOf = async () =>
      (await app.testDb.db.kysely.selectFrom('outbox').select(['kind', 'payload']).execute())
        .map((o) => {
          const mail = JSON.parse(o.payload) as Record<string, unknown>;
          mail.kind = o.kind;
          return mail;
        })
        .filter((o) => o.reportRef === report.id);

    // Taking the report into triage tells the reporter nothing: not a response.
    await moved(triager, report.id, { to: 'triage' });
    let view = await caseView();
    expect(view.firstRespondedAt).toBeNull();
    expect(view.sla.find((c) => c.clock === 'first-response')?.state).toBe('running');

    // No question, or a blank one: 400 naming `reason`, and nothing changes.
    for (const body of [{ to: 'needs-info' }, { to: 'needs-info', reason: ' \n ' }]) {
      const refused = problem(await move(triager, report.id, body), 400, 'validation-failed');
      expect(refused.errors).toEqual([
        {
          path: 'reason',
          message: 'is required: the question the reporter is asked',
          rule: 'required',
        },
      ]);
    }
    expect((await caseView()).status).toBe('triage');

    app.clock.advance(HOUR);
    await moved(triager, report.id, { to: 'needs-info', reason: '  Which build did you test?\n' });
    view = await caseView();
    expect(view.status).toBe('needs-info');
    expect(view.firstRespondedAt).toBe(app.clock.now().toISOString());
    expect(view.sla.find((c) => c.clock === 'first-response')?.state).toBe('met');

    // The reporter has the question to answer, from the team.
    const messages = await app.inject({
      method: 'GET',
      url: `/api/v1/reports/${report.id}/messages`,
      headers: reporter,
    });
    const items = messages.json<{ items: { id: string; author: string; body: string }[] }>().items;
    expect(items.map((m) => [m.author, m.body])).toEqual([['staff', 'Which build did you test?']]);
    const tracked = await app.inject({
      method: 'GET',
      url: `/api/v1/reports/${report.id}`,
      headers: reporter,
    });
    const timeline = tracked.json<{ timeline: { kind: string; data: Record<string, unknown> }[] }>()
      .timeline;
    expect(timeline.map((t) => t.kind)).toEqual([
      'received',
      'status-changed',
      'message',
      'status-changed',
    ]);
    expect(timeline.find((t) => t.kind === 'message')?.data).toEqual({ messageId: items[0]?.id });

    // One notice of the status, naming the question; not a second one for the message.
    const mails = await mailsOf();
    expect(mails.filter((m) => m.kind === 'mail.report-message')).toEqual([]);
    expect(mails.filter((m) => m.kind === 'mail.report-status').at(-1)).toMatchObject({
      to: 'asked@example.org',
      status: 'more-info-needed',
      messageId: items[0]?.id,
    });
    // Staff's timeline links the move to its question; the audit entry names it too.
    const staffTimeline = (
      await app.testDb.db.kysely
        .selectFrom('timeline')
        .innerJoin('reports', 'reports.id', 'timeline.reportId')
        .select(['timeline.kind', 'timeline.data'])
        .where('reports.ref', '=', report.id)
        .orderBy('timeline.at')
        .orderBy('timeline.id')
        .execute()
    ).map((t) => ({ kind: t.kind, ...(JSON.parse(t.data) as Record<string, unknown>) }));
    expect(staffTimeline.at(-1)).toEqual({
      kind: 'status-changed',
      from: 'triage',
      to: 'needs-info',
      reason: 'Which build did you test?',
      messageId: items[0]?.id,
    });
  });

  it('counts a message to the reporter as the first response, not an internal note', async () => {
    const report = await submit();
    await moved(triager, report.id, { to: 'triage' });
    const write = (body: string, internal: boolean) =>
      as(triager, {
        method: 'POST',
        url: `/api/v1/reports/${report.id}/messages`,
        payload: { body, internal },
      });
    const respondedAt = async () =>
      (await as(triager, { method: 'GET', url: `/api/v1/reports/${report.id}/case` })).json<{
        firstRespondedAt: string | null;
      }>().firstRespondedAt;
    expect((await write('Looks like a known issue', true)).statusCode).toBe(201);
    expect(await respondedAt()).toBeNull();
    app.clock.advance(HOUR);
    expect((await write('Thank you, we are looking into it.', false)).statusCode).toBe(201);
    expect(await respondedAt()).toBe(app.clock.now().toISOString());
  });

  it('sends a not-a-vulnerability reporter to the help destination', async () => {
    const report = await submit({ reporter: { email: 'lost@example.org' } });
    await moved(triager, report.id, { to: 'triage' });
    await moved(triager, report.id, {
      to: 'rejected',
      disposition: 'not-a-vulnerability',
      helpDestination: 'compromised-account',
    });
    const mails = await app.testDb.db.kysely
      .selectFrom('outbox')
      .select('payload')
      .where('kind', '=', 'mail.report-status')
      .execute();
    const last = mails
      .map((m) => JSON.parse(m.payload) as Record<string, unknown>)
      .filter((p) => p.reportRef === report.id)
      .at(-1);
    expect(last).toMatchObject({
      to: 'lost@example.org',
      status: 'not-accepted',
      disposition: 'not-a-vulnerability',
      helpDestination: { id: 'compromised-account' },
    });
    // The tracking page says the same: the disposition and where to go.
    const seen = await app.inject({
      method: 'GET',
      url: `/api/v1/reports/${report.id}`,
      headers: { authorization: `Bearer ${report.trackingToken}` },
    });
    const view = seen.json<{
      status: string;
      researcherStatus: string;
      outcome: unknown;
      timeline: { kind: string; data: Record<string, unknown> }[];
    }>();
    expect(view.researcherStatus).toBe('not-accepted');
    expect(view.outcome).toEqual({
      disposition: 'not-a-vulnerability',
      reason: null,
      helpDestination: 'compromised-account',
    });
    expect(view.timeline.filter((t) => t.kind === 'status-changed').at(-1)?.data).toEqual({
      status: 'not-accepted',
      disposition: 'not-a-vulnerability',
      helpDestination: 'compromised-account',
    });
  });

  it('tells the reporter why a case was not fixed, and keeps triage notes with the team', async () => {
    const report = await submit();
    await moved(triager, report.id, { to: 'triage' });
    await moved(triager, report.id, { to: 'review-repro', reason: 'looks real, ask Kim' });
    await moved(manager, report.id, {
      to: 'rejected',
      disposition: 'wont-fix',
      reason: 'The product reached its end of support.',
    });
    const seen = await app.inject({
      method: 'GET',
      url: `/api/v1/reports/${report.id}`,
      headers: { authorization: `Bearer ${report.trackingToken}` },
    });
    const view = seen.json<{
      outcome: unknown;
      timeline: { kind: string; data: Record<string, unknown> }[];
    }>();
    expect(view.outcome).toEqual({
      disposition: 'wont-fix',
      reason: 'The product reached its end of support.',
      helpDestination: null,
    });
    expect(seen.body).not.toContain('ask Kim');
    expect(seen.body).not.toContain('review-repro');
  });

  it('keeps precedence with the first reporter when marking duplicates', async () => {
    const first = await submit({ title: 'Original report of the issue' });
    app.clock.advance(HOUR);
    const second = await submit({ title: 'Same issue reported later' });
    await moved(triager, first.id, { to: 'triage' });
    const wrongWay = problem(
      await move(triager, first.id, {
        to: 'rejected',
        disposition: 'duplicate',
        duplicateOf: second.id,
      }),
      400,
      'validation-failed',
    );
    expect(wrongWay.errors[0]?.path).toBe('duplicateOf');
    await moved(triager, second.id, { to: 'triage' });
    const self = problem(
      await move(triager, second.id, {
        to: 'rejected',
        disposition: 'duplicate',
        duplicateOf: second.id,
      }),
      400,
      'validation-failed',
    );
    expect(self.errors[0]?.path).toBe('duplicateOf');
    await moved(triager, second.id, {
      to: 'rejected',
      disposition: 'duplicate',
      duplicateOf: first.id,
    });
    const view = await as(triager, { method: 'GET', url: `/api/v1/reports/${second.id}/case` });
    expect(view.json()).toMatchObject({
      status: 'rejected',
      disposition: 'duplicate',
      duplicateOf: first.id,
    });
  });

  it("counts a duplicate neither valid nor invalid in its reporter's record, reopened or not", async () => {
    const email = 'second-finder@example.org';
    const record = async (id: string) =>
      (await as(manager, { method: 'GET', url: `/api/v1/reports/${id}/case` })).json<{
        reporter: { valid: number; invalid: number; score: number; label: string };
      }>().reporter;
    const original = await submit({ title: 'Stored XSS in the profile page' });
    app.clock.advance(HOUR);
    const spam = await submit({ title: 'Buy cheap watches here', reporter: { email } });
    const duplicate = await submit({ title: 'XSS in the profile page', reporter: { email } });
    await moved(triager, spam.id, { to: 'rejected', disposition: 'spam' });
    expect(await record(duplicate.id)).toMatchObject({ valid: 0, invalid: 1 });
    const before = await record(duplicate.id);

    await moved(triager, duplicate.id, { to: 'triage' });
    await moved(triager, duplicate.id, {
      to: 'rejected',
      disposition: 'duplicate',
      duplicateOf: original.id,
    });
    expect(await record(duplicate.id)).toEqual(before);

    // Reopened, it is pending again: still not counted; rejected for another reason, invalid.
    await moved(manager, duplicate.id, { to: 'triage', reason: 'Not the same issue after all.' });
    expect(await record(duplicate.id)).toEqual(before);
    await moved(triager, duplicate.id, { to: 'rejected', disposition: 'spam' });
    expect(await record(duplicate.id)).toMatchObject({ valid: 0, invalid: 2 });
    // And reopened from that, the invalid count goes back.
    await moved(manager, duplicate.id, { to: 'triage', reason: 'Rejected by mistake.' });
    expect(await record(duplicate.id)).toEqual(before);
  });
});

describe('case facts', () => {
  interface CaseFacts {
    status: string;
    fixReleaseDate: string | null;
    cvdDate: string | null;
    fixReleasedAt: string | null;
    advisoryPublishedAt: string | null;
    productId: string | null;
    allowedTransitions: string[];
    missingFacts: { to: string; fields: string[] }[];
  }
  const patch = (who: StaffToken, id: string, payload: Record<string, unknown>) =>
    as(who, { method: 'PATCH', url: `/api/v1/reports/${id}/case`, payload });
  async function facts(who: StaffToken, id: string): Promise<CaseFacts> {
    const res = await as(who, { method: 'GET', url: `/api/v1/reports/${id}/case` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<CaseFacts>();
  }
  async function inDevelopment(): Promise<Created> {
    const report = await submit();
    await moved(triager, report.id, { to: 'triage' });
    await moved(triager, report.id, { to: 'review-repro' });
    await moved(manager, report.id, { to: 'develop' });
    return report;
  }

  it('answers 401 to anonymous callers, 404 to the reporter and 403 to an auditor', async () => {
    const report = await submit();
    const body = { cvdDate: '2026-06-01' };
    const url = `/api/v1/reports/${report.id}/case`;
    expect((await app.inject({ method: 'PATCH', url, payload: body })).statusCode).toBe(401);
    problem(
      await app.inject({
        method: 'PATCH',
        url,
        payload: body,
        headers: { authorization: `Bearer ${report.trackingToken}` },
      }),
      404,
      'not-found',
    );
    problem(await patch(auditor, report.id, body), 403, 'forbidden');
    expect((await facts(manager, report.id)).cvdDate).toBeNull();
  });

  it('names the field of bad input with 400', async () => {
    const report = await submit();
    for (const [payload, path] of [
      [{ fixReleaseDate: '2026-13-45' }, 'fixReleaseDate'],
      [{ cvdDate: 'soon' }, 'cvdDate'],
      [{ fixReleased: 'yes' }, 'fixReleased'],
      [{ productId: 'no-such-product' }, 'productId'],
    ] as const) {
      const body = problem(await patch(manager, report.id, payload), 400, 'validation-failed');
      expect(body.errors.map((e) => e.path)).toEqual([path]);
    }
    const surplus = problem(
      await patch(manager, report.id, { releaseDate: '2026-06-01' }),
      400,
      'unknown-field',
    );
    expect(surplus.errors.map((e) => e.path)).toEqual(['releaseDate']);
    expect(await facts(manager, report.id)).toMatchObject({
      fixReleaseDate: null,
      cvdDate: null,
      productId: null,
    });
  });

  it('shows the facts and what each move still needs until the case can move on', async () => {
    const report = await inDevelopment();
    expect((await facts(manager, report.id)).missingFacts).toEqual([
      { to: 'pre-release', fields: ['fixReleaseDate', 'cvdDate'] },
    ]);
    // A triager may not make that move, so nothing is listed for them.
    expect(await facts(triager, report.id)).toMatchObject({
      allowedTransitions: [],
      missingFacts: [],
    });

    expect((await patch(triager, report.id, { fixReleaseDate: '2026-06-09' })).statusCode).toBe(
      204,
    );
    expect((await facts(manager, report.id)).missingFacts).toEqual([
      { to: 'pre-release', fields: ['cvdDate'] },
    ]);
    const blocked = problem(
      await move(manager, report.id, { to: 'pre-release' }),
      409,
      'illegal-transition',
    );
    expect(blocked.errors.map((e) => e.path)).toEqual(['cvdDate']);

    const product = await as(manager, {
      method: 'POST',
      url: '/api/v1/products',
      payload: { name: `Case facts product ${report.id}`, kind: 'product' },
    });
    expect(product.statusCode, product.body).toBe(201);
    const productId = product.json<{ id: string }>().id;
    expect((await patch(manager, report.id, { cvdDate: '2026-06-10', productId })).statusCode).toBe(
      204,
    );
    expect(await facts(manager, report.id)).toMatchObject({
      fixReleaseDate: '2026-06-09',
      cvdDate: '2026-06-10',
      productId,
      fixReleasedAt: null,
      missingFacts: [],
    });

    await moved(manager, report.id, { to: 'pre-release' });
    expect((await facts(manager, report.id)).missingFacts).toEqual([
      { to: 'complete', fields: ['fixReleased', 'advisoryPublished'] },
    ]);
    await patch(manager, report.id, { fixReleased: true, productId: null });
    const released = await facts(manager, report.id);
    expect(released).toMatchObject({
      fixReleasedAt: app.clock.now().toISOString(),
      advisoryPublishedAt: null,
      productId: null,
      missingFacts: [{ to: 'complete', fields: ['advisoryPublished'] }],
    });
  });
});

describe('the queue', () => {
  it('puts what is due first first, pauses needs-info, and pages by cursor', async () => {
    const fresh = await buildTestApp();
    try {
      const who = await createStaffToken(fresh, { role: 'triager' });
      const ids: string[] = [];
      for (let i = 0; i < 5; i += 1) {
        const res = await fresh.inject({
          method: 'POST',
          url: '/api/v1/reports',
          payload: buildReport({ title: `Queue order report ${i}` }),
        });
        ids.push(res.json<Created>().id);
        fresh.clock.advance(HOUR);
      }
      const get = async (query = '') => {
        const res = await fresh.inject(
          asStaff(who, { method: 'GET', url: `/api/v1/reports${query}` }),
        );
        expect(res.statusCode, res.body).toBe(200);
        return res.json<QueuePage>();
      };
      expect((await get()).items.map((i) => i.id)).toEqual(ids);

      // The oldest waits on the reporter: paused, after every running clock.
      await fresh.inject(
        asStaff(who, {
          method: 'POST',
          url: `/api/v1/reports/${ids[0]}/transitions`,
          payload: { to: 'triage' },
        }),
      );
      await fresh.inject(
        asStaff(who, {
          method: 'POST',
          url: `/api/v1/reports/${ids[0]}/transitions`,
          payload: { to: 'needs-info', reason: 'Does it reproduce on 4.2.1?' },
        }),
      );
      let page = await get();
      expect(page.items.map((i) => i.id)).toEqual([...ids.slice(1), ids[0]]);
      expect(page.items.at(-1)).toMatchObject({ sla: 'paused', nextDueAt: null });

      // 25.5 hours after the first: the second report's first response is overdue, the
      // others' are at risk (less than a quarter of the 24 hours left).
      fresh.clock.advance(20.5 * HOUR);
      page = await get();
      expect(page.items.slice(0, 4).map((i) => i.sla)).toEqual([
        'breached',
        'at-risk',
        'at-risk',
        'at-risk',
      ]);
      expect((await get('?due=breached')).items.map((i) => i.id)).toEqual([ids[1]]);
      expect((await get('?due=paused')).items.map((i) => i.id)).toEqual([ids[0]]);
      expect((await get('?status=needs-info')).items.map((i) => i.id)).toEqual([ids[0]]);

      // Keyset pages of two: the same order, nothing skipped or repeated.
      const seen: string[] = [];
      let cursor: string | null = '';
      while (cursor !== null) {
        const p = await get(`?limit=2${cursor === '' ? '' : `&cursor=${cursor}`}`);
        seen.push(...p.items.map((i) => i.id));
        cursor = p.next;
      }
      expect(seen).toEqual(page.items.map((i) => i.id));

      // Text search (trigram), by reference, and the assignee filter.
      expect((await get('?q=order%20report%203')).items.map((i) => i.id)).toEqual([ids[3]]);
      expect((await get(`?q=${ids[2]}`)).items.map((i) => i.id)).toEqual([ids[2]]);
      const assign = await fresh.inject(
        asStaff(who, {
          method: 'POST',
          url: `/api/v1/reports/${ids[4]}/assignee`,
          payload: { assigneeId: who.id },
        }),
      );
      expect(assign.statusCode, assign.body).toBe(200);
      expect((await get('?assignee=me')).items.map((i) => i.id)).toEqual([ids[4]]);
      expect((await get('?assignee=none')).items).toHaveLength(4);

      const bad = await fresh.inject(
        asStaff(who, { method: 'GET', url: '/api/v1/reports?cursor=nonsense' }),
      );
      expect(bad.json<Problem>().errors[0]?.path).toBe('cursor');
      const badStatus = await fresh.inject(
        asStaff(who, { method: 'GET', url: '/api/v1/reports?status=open' }),
      );
      expect(badStatus.statusCode).toBe(400);
      expect(badStatus.json<Problem>().errors[0]?.path).toBe('status');
    } finally {
      await fresh.close();
    }
  });
});

describe('assignment, bulk rejection, severity, similar reports', () => {
  it('assigns to staff who handle reports only, and notifies the assignee', async () => {
    const report = await submit();
    const res = await as(triager, {
      method: 'POST',
      url: `/api/v1/reports/${report.id}/assignee`,
      payload: { assigneeId: auditor.id },
    });
    expect(problem(res, 400, 'validation-failed').errors[0]?.path).toBe('assigneeId');
    const ok = await as(triager, {
      method: 'POST',
      url: `/api/v1/reports/${report.id}/assignee`,
      payload: { assigneeId: manager.id },
    });
    expect(ok.json()).toEqual({ id: report.id, assigneeId: manager.id });
    const mail = await app.testDb.db.kysely
      .selectFrom('outbox')
      .select('payload')
      .where('kind', '=', 'mail.report-assigned')
      .execute();
    expect(
      mail.map((m) => JSON.parse(m.payload) as { to: string; reportRef: string }),
    ).toContainEqual(expect.objectContaining({ to: manager.email, reportRef: report.id }));
  });

  it('rejects many reports as spam, each on its own', async () => {
    const spam = [await submit(), await submit()];
    const busy = await submit();
    await moved(triager, busy.id, { to: 'triage' });
    await moved(triager, busy.id, { to: 'review-repro' });
    const res = await as(triager, {
      method: 'POST',
      url: '/api/v1/reports/bulk-reject',
      payload: { ids: [...spam.map((s) => s.id), busy.id] },
    });
    expect(res.statusCode, res.body).toBe(200);
    const results = res.json<{
      results: { id: string; status: string | null; problem: { code: string } | null }[];
    }>().results;
    expect(results.map((r) => [r.id, r.status, r.problem?.code ?? null])).toEqual([
      [spam[0]?.id, 'rejected', null],
      [spam[1]?.id, 'rejected', null],
      // A case may be rejected, but not as spam: the disposition is refused.
      [busy.id, null, 'validation-failed'],
    ]);
    problem(
      await as(auditor, {
        method: 'POST',
        url: '/api/v1/reports/bulk-reject',
        payload: { ids: [busy.id] },
      }),
      403,
      'forbidden',
    );
  });

  it('scores the severity, suggests from CVSS, and moves the triage target with it', async () => {
    const report = await submit();
    const before = await as(auditor, { method: 'GET', url: `/api/v1/reports/${report.id}/case` });
    expect(before.json<{ assessment: unknown }>().assessment).toBeNull();
    const res = await as(triager, {
      method: 'PUT',
      url: `/api/v1/reports/${report.id}/severity`,
      payload: {
        cvss31: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
        exploitability: 'more-likely',
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      severity: 'critical',
      suggestedSeverity: 'critical',
      overridden: false,
      cvss31: { score: 9.8, severity: 'critical' },
    });
    const view = await as(triager, { method: 'GET', url: `/api/v1/reports/${report.id}/case` });
    // The case view shows what was recorded, as the PUT answered it.
    expect(view.json<{ assessment: unknown }>().assessment).toEqual(res.json());
    const triage = view
      .json<{ sla: { clock: string; dueAt: string }[] }>()
      .sla.find((c) => c.clock === 'triage');
    const received = await app.testDb.db.kysely
      .selectFrom('reports')
      .select('receivedAt')
      .where('ref', '=', report.id)
      .executeTakeFirstOrThrow();
    expect(Date.parse(triage?.dueAt ?? '') - Date.parse(received.receivedAt)).toBe(24 * HOUR);
    const bad = await as(triager, {
      method: 'PUT',
      url: `/api/v1/reports/${report.id}/severity`,
      payload: { cvss31: 'CVSS:3.1/AV:X' },
    });
    expect(problem(bad, 400, 'validation-failed').errors[0]?.path).toBe('cvss31');
  });

  it('lists similar reports, the closest first', async () => {
    const fresh = await buildTestApp();
    try {
      const who = await createStaffToken(fresh, { role: 'triager' });
      const post = async (title: string, product: string, cwe: string, steps: string) => {
        const res = await fresh.inject({
          method: 'POST',
          url: '/api/v1/reports',
          payload: buildReport({
            title,
            affected: { product, version: '4.2' },
            issueType: { cwe },
            reproductionSteps: steps,
          }),
        });
        return res.json<Created>().id;
      };
      const target = await post(
        'Heap overflow in the PNG decoder of Contoso Viewer',
        'Contoso Viewer',
        'CWE-787',
        'Open the attached crafted PNG file; the viewer crashes while decoding the IDAT chunk.',
      );
      const near = await post(
        'PNG decoder heap overflow in Contoso Viewer',
        'Contoso Viewer',
        'CWE-787',
        'Open crafted.png in the viewer: it crashes in the PNG decoder reading IDAT.',
      );
      const far = await post(
        'Cross-site scripting in the Fabrikam portal search',
        'Fabrikam Portal',
        'CWE-79',
        'Search for a script tag on the portal search page and it runs.',
      );
      const res = await fresh.inject(
        asStaff(who, { method: 'GET', url: `/api/v1/reports/${target}/similar` }),
      );
      expect(res.statusCode, res.body).toBe(200);
      const items = res.json<{ items: { id: string; score: number; matched: string[] }[] }>().items;
      expect(items[0]?.id).toBe(near);
      expect(items[0]?.matched).toEqual(expect.arrayContaining(['title', 'product', 'cwe']));
      const ids = items.map((i) => i.id);
      expect(ids).not.toContain(target);
      if (ids.includes(far)) {
        expect(items.find((i) => i.id === far)?.score ?? 1).toBeLessThan(items[0]?.score ?? 0);
      }
    } finally {
      await fresh.close();
    }
  });
});

describe('messages', () => {
  it('lets staff and reporter talk; internal notes stay internal; an answer resumes triage', async () => {
    const report = await submit({ reporter: { email: 'talk@example.org' } });
    const reporter = { authorization: `Bearer ${report.trackingToken}` };
    await moved(triager, report.id, { to: 'triage' });
    await moved(triager, report.id, { to: 'needs-info', reason: 'Which version did you test?' });
    const ask = await as(triager, {
      method: 'POST',
      url: `/api/v1/reports/${report.id}/messages`,
      payload: { body: 'And on which **OS**? <script>x</script>' },
    });
    expect(ask.statusCode, ask.body).toBe(201);
    expect(ask.json<{ bodyHtml: string }>().bodyHtml).toBe(
      '<p>And on which <strong>OS</strong>? &lt;script&gt;x&lt;/script&gt;</p>\n',
    );
    await as(triager, {
      method: 'POST',
      url: `/api/v1/reports/${report.id}/messages`,
      payload: { body: 'Looks like CVE-2026-1234 again', internal: true },
    });

    const theirs = await app.inject({
      method: 'GET',
      url: `/api/v1/reports/${report.id}/messages`,
      headers: reporter,
    });
    expect(
      theirs
        .json<{ items: { body: string; authorId: string | null }[] }>()
        .items.map((m) => m.body),
    ).toEqual(['Which version did you test?', 'And on which **OS**? <script>x</script>']);
    problem(
      await app.inject({
        method: 'POST',
        url: `/api/v1/reports/${report.id}/messages`,
        headers: reporter,
        payload: { body: 'sneaky', internal: true },
      }),
      403,
      'forbidden',
    );
    await reporterAnswers(report, 'Version 4.2, fresh install.');

    const view = await as(triager, { method: 'GET', url: `/api/v1/reports/${report.id}/case` });
    expect(view.json<{ status: string }>().status).toBe('triage');
    const all = await as(triager, { method: 'GET', url: `/api/v1/reports/${report.id}/messages` });
    expect(all.json<{ items: { internal: boolean }[] }>().items.map((m) => m.internal)).toEqual([
      false,
      false,
      true,
      false,
    ]);
    const kinds = (
      await app.testDb.db.kysely.selectFrom('outbox').select(['kind', 'payload']).execute()
    )
      .filter((o) => (JSON.parse(o.payload) as { reportRef?: string }).reportRef === report.id)
      .map((o) => o.kind);
    expect(kinds.filter((k) => k === 'mail.report-message')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'mail.report-answer')).toHaveLength(1);
    // Someone else's token sees nothing of it.
    const other = await submit();
    problem(
      await app.inject({
        method: 'GET',
        url: `/api/v1/reports/${report.id}/messages`,
        headers: { authorization: `Bearer ${other.trackingToken}` },
      }),
      404,
      'not-found',
    );
    // Refusals name the field, as the tracking page shows them beside it.
    for (const body of ['   ', 'x'.repeat(50_001)]) {
      const refused = problem(
        await app.inject({
          method: 'POST',
          url: `/api/v1/reports/${report.id}/messages`,
          headers: reporter,
          payload: { body },
        }),
        400,
        'validation-failed',
      );
      expect(refused.errors.map((e) => e.path)).toEqual(['body']);
    }
    const meta = await app.inject({ method: 'GET', url: '/api/v1/meta' });
    expect(meta.json<{ maxMessageLength: number }>().maxMessageLength).toBe(50_000);
  });
});

describe('message authors', () => {
  interface Authored {
    author: string;
    authorId: string | null;
    authorName: string | null;
    body: string;
  }

  it('names the member of staff who wrote each message or note for staff, never for the reporter', async () => {
    const report = await submit({ reporter: { email: 'authors@example.org' } });
    const reporter = { authorization: `Bearer ${report.trackingToken}` };
    const named = await createStaffToken(app, { role: 'case-manager' });
    await app.testDb.db.kysely
      .updateTable('accounts')
      .set({ name: 'Ren Ito' })
      .where('id', '=', named.id)
      .execute();
    const url = `/api/v1/reports/${report.id}/messages`;
    const posted = async (res: Promise<LightMyRequestResponse>) => {
      const answer = await res;
      expect(answer.statusCode, answer.body).toBe(201);
      return answer.json<Authored>();
    };

    // The answer to each write already names its writer, for staff.
    const message = await posted(
      as(named, { method: 'POST', url, payload: { body: 'We can reproduce it.' } }),
    );
    expect(message).toMatchObject({ authorId: named.id, authorName: 'Ren Ito' });
    const note = await posted(
      as(manager, { method: 'POST', url, payload: { body: 'Same as last year', internal: true } }),
    );
    // No display name: the e-mail address stands in.
    expect(note).toMatchObject({ authorId: manager.id, authorName: manager.email });
    const answer = await posted(
      app.inject({ method: 'POST', url, headers: reporter, payload: { body: 'Thanks!' } }),
    );
    expect(answer).toMatchObject({ author: 'reporter', authorId: null, authorName: null });

    const staffView = await as(auditor, { method: 'GET', url });
    expect(staffView.statusCode, staffView.body).toBe(200);
    const line = (m: Authored) => [m.author, m.authorId, m.authorName];
    expect(staffView.json<{ items: Authored[] }>().items.map(line)).toEqual([
      ['staff', named.id, 'Ren Ito'],
      ['staff', manager.id, manager.email],
      ['reporter', null, null],
    ]);

    const theirs = await app.inject({ method: 'GET', url, headers: reporter });
    expect(theirs.statusCode, theirs.body).toBe(200);
    expect(theirs.json<{ items: Authored[] }>().items.map(line)).toEqual([
      ['staff', null, null],
      ['reporter', null, null],
    ]);
    for (const secret of ['Ren Ito', named.email, named.id, manager.email]) {
      expect(theirs.body).not.toContain(secret);
    }
  });
});

describe('the timeline', () => {
  interface StaffEntry {
    kind: string;
    actor: string;
    by: { id: string; email: string; name: string | null } | null;
    assignee: { id: string; email: string } | null;
    data: Record<string, unknown>;
  }

  it('names the member of staff behind each change for staff, and never for the reporter', async () => {
    const report = await submit({ reporter: { email: 'named@example.org' } });
    const reporter = { authorization: `Bearer ${report.trackingToken}` };
    await app.testDb.db.kysely
      .updateTable('accounts')
      .set({ name: 'Mio Tanaka' })
      .where('id', '=', triager.id)
      .execute();
    await moved(manager, report.id, { to: 'triage' });
    await as(triager, {
      method: 'POST',
      url: `/api/v1/reports/${report.id}/assignee`,
      payload: { assigneeId: manager.id },
    });
    await moved(triager, report.id, { to: 'needs-info', reason: 'Which build?' });
    await reporterAnswers(report, 'Build 4211.');

    const view = await as(auditor, { method: 'GET', url: `/api/v1/reports/${report.id}/case` });
    expect(view.statusCode, view.body).toBe(200);
    const timeline = view.json<{ timeline: StaffEntry[] }>().timeline;
    const line = (e: StaffEntry) => [e.kind, e.actor, e.by?.email ?? null];
    expect(timeline.map(line)).toEqual([
      ['received', 'reporter', null],
      ['status-changed', 'staff', manager.email],
      ['assigned', 'staff', triager.email],
      ['message', 'staff', triager.email],
      ['status-changed', 'staff', triager.email],
      ['message', 'reporter', null],
      ['status-changed', 'system', null],
    ]);
    expect(timeline[2]?.by).toEqual({
      id: triager.id,
      email: triager.email,
      name: 'Mio Tanaka',
      role: 'triager',
    });
    expect(timeline[2]?.assignee?.email).toBe(manager.email);
    expect(timeline.filter((e) => e.kind !== 'assigned').map((e) => e.assignee)).toEqual(
      Array.from({ length: 6 }, () => null),
    );
    expect(timeline[4]?.data).toMatchObject({
      from: 'triage',
      to: 'needs-info',
      messageId: timeline[3]?.data.messageId,
    });

    // The reporter's view of the same report names nobody on the team.
    const tracked = await app.inject({
      method: 'GET',
      url: `/api/v1/reports/${report.id}`,
      headers: reporter,
    });
    expect(tracked.statusCode).toBe(200);
    const theirs = tracked.json<{ timeline: Record<string, unknown>[] }>().timeline;
    expect(theirs.length).toBeGreaterThan(0);
    for (const entry of theirs)
      expect(Object.keys(entry).sort()).toEqual(['actor', 'at', 'data', 'kind']);
    for (const member of [triager, manager]) {
      expect(tracked.body).not.toContain(member.id);
      expect(tracked.body).not.toContain(member.email);
    }
    expect(tracked.body).not.toContain('Mio Tanaka');
  });
});
