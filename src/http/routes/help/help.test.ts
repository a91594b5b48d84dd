import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { HELP_DESTINATION_IDS, HELP_GROUPS } from '../../../domain/help/destinations.js';

interface Item {
  id: string;
  group: string;
  title: string;
  text: string;
  url?: string;
  email?: string;
}

interface Answer {
  language: string;
  items: Item[];
}

const DESTINATIONS = '/api/v1/help/destinations';

describe('GET /api/v1/help/destinations', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  describe('authentication', () => {
    it('needs none, and ignores credentials that do not resolve', async () => {
      expect((await app.inject({ method: 'GET', url: DESTINATIONS })).statusCode).toBe(200);
      const res = await app.inject({
        method: 'GET',
        url: DESTINATIONS,
        headers: { authorization: 'Bearer garbage' },
      });
      expect(res.statusCode).toBe(200);
    });
  });

  describe('bad input', () => {
    it('answers 400 naming lang for a language we do not answer in', async () => {
      const res = await app.inject({ method: 'GET', url: `${DESTINATIONS}?lang=de` });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      const body = res.json<{ code: string; errors: { path: string }[] }>();
      expect(body.code).toBe('validation-failed');
      expect(body.errors.map((e) => e.path)).toEqual(['querystring:lang']);
    });
  });

  describe('happy path', () => {
    it('lists the thirteen defaults in English, grouped, each with one target', async () => {
      const res = await app.inject({ method: 'GET', url: DESTINATIONS });
      expect(res.statusCode).toBe(200);
      const body = res.json<Answer>();
      expect(body.language).toBe('en');
      expect(body.items.map((d) => d.id)).toEqual([...HELP_DESTINATION_IDS]);
      const groups = body.items.map((d) => HELP_GROUPS.indexOf(d.group as never));
      expect(groups).toEqual([...groups].sort((a, b) => a - b));
      expect(groups).not.toContain(-1);
      for (const d of body.items) {
        expect(Object.keys(d).sort()).toEqual(
          d.id === 'update-info'
            ? ['group', 'id', 'text', 'title', 'url']
            : ['email', 'group', 'id', 'text', 'title'],
        );
      }
      expect(body.items.find((d) => d.id === 'update-info')?.url).toBe('/guide');
      // SUPPORT_EMAIL defaults to support@ the host of PUBLIC_URL.
      expect(body.items.find((d) => d.id === 'sign-in')?.email).toBe('support@vulndesk.test');
    });

    it('answers in Japanese when asked', async () => {
      const body = (
        await app.inject({ method: 'GET', url: `${DESTINATIONS}?lang=ja` })
      ).json<Answer>();
      expect(body.language).toBe('ja');
      expect(body.items[0]?.title).toBe('アカウントが乗っ取られた、または不正に使われている');
    });

    it('is cacheable: Cache-Control, an ETag per language, 304 for If-None-Match', async () => {
      const en = await app.inject({ method: 'GET', url: `${DESTINATIONS}?lang=en` });
      const ja = await app.inject({ method: 'GET', url: `${DESTINATIONS}?lang=ja` });
      expect(en.headers['cache-control']).toBe('public, max-age=300');
      const etag = String(en.headers.etag);
      expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
      expect(ja.headers.etag).not.toBe(etag);
      for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
        const res = await app.inject({
          method: 'GET',
          url: `${DESTINATIONS}?lang=en`,
          headers: { 'if-none-match': ifNoneMatch },
        });
        expect(res.statusCode, ifNoneMatch).toBe(304);
        expect(res.body).toBe('');
        expect(res.headers.etag).toBe(etag);
      }
      const stale = await app.inject({
        method: 'GET',
        url: `${DESTINATIONS}?lang=en`,
        headers: { 'if-none-match': '"stale"' },
      });
      expect(stale.statusCode).toBe(200);
    });
  });

  describe('HELP_DESTINATIONS_FILE and SUPPORT_EMAIL', () => {
    let configured: TestApp;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vulndesk-help-'));
    beforeAll(async () => {
      const file = path.join(dir, 'help.json');
      fs.writeFileSync(
        file,
        JSON.stringify({
          'sign-in': { url: 'https://support.contoso.com/sign-in' },
          piracy: {
            email: 'piracy@contoso.com',
            title: { en: 'Report piracy', ja: '不正コピーの報告' },
          },
          community: { hidden: true },
        }),
      );
      configured = await buildTestApp({
        HELP_DESTINATIONS_FILE: file,
        SUPPORT_EMAIL: 'help@contoso.com',
      });
    });
    afterAll(async () => {
      await configured.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it("apply the operator's destinations over the defaults", async () => {
      const en = (await configured.inject({ method: 'GET', url: DESTINATIONS })).json<Answer>();
      const byId = new Map(en.items.map((d) => [d.id, d]));
      expect(byId.has('community')).toBe(false);
      expect(en.items).toHaveLength(12);
      expect(byId.get('sign-in')).toMatchObject({ url: 'https://support.contoso.com/sign-in' });
      expect(byId.get('sign-in')?.email).toBeUndefined();
      expect(byId.get('piracy')).toMatchObject({
        title: 'Report piracy',
        email: 'piracy@contoso.com',
      });
      expect(byId.get('malware')?.email).toBe('help@contoso.com');
      const ja = (
        await configured.inject({ method: 'GET', url: `${DESTINATIONS}?lang=ja` })
      ).json<Answer>();
      expect(ja.items.find((d) => d.id === 'piracy')?.title).toBe('不正コピーの報告');
    });
  });
});
