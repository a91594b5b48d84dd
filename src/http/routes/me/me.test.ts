import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../../crypto/tokens.js';
import { addressSequence, buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { registerVerifiedResearcher } from '../../../../test/helpers/researchers.js';
import { buildReport, MINIMAL_REPORT } from '../../../../test/helpers/factories.js';

let app: TestApp;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(async () => {
  await app.close();
});

const PASSWORD = 'correct horse battery staple';

interface Researcher {
  id: string;
  email: string;
  cookie: string;
  csrf: string;
}

interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors: { path: string; message: string }[];
  instance?: string;
}

/** The problem without `instance` (the request path, which names the id asked for). */
const withoutInstance = (p: Problem): Problem => ({ ...p, instance: undefined });

interface CreatedToken {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  token: string;
}

const freshAddress = addressSequence(3);

async function researcher(email: string): Promise<Researcher> {
  await registerVerifiedResearcher(app, email, PASSWORD);
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/session',
    payload: { email, password: PASSWORD },
    remoteAddress: freshAddress(),
  });
  expect(res.statusCode).toBe(200);
  const body = res.json<{ account: { id: string }; csrfToken: string }>();
  const cookie = res.cookies.find((c) => c.name === 'vd_session')?.value ?? '';
  return { id: body.account.id, email, cookie, csrf: body.csrfToken };
}

/** A request as the signed-in browser of `who`: session cookie plus CSRF header. */
function asSession(who: Researcher, opts: InjectOptions): InjectOptions {
  return {
    ...opts,
    cookies: { vd_session: who.cookie },
    headers: { ...opts.headers, 'x-csrf-token': who.csrf },
  };
}

function asBearer(token: string, opts: InjectOptions): InjectOptions {
  return { ...opts, headers: { ...opts.headers, authorization: `Bearer ${token}` } };
}

async function createToken(who: Researcher, name = 'script'): Promise<CreatedToken> {
  const res = await app.inject(
    asSession(who, { method: 'POST', url: '/api/v1/me/tokens', payload: { name } }),
  );
  expect(res.statusCode).toBe(201);
  return res.json<CreatedToken>();
}

function submit(opts: Omit<InjectOptions, 'method' | 'url' | 'payload'>, title = 'XSS in search') {
  return app.inject({
    ...opts,
    method: 'POST',
    url: '/api/v1/reports',
    payload: buildReport({ title }, MINIMAL_REPORT),
  });
}

async function submitted(
  opts: Omit<InjectOptions, 'method' | 'url' | 'payload'>,
  title?: string,
): Promise<{ id: string; trackingToken: string }> {
  const res = await submit(opts, title);
  expect(res.statusCode).toBe(201);
  return res.json<{ id: string; trackingToken: string }>();
}

let aiko: Researcher;
let ben: Researcher;
beforeAll(async () => {
  aiko = await researcher('aiko@example.org');
  ben = await researcher('ben@example.org');
});

describe('authentication', () => {
  const endpoints: InjectOptions[] = [
    { method: 'GET', url: '/api/v1/me' },
    { method: 'GET', url: '/api/v1/me/reports' },
    { method: 'GET', url: '/api/v1/me/tokens' },
    { method: 'POST', url: '/api/v1/me/tokens', payload: { name: 'x' } },
    { method: 'DELETE', url: '/api/v1/me/tokens/0192c0de-0000-7000-8000-000000000000' },
  ];

  it.each(endpoints)('$method $url requires authentication', async (opts) => {
    const res = await app.inject(opts);
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({
      status: 401,
      code: 'unauthorized',
      detail: 'sign in or send an API token',
    });
  });

  it('does not accept a report tracking token as an account credential', async () => {
    const { trackingToken } = await submitted({});
    expect(trackingToken.startsWith('vdt_')).toBe(true);
    for (const opts of endpoints) {
      const res = await app.inject(asBearer(trackingToken, opts));
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ code: 'unauthorized' });
    }
  });

  it('answers 401 for a garbage or malformed bearer token', async () => {
    for (const authorization of [
      'Bearer garbage',
      'Bearer vdp_' + 'A'.repeat(43),
      'Bearer vdt_' + 'A'.repeat(43),
      'Basic YWxhZGRpbjpvcGVuc2VzYW1l',
      'Bearer',
    ]) {
      const res = await app.inject({
        method: 'GET',
        url: '/api/v1/me',
        headers: { authorization },
      });
      expect(res.statusCode, authorization).toBe(401);
      expect(res.json()).toMatchObject({
        code: 'unauthorized',
        detail: 'the token or session is invalid or expired',
      });
    }
  });

  it('needs no CSRF header for bearer-authenticated requests', async () => {
    const { token, id } = await createToken(aiko, 'no-csrf');
    const report = await submit(asBearer(token, {}));
    expect(report.statusCode).toBe(201);
    const revoke = await app.inject(
      asBearer(token, { method: 'DELETE', url: `/api/v1/me/tokens/${id}` }),
    );
    expect(revoke.statusCode).toBe(204);
  });

  it('refuses a state-changing request with only the session cookie (no CSRF header)', async () => {
    const before = await app.testDb.db.kysely
      .selectFrom('reports')
      .select('id')
      .where('accountId', '=', aiko.id)
      .execute();
    const res = await submit({ cookies: { vd_session: aiko.cookie } });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'csrf-failed' });
    const after = await app.testDb.db.kysely
      .selectFrom('reports')
      .select('id')
      .where('accountId', '=', aiko.id)
      .execute();
    expect(after).toHaveLength(before.length);
  });

  it('does not let an API token create more tokens', async () => {
    const { token } = await createToken(aiko, 'limited');
    const res = await app.inject(
      asBearer(token, { method: 'POST', url: '/api/v1/me/tokens', payload: { name: 'more' } }),
    );
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'forbidden' });
    const rows = await app.testDb.db.kysely
      .selectFrom('apiTokens')
      .select('id')
      .where('name', '=', 'more')
      .execute();
    expect(rows).toEqual([]);
  });

  it('rejects a submission with an invalid bearer token instead of filing it anonymously', async () => {
    const res = await submit({ headers: { authorization: 'Bearer vdp_revoked-or-wrong' } });
    expect(res.statusCode).toBe(401);
  });
});

describe('bad input', () => {
  it('rejects a token without a name, with an empty name or with unknown fields', async () => {
    const cases: [unknown, string, string][] = [
      [{}, 'name', 'validation-failed'],
      [{ name: '' }, 'name', 'validation-failed'],
      [{ name: 'x'.repeat(101) }, 'name', 'validation-failed'],
      [{ name: 'ci', scopes: ['all'] }, 'scopes', 'unknown-field'],
    ];
    for (const [payload, path, code] of cases) {
      const res = await app.inject(
        asSession(aiko, { method: 'POST', url: '/api/v1/me/tokens', payload: payload as object }),
      );
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      const body = res.json<Problem>();
      expect(body.code).toBe(code);
      expect(body.errors.map((e) => e.path)).toEqual([path]);
    }
  });

  it.each(['0', '1000', '-1', 'two'])('rejects /me/reports?limit=%s', async (limit) => {
    const res = await app.inject(
      asSession(aiko, { method: 'GET', url: `/api/v1/me/reports?limit=${limit}` }),
    );
    expect(res.statusCode).toBe(400);
    const body = res.json<Problem>();
    expect(body.code).toBe('validation-failed');
    expect(body.errors.map((e) => e.path)).toEqual(['querystring:limit']);
  });

  it('rejects a cursor that is not a time', async () => {
    const res = await app.inject(
      asSession(aiko, { method: 'GET', url: '/api/v1/me/reports?before=yesterday' }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json<Problem>().errors.map((e) => e.path)).toEqual(['querystring:before']);
  });

  it("answers 404 for another account's token, the same as for a token that does not exist", async () => {
    const bens = await createToken(ben, 'ben-ci');
    const other = await app.inject(
      asSession(aiko, { method: 'DELETE', url: `/api/v1/me/tokens/${bens.id}` }),
    );
    const missing = await app.inject(
      asSession(aiko, {
        method: 'DELETE',
        url: '/api/v1/me/tokens/0192c0de-0000-7000-8000-000000000000',
      }),
    );
    expect(other.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    const otherBody = withoutInstance(other.json<Problem>());
    const missingBody = withoutInstance(missing.json<Problem>());
    expect(otherBody).toEqual(missingBody);
    expect(otherBody.code).toBe('not-found');

    // Ben's token still works.
    const row = await app.testDb.db.kysely
      .selectFrom('apiTokens')
      .select('revokedAt')
      .where('id', '=', bens.id)
      .executeTakeFirstOrThrow();
    expect(row.revokedAt).toBeNull();
    const me = await app.inject(asBearer(bens.token, { method: 'GET', url: '/api/v1/me' }));
    expect(me.statusCode).toBe(200);
  });
});

describe('happy path', () => {
  it('answers the signed-in account, by session and by API token', async () => {
    const bySession = await app.inject({
      method: 'GET',
      url: '/api/v1/me',
      cookies: { vd_session: aiko.cookie },
    });
    expect(bySession.statusCode).toBe(200);
    expect(bySession.json()).toEqual({ id: aiko.id, email: aiko.email, role: 'researcher' });

    const { token } = await createToken(aiko);
    const byToken = await app.inject(asBearer(token, { method: 'GET', url: '/api/v1/me' }));
    expect(byToken.statusCode).toBe(200);
    expect(byToken.json()).toEqual(bySession.json());
  });

  it('creates an API token, shows it once and stores only its SHA-256', async () => {
    const now = app.clock.now().toISOString();
    const res = await app.inject(
      asSession(aiko, { method: 'POST', url: '/api/v1/me/tokens', payload: { name: 'CI' } }),
    );
    expect(res.statusCode).toBe(201);
    expect(res.headers['cache-control']).toBe('no-store');
    const created = res.json<CreatedToken>();
    expect(created).toEqual({
      id: expect.any(String) as unknown,
      name: 'CI',
      prefix: created.token.slice(0, 10),
      createdAt: now,
      lastUsedAt: null,
      token: expect.stringMatching(/^vdp_[A-Za-z0-9_-]{43}$/) as unknown,
    });

    const row = await app.testDb.db.kysely
      .selectFrom('apiTokens')
      .selectAll()
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      id: created.id,
      accountId: aiko.id,
      name: 'CI',
      tokenHash: hashToken(created.token),
      prefix: created.token.slice(0, 10),
      createdAt: now,
      lastUsedAt: null,
      revokedAt: null,
    });
    expect(Object.values(row)).not.toContain(created.token);

    // The list never carries the secret.
    const list = await app.inject({
      method: 'GET',
      url: '/api/v1/me/tokens',
      cookies: { vd_session: aiko.cookie },
    });
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(created.token);
    const listed = list.json<{ items: { id: string }[] }>().items.find((t) => t.id === created.id);
    expect(listed).toStrictEqual({
      id: created.id,
      name: 'CI',
      prefix: created.prefix,
      createdAt: now,
      lastUsedAt: null,
    });
  });

  it('lists only the account’s own live tokens, newest first, with when each was last used', async () => {
    const carol = await researcher('carol@example.org');
    const first = await createToken(carol, 'first');
    app.clock.advance(1_000);
    const second = await createToken(carol, 'second');
    app.clock.advance(1_000);
    const usedAt = app.clock.now().toISOString();
    expect(
      (await app.inject(asBearer(first.token, { method: 'GET', url: '/api/v1/me' }))).statusCode,
    ).toBe(200);

    const res = await app.inject({
      method: 'GET',
      url: '/api/v1/me/tokens',
      cookies: { vd_session: carol.cookie },
    });
    expect(res.statusCode).toBe(200);
    const items = res.json<{ items: { id: string; name: string; lastUsedAt: string | null }[] }>()
      .items;
    expect(items.map((t) => [t.name, t.lastUsedAt])).toEqual([
      ['second', null],
      ['first', usedAt],
    ]);
    expect(items.map((t) => t.id)).toEqual([second.id, first.id]);
  });

  it('records a token use again only once the recorded one is a minute old', async () => {
    const hana = await researcher('hana@example.org');
    const { token } = await createToken(hana, 'script');
    const use = async (): Promise<string | null> => {
      const me = await app.inject(asBearer(token, { method: 'GET', url: '/api/v1/me' }));
      expect(me.statusCode).toBe(200);
      const res = await app.inject({
        method: 'GET',
        url: '/api/v1/me/tokens',
        cookies: { vd_session: hana.cookie },
      });
      return res.json<{ items: { lastUsedAt: string | null }[] }>().items[0]?.lastUsedAt ?? null;
    };
    const firstUse = app.clock.now().toISOString();
    expect(await use()).toBe(firstUse);
    app.clock.advance(59_000);
    expect(await use()).toBe(firstUse);
    app.clock.advance(1_000);
    expect(await use()).toBe(app.clock.now().toISOString());
  });

  it('files reports sent with an API token under the account', async () => {
    const dan = await researcher('dan@example.org');
    const { token } = await createToken(dan);
    const report = await submitted(asBearer(token, {}), 'Sent by a script');

    const row = await app.testDb.db.kysely
      .selectFrom('reports')
      .select(['accountId'])
      .where('ref', '=', report.id)
      .executeTakeFirstOrThrow();
    expect(row.accountId).toBe(dan.id);

    const mine = await app.inject(asBearer(token, { method: 'GET', url: '/api/v1/me/reports' }));
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toEqual({
      items: [
        {
          id: report.id,
          title: 'Sent by a script',
          status: 'new',
          researcherStatus: 'received',
          qualityTier: expect.any(String) as unknown,
          receivedAt: app.clock.now().toISOString(),
          firstResponseDueAt: expect.any(String) as unknown,
        },
      ],
      next: null,
    });
  });

  it('files reports sent from a signed-in browser under the account; anonymous ones stay anonymous', async () => {
    const erin = await researcher('erin@example.org');
    const signedIn = await submitted(asSession(erin, {}), 'From the portal');
    const anonymous = await submitted({}, 'Without an account');

    const rows = await app.testDb.db.kysely
      .selectFrom('reports')
      .select(['ref', 'accountId'])
      .where('ref', 'in', [signedIn.id, anonymous.id])
      .orderBy('ref')
      .execute();
    expect(rows).toEqual([
      { ref: signedIn.id, accountId: erin.id },
      { ref: anonymous.id, accountId: null },
    ]);

    const mine = await app.inject({
      method: 'GET',
      url: '/api/v1/me/reports',
      cookies: { vd_session: erin.cookie },
    });
    expect(mine.json<{ items: { id: string }[] }>().items.map((r) => r.id)).toEqual([signedIn.id]);

    // The anonymous reporter still follows the report with the tracking token.
    const tracked = await app.inject(
      asBearer(anonymous.trackingToken, { method: 'GET', url: `/api/v1/reports/${anonymous.id}` }),
    );
    expect(tracked.statusCode).toBe(200);
  });

  it('revokes a token: it is refused from then on and leaves the list', async () => {
    const { id, token } = await createToken(aiko, 'to-revoke');
    // Used once first, so the server has its owner at hand when it is revoked.
    expect(
      (await app.inject(asBearer(token, { method: 'GET', url: '/api/v1/me' }))).statusCode,
    ).toBe(200);
    const res = await app.inject(
      asSession(aiko, { method: 'DELETE', url: `/api/v1/me/tokens/${id}` }),
    );
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe('');

    const row = await app.testDb.db.kysely
      .selectFrom('apiTokens')
      .select('revokedAt')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.revokedAt).toBe(app.clock.now().toISOString());

    const me = await app.inject(asBearer(token, { method: 'GET', url: '/api/v1/me' }));
    expect(me.statusCode).toBe(401);
    expect(me.json()).toMatchObject({ detail: 'the token or session is invalid or expired' });
    expect((await submit(asBearer(token, {}))).statusCode).toBe(401);

    const list = await app.inject({
      method: 'GET',
      url: '/api/v1/me/tokens',
      cookies: { vd_session: aiko.cookie },
    });
    expect(list.json<{ items: { id: string }[] }>().items.map((t) => t.id)).not.toContain(id);

    // Revoking twice is like revoking a token that does not exist.
    const again = await app.inject(
      asSession(aiko, { method: 'DELETE', url: `/api/v1/me/tokens/${id}` }),
    );
    expect(again.statusCode).toBe(404);
  });

  it('pages /me/reports newest first with the next cursor', async () => {
    const fay = await researcher('fay@example.org');
    const ids: string[] = [];
    for (let i = 1; i <= 5; i++) {
      app.clock.advance(60_000);
      ids.push((await submitted(asSession(fay, {}), `Report ${i}`)).id);
    }
    const newestFirst = [...ids].reverse();

    const pages: string[][] = [];
    let url = '/api/v1/me/reports?limit=2';
    for (;;) {
      const res = await app.inject({ method: 'GET', url, cookies: { vd_session: fay.cookie } });
      expect(res.statusCode).toBe(200);
      const body = res.json<{ items: { id: string; receivedAt: string }[]; next: string | null }>();
      pages.push(body.items.map((r) => r.id));
      if (body.next === null) break;
      const lastItem = body.items[body.items.length - 1];
      expect(body.next).toBe(`${lastItem?.receivedAt}~${lastItem?.id}`);
      url = `/api/v1/me/reports?limit=2&before=${encodeURIComponent(body.next)}`;
      expect(pages.length).toBeLessThan(5);
    }
    expect(pages).toEqual([newestFirst.slice(0, 2), newestFirst.slice(2, 4), newestFirst.slice(4)]);

    const all = await app.inject({
      method: 'GET',
      url: '/api/v1/me/reports',
      cookies: { vd_session: fay.cookie },
    });
    const body = all.json<{ items: { id: string; title: string }[]; next: string | null }>();
    expect(body.items.map((r) => r.title)).toEqual([
      'Report 5',
      'Report 4',
      'Report 3',
      'Report 2',
      'Report 1',
    ]);
    expect(body.next).toBeNull();
  });

  it('pages without skipping reports received in the same millisecond', async () => {
    const gil = await researcher('gil@example.org');
    const ids: string[] = [];
    for (let i = 1; i <= 3; i++)
      ids.push((await submitted(asSession(gil, {}), `Same time ${i}`)).id);
    const seen: string[] = [];
    let url = '/api/v1/me/reports?limit=1';
    for (let page = 0; page < 5; page++) {
      const res = await app.inject({ method: 'GET', url, cookies: { vd_session: gil.cookie } });
      const body = res.json<{ items: { id: string }[]; next: string | null }>();
      seen.push(...body.items.map((r) => r.id));
      if (body.next === null) break;
      url = `/api/v1/me/reports?limit=1&before=${encodeURIComponent(body.next)}`;
    }
    expect(seen).toEqual([...ids].reverse());
  });

  it("shows an account's report to that account only; others get the 404 of a missing report", async () => {
    const { token } = await createToken(aiko, 'reader');
    const report = await submitted(asSession(aiko, {}), 'Only for Aiko');

    const bySession = await app.inject({
      method: 'GET',
      url: `/api/v1/reports/${report.id}`,
      cookies: { vd_session: aiko.cookie },
    });
    expect(bySession.statusCode).toBe(200);
    expect(bySession.json()).toMatchObject({ id: report.id, report: { title: 'Only for Aiko' } });
    const byToken = await app.inject(
      asBearer(token, { method: 'GET', url: `/api/v1/reports/${report.id}` }),
    );
    expect(byToken.statusCode).toBe(200);
    expect(byToken.json()).toMatchObject({ id: report.id });

    const bens = await createToken(ben, 'ben-reader');
    const missingRef = 'VD-2026-99999';
    const attempts = [
      { cookies: { vd_session: ben.cookie } },
      { headers: { authorization: `Bearer ${bens.token}` } },
    ];
    for (const creds of attempts) {
      const other = await app.inject({
        ...creds,
        method: 'GET',
        url: `/api/v1/reports/${report.id}`,
      });
      const missing = await app.inject({
        ...creds,
        method: 'GET',
        url: `/api/v1/reports/${missingRef}`,
      });
      expect(other.statusCode).toBe(404);
      expect(missing.statusCode).toBe(404);
      const otherBody = withoutInstance(other.json<Problem>());
      const missingBody = withoutInstance(missing.json<Problem>());
      expect(otherBody).toEqual(missingBody);
      expect(other.body).not.toContain('Only for Aiko');
    }

    // Nor does Ben's list show it.
    const bensList = await app.inject({
      method: 'GET',
      url: '/api/v1/me/reports',
      cookies: { vd_session: ben.cookie },
    });
    expect(bensList.json<{ items: { id: string }[] }>().items.map((r) => r.id)).not.toContain(
      report.id,
    );
  });
});
