/**
 * The `vulndesk` command as operators run it: `node bin/vulndesk.js …` in a child process, on a
 * temporary DATA_DIR (SQLite) or a fresh PostgreSQL database when DATABASE_URL is set.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { hashToken } from '../../src/crypto/tokens.js';
import { openDb, type Db } from '../../src/db/client.js';
import { MIGRATION_NAMES, migrateToLatest } from '../../src/db/migrate.js';
import { appendAudit } from '../../src/db/repositories/audit-log.js';
import { STAFF_ROLES } from '../../src/services/staff.service.js';
import {
  changeAuditDiff,
  deleteAuditEntry,
  disableAuditGuards,
  swapAuditEntries,
} from '../helpers/audit-tamper.js';
import { createTestDatabaseUrl, usingPostgres } from '../helpers/db.js';
import { buildReport, MINIMAL_REPORT } from '../helpers/factories.js';
import {
  logLines,
  runCli,
  sleep,
  startServer,
  stopAllChildren,
  type ServerProcess,
} from '../helpers/server-process.js';
import { enrolmentTokenOf, secretOf, STAFF_PASSWORD, totpCodeAt } from '../helpers/staff.js';

interface Target {
  env: Record<string, string>;
  dataDir: string;
  databaseUrl: string | undefined;
  /** What the CLI prints as the database location. */
  location: string;
}

const cleanups: (() => Promise<void>)[] = [];

/** A new, empty database of the dialect under test (and its own DATA_DIR). */
async function freshTarget(): Promise<Target> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vulndesk-cli-'));
  cleanups.push(() => Promise.resolve(fs.rmSync(dataDir, { recursive: true, force: true })));
  let databaseUrl: string | undefined;
  let location = path.join(dataDir, 'vulndesk.db');
  if (usingPostgres()) {
    const created = await createTestDatabaseUrl();
    cleanups.push(created.drop);
    databaseUrl = created.url;
    const u = new URL(created.url);
    location = `postgres://${u.host}${u.pathname}`;
  }
  return {
    env: { DATA_DIR: dataDir, ...(databaseUrl !== undefined ? { DATABASE_URL: databaseUrl } : {}) },
    dataDir,
    databaseUrl,
    location,
  };
}

/** A handle on the target's database, as the server would open it. */
const openTarget = (target: Target): Db =>
  openDb({ databaseUrl: target.databaseUrl, dataDir: target.dataDir, poolSize: 2 });

const postJson = (url: string, body: unknown): Promise<Response> =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

const HOUR = 3_600_000;

afterAll(async () => {
  await stopAllChildren();
  for (const cleanup of cleanups.reverse()) await cleanup();
});

const messages = (server: ServerProcess): string[] =>
  logLines(server.stdout()).map((l) => l.msg ?? '');
const FIRST_ADMIN_HINT = 'npx vulndesk user add --email you@example.com --role admin';

// Each command starts node with tsx; on a loaded two-core machine one start can take 20 s.
const SLOW = 120_000;

describe(`vulndesk CLI (${usingPostgres() ? 'PostgreSQL' : 'SQLite'})`, { timeout: SLOW }, () => {
  describe('migrate', () => {
    it('applies every migration to an empty database, then reports it up to date', async () => {
      const target = await freshTarget();
      const first = await runCli(['migrate'], target.env);
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      expect(MIGRATION_NAMES[0]).toBe('0001_initial');
      expect(first.stdout).toBe(`applied ${MIGRATION_NAMES.join(', ')} to ${target.location}\n`);

      const second = await runCli(['migrate'], target.env);
      expect(second.code).toBe(0);
      expect(second.stdout).toBe(`database ${target.location} is up to date\n`);
    });

    it('lets several processes migrate one database at once (the CLI next to a starting server)', async () => {
      const target = await freshTarget();
      const handles = Array.from({ length: 4 }, () =>
        openDb({ databaseUrl: target.databaseUrl, dataDir: target.dataDir, poolSize: 2 }),
      );
      try {
        const outcomes = await Promise.all(handles.map((db) => migrateToLatest(db)));
        const applied = outcomes.map((o) => o.applied).filter((a) => a.length > 0);
        expect(applied).toEqual([[...MIGRATION_NAMES]]);
      } finally {
        for (const db of handles) await db.close();
      }
    });
  });

  describe('user add, user reset and token create', () => {
    let target: Target;
    let link = '';

    beforeAll(async () => {
      target = await freshTarget();
    });

    it('creates a staff account without a password and prints its one-time enrolment link', async () => {
      const r = await runCli(
        ['user', 'add', '--email', 'a@example.com', '--role', 'admin'],
        target.env,
      );
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const m =
        /^created admin a@example\.com\nenrolment link \(shown once, valid until (\S+)\): (\S+)\n$/.exec(
          r.stdout,
        );
      expect(m).not.toBeNull();
      const expiresAt = Date.parse(m?.[1] ?? '');
      expect(expiresAt - Date.now()).toBeGreaterThan(71 * HOUR);
      expect(expiresAt - Date.now()).toBeLessThanOrEqual(72 * HOUR);
      link = m?.[2] ?? '';
      // PUBLIC_URL defaults to the listening address; the token is in the fragment.
      expect(link).toMatch(/^http:\/\/127\.0\.0\.1:8080\/console\/enrol#vde_[A-Za-z0-9_-]{43}$/);
    });

    it('refuses the same address a second time, whatever its case', async () => {
      const r = await runCli(
        ['user', 'add', '--email', 'A@Example.COM', '--role', 'triager'],
        target.env,
      );
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe('vulndesk: an account for a@example.com exists already\n');
    });

    it('refuses an unknown role and names the allowed ones', async () => {
      const r = await runCli(
        ['user', 'add', '--email', 'b@example.com', '--role', 'boss'],
        target.env,
      );
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`vulndesk: role: must be one of ${STAFF_ROLES.join(', ')}\n`);
    });

    it('serve says nothing about a first admin; the link enrols, and sign-in needs password and code', async () => {
      expect(link).not.toBe('');
      const token = enrolmentTokenOf(link);
      const server = await startServer({ ...target.env, LOG_LEVEL: 'info' });
      try {
        // /healthz can answer before the line logged after listen() has been read.
        await vi.waitFor(() =>
          expect(
            messages(server).some((m) => m.includes(`vulndesk listening on ${server.url}`)),
          ).toBe(true),
        );
        expect(server.stdout()).not.toContain('No staff account yet');
        expect(server.stdout()).not.toContain('npx vulndesk user add');

        const view = await fetch(`${server.url}/api/v1/staff/enrolment`, {
          headers: { 'x-enrolment-token': token },
        });
        expect(view.status).toBe(200);
        const body = (await view.json()) as { email: string; otpauthUri: string; qrSvg: string };
        expect(body.email).toBe('a@example.com');
        expect(body.qrSvg).toMatch(/^<svg/);
        const secret = secretOf(body.otpauthUri);

        const now = new Date();
        const enrolmentCode = await totpCodeAt(secret, now);
        const enrolled = await postJson(`${server.url}/api/v1/staff/enrolment`, {
          token,
          password: STAFF_PASSWORD,
          totp: enrolmentCode,
        });
        expect(enrolled.status).toBe(200);

        const noCode = await postJson(`${server.url}/api/v1/session`, {
          email: 'a@example.com',
          password: STAFF_PASSWORD,
        });
        expect(noCode.status).toBe(401);
        expect(((await noCode.json()) as { code: string }).code).toBe('totp-required');

        const nextCode = await totpCodeAt(secret, new Date(now.getTime() + 30_000));
        const signedIn = await postJson(`${server.url}/api/v1/session`, {
          email: 'a@example.com',
          password: STAFF_PASSWORD,
          totp: nextCode,
        });
        expect(signedIn.status).toBe(200);
        const session = (await signedIn.json()) as { account: { email: string; role: string } };
        expect(session.account).toMatchObject({ email: 'a@example.com', role: 'admin' });

        // Neither the link, the secret, the password nor a code reached the log.
        const output = server.stdout() + server.stderr();
        for (const secretText of [token, secret, STAFF_PASSWORD, enrolmentCode, nextCode]) {
          expect(output).not.toContain(secretText);
        }
      } finally {
        await server.stop('SIGTERM');
      }
    });

    it('user reset prints a new link, ends the old one, the password and the session', async () => {
      const r = await runCli(['user', 'reset', '--email', 'A@example.com'], target.env);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const m =
        /^reset admin a@example\.com: password and authenticator disabled, 1 session ended\nenrolment link \(shown once, valid until \S+\): (\S+)\n$/.exec(
          r.stdout,
        );
      expect(m).not.toBeNull();
      const fresh = m?.[1] ?? '';
      expect(fresh).not.toBe(link);

      const db = openTarget(target);
      try {
        const account = await db.kysely
          .selectFrom('accounts')
          .select(['id', 'passwordHash'])
          .where('email', '=', 'a@example.com')
          .executeTakeFirstOrThrow();
        expect(account.passwordHash).toBe('!');
        const totp = await db.kysely
          .selectFrom('staffTotp')
          .select('accountId')
          .where('accountId', '=', account.id)
          .execute();
        expect(totp).toEqual([]);
        const open = await db.kysely
          .selectFrom('staffEnrolments')
          .select('tokenHash')
          .where('accountId', '=', account.id)
          .where('usedAt', 'is', null)
          .execute();
        expect(open).toEqual([{ tokenHash: hashToken(enrolmentTokenOf(fresh)) }]);
      } finally {
        await db.close();
      }
    });

    it('refuses to reset an address without a staff account', async () => {
      const r = await runCli(['user', 'reset', '--email', 'nobody@example.com'], target.env);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe('vulndesk: there is no staff account for nobody@example.com\n');
    });

    it('token create prints a working token once and stores only its hash', async () => {
      const r = await runCli(
        ['token', 'create', '--email', 'a@example.com', '--name', 'ci pipeline'],
        target.env,
      );
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const m =
        /^created token "ci pipeline" \(id (\S+)\) for a@example\.com\ntoken \(shown once\): (vdp_[A-Za-z0-9_-]{43})\n$/.exec(
          r.stdout,
        );
      expect(m).not.toBeNull();
      const [, id = '', token = ''] = m ?? [];

      const db = openTarget(target);
      try {
        const row = await db.kysely
          .selectFrom('apiTokens')
          .select(['tokenHash', 'name'])
          .where('id', '=', id)
          .executeTakeFirstOrThrow();
        expect(row).toEqual({ tokenHash: hashToken(token), name: 'ci pipeline' });
        const audit = await db.kysely
          .selectFrom('auditLog')
          .select(['actor', 'action'])
          .where('target', '=', `token:${id}`)
          .execute();
        expect(audit).toEqual([{ actor: 'cli', action: 'token.created' }]);
      } finally {
        await db.close();
      }

      const server = await startServer({ ...target.env, LOG_LEVEL: 'info' });
      try {
        const me = await fetch(`${server.url}/api/v1/me`, {
          headers: { authorization: `Bearer ${token}` },
        });
        expect(me.status).toBe(200);
        expect(await me.json()).toMatchObject({ email: 'a@example.com', role: 'admin' });
        expect(server.stdout() + server.stderr()).not.toContain(token);
      } finally {
        await server.stop('SIGTERM');
      }
    });

    it('token create refuses unknown addresses and empty names', async () => {
      const unknown = await runCli(
        ['token', 'create', '--email', 'nobody@example.com', '--name', 'x'],
        target.env,
      );
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toBe('vulndesk: there is no staff account for nobody@example.com\n');
      const empty = await runCli(
        ['token', 'create', '--email', 'a@example.com', '--name', ' '],
        target.env,
      );
      expect(empty.code).toBe(2);
      expect(empty.stderr).toBe('vulndesk: name: must be 1 to 100 characters\n');
    });
  });

  describe('audit verify', () => {
    const ENTRIES = 20;

    /** A fresh database with ENTRIES entries, its guards removed as an attacker would. */
    async function targetWithEntries(): Promise<{ target: Target; ids: Map<number, string> }> {
      const target = await freshTarget();
      const db = openTarget(target);
      const ids = new Map<number, string>();
      try {
        await migrateToLatest(db);
        for (let i = 1; i <= ENTRIES; i++) {
          const entry = await db.kysely.transaction().execute((trx) =>
            appendAudit(trx, {
              at: new Date(Date.UTC(2026, 2, 2, 9, i)).toISOString(),
              actor: 'system',
              action: 'report.transitioned',
              target: `report:VD-2026-${String(i).padStart(5, '0')}`,
              diff: { status: ['new', 'triaged'] },
            }),
          );
          ids.set(entry.seq, entry.id);
        }
        await disableAuditGuards(db);
      } finally {
        await db.close();
      }
      return { target, ids };
    }

    async function tampered(tamper: (db: Db) => Promise<void>) {
      const { target, ids } = await targetWithEntries();
      const db = openTarget(target);
      try {
        await tamper(db);
      } finally {
        await db.close();
      }
      return { result: await runCli(['audit', 'verify', '--page-size', '6'], target.env), ids };
    }

    it('exits 0 with the number of entries and the head', async () => {
      const { target } = await targetWithEntries();
      const db = openTarget(target);
      const head = await db.kysely
        .selectFrom('auditHead')
        .select('hash')
        .executeTakeFirstOrThrow()
        .finally(() => db.close());
      const r = await runCli(['audit', 'verify', '--page-size', '6'], target.env);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`audit log intact: ${ENTRIES} entries, head ${head.hash}\n`);
    });

    it('names a changed row (hash-mismatch) and exits 3', async () => {
      const { result, ids } = await tampered((db) =>
        changeAuditDiff(db, 17, '{"status":["new","closed"]}'),
      );
      expect(result.code).toBe(3);
      expect(result.stdout).toBe(
        `audit log broken at seq 17 (id ${ids.get(17) ?? ''}): hash-mismatch (the entry does not hash to its stored hash)\n`,
      );
    });

    it('names a deleted middle row (gap)', async () => {
      const { result, ids } = await tampered((db) => deleteAuditEntry(db, 12));
      expect(result.code).toBe(3);
      expect(result.stdout).toBe(
        `audit log broken at seq 12: gap (seq 12 is missing before seq 13 (id ${ids.get(13) ?? ''}))\n`,
      );
    });

    it('names a deleted last row (gap)', async () => {
      const { result } = await tampered((db) => deleteAuditEntry(db, ENTRIES));
      expect(result.code).toBe(3);
      expect(result.stdout).toBe(
        `audit log broken at seq ${ENTRIES}: gap (the head names seq ${ENTRIES}, the last entry is seq ${ENTRIES - 1}: the entries after it are missing)\n`,
      );
    });

    it('names two rows whose contents were swapped (order)', async () => {
      const { result, ids } = await tampered((db) => swapAuditEntries(db, 5, 9));
      expect(result.code).toBe(3);
      expect(result.stdout).toBe(
        `audit log broken at seq 5 (id ${ids.get(9) ?? ''}): order (the entry that belongs at seq 5 stands at seq 9 (id ${ids.get(5) ?? ''}))\n`,
      );
    });
  });

  describe('serve with bad configuration', () => {
    let dataDir = '';

    beforeAll(() => {
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vulndesk-cli-config-'));
      cleanups.push(() => Promise.resolve(fs.rmSync(dataDir, { recursive: true, force: true })));
    });

    it('exits 1 with exactly one "config error" line per bad variable, before touching data', async () => {
      const [one, two] = await Promise.all([
        runCli(['serve'], { DATA_DIR: dataDir, PORT: 'abc' }),
        runCli(['serve'], { DATA_DIR: dataDir, PORT: 'abc', FIRST_RESPONSE_HOURS: '0' }),
      ]);
      expect(one.code).toBe(1);
      expect(one.stdout).toBe('');
      expect(one.stderr.split('\n').filter((l) => l !== '')).toEqual([
        'config error: PORT: must be an integer from 0 to 65535, got "abc"',
      ]);

      expect(two.code).toBe(1);
      expect(two.stdout).toBe('');
      const lines = two.stderr.split('\n').filter((l) => l !== '');
      expect(lines).toHaveLength(2);
      expect(lines.filter((l) => l.startsWith('config error: PORT: '))).toHaveLength(1);
      expect(lines.filter((l) => l.startsWith('config error: FIRST_RESPONSE_HOURS: '))).toEqual([
        'config error: FIRST_RESPONSE_HOURS: must be an integer from 1 to 720, got "0"',
      ]);

      expect(fs.readdirSync(dataDir)).toEqual([]);
    });
  });

  it.runIf(usingPostgres())(
    'serve warns when PostgreSQL may lose acknowledged commits (synchronous_commit off)',
    async () => {
      const target = await freshTarget();
      const admin = new pg.Client({ connectionString: target.databaseUrl });
      await admin.connect();
      try {
        const name = new URL(target.databaseUrl ?? '').pathname.slice(1);
        await admin.query(`ALTER DATABASE ${name} SET synchronous_commit = off`);
      } finally {
        await admin.end();
      }
      const server = await startServer({ ...target.env, LOG_LEVEL: 'warn' });
      try {
        const warnings = logLines(server.stdout()).filter((l) => l.level === 40);
        expect(warnings.map((l) => l.msg)).toEqual([
          'PostgreSQL synchronous_commit is off: a report acknowledged as received can be lost in a crash',
        ]);
      } finally {
        await server.stop('SIGTERM');
      }
    },
  );

  describe('serve on a fresh database', () => {
    let target: Target;
    let server: ServerProcess;

    beforeAll(async () => {
      target = await freshTarget();
      server = await startServer({ ...target.env, LOG_LEVEL: 'info' });
    }, SLOW);

    it('logs where it listens and the one command that creates the first admin', async () => {
      // /healthz can answer before the lines after listen() have been written.
      await vi.waitFor(() =>
        expect(messages(server).some((m) => m.includes('user add'))).toBe(true),
      );
      const msgs = messages(server);
      expect(msgs.filter((m) => m.startsWith(`vulndesk listening on ${server.url} `))).toHaveLength(
        1,
      );
      expect(msgs.find((m) => m.startsWith('vulndesk listening on'))).toContain(target.location);
      expect(logLines(server.stdout()).filter((l) => (l.level ?? 0) >= 40)).toEqual([]);
      const hints = msgs.filter((m) => m.includes('npx vulndesk user add'));
      expect(hints).toHaveLength(1);
      expect(hints[0]).toContain(FIRST_ADMIN_HINT);
    });

    it('logs neither report contents nor tracking tokens', async () => {
      const marker = `no-log-${Date.now()}`;
      const report = buildReport(
        { title: `Leak check ${marker}`, reporter: { email: `${marker}@example.net` } },
        MINIMAL_REPORT,
      );
      const form = new FormData();
      form.append('report', JSON.stringify(report));
      form.append('attachments', new Blob(['secret poc'], { type: 'text/plain' }), `${marker}.txt`);
      const created = await fetch(`${server.url}/api/v1/reports`, { method: 'POST', body: form });
      expect(created.status).toBe(201);
      const { id, trackingToken } = (await created.json()) as { id: string; trackingToken: string };
      const read = await fetch(`${server.url}/api/v1/reports/${encodeURIComponent(id)}`, {
        headers: { authorization: `Bearer ${trackingToken}` },
      });
      expect(read.status).toBe(200);
      // A bad request with report content in it (invalid e-mail) must not echo it to the log.
      const bad = await fetch(`${server.url}/api/v1/reports?token=${trackingToken}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...report, reporter: { email: `not-an-address ${marker}` } }),
      });
      expect(bad.status).toBe(400);

      // The requests were logged (the level is info), with method and path only; the log reaches
      // the pipe a moment after the answer.
      await vi.waitFor(() =>
        expect(logLines(server.stdout()).some((l) => JSON.stringify(l).includes(id))).toBe(true),
      );
      const output = server.stdout() + server.stderr();
      expect(output).not.toContain(marker);
      expect(output).not.toContain(trackingToken);
    });

    it('on SIGTERM finishes the request in flight, then exits 0', async () => {
      const boundary = 'vulndesk-test-boundary';
      const report = buildReport({ title: 'Graceful shutdown check' }, MINIMAL_REPORT);
      const head = Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="report"\r\n\r\n${JSON.stringify(report)}\r\n` +
          `--${boundary}\r\nContent-Disposition: form-data; name="attachments"; filename="poc.bin"\r\n` +
          'Content-Type: application/octet-stream\r\n\r\n',
      );
      const fileStart = Buffer.alloc(64 * 1024, 1);
      const tail = Buffer.concat([
        Buffer.alloc(64 * 1024, 2),
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);

      // A client that keeps its connection open after the response (as browsers do) must not
      // hold the shutdown up.
      const agent = new http.Agent({ keepAlive: true, timeout: 60_000 });
      let responded = false;
      const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = http.request(`${server.url}/api/v1/reports`, {
          agent,
          method: 'POST',
          headers: {
            'content-type': `multipart/form-data; boundary=${boundary}`,
            'content-length': head.length + fileStart.length + tail.length,
          },
        });
        req.on('response', (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (body += chunk));
          res.on('end', () => {
            responded = true;
            resolve({ status: res.statusCode ?? 0, body });
          });
          res.on('error', reject);
        });
        req.on('error', reject);
        req.setTimeout(20_000, () => req.destroy(new Error('request timed out')));
        req.write(Buffer.concat([head, fileStart]));
        // The rest of the body follows once the server has been told to stop.
        void (async () => {
          await sleep(500);
          process.kill(server.pid, 'SIGTERM');
          await sleep(700);
          req.end(tail);
        })();
      });

      await sleep(900);
      // Told to stop, but still waiting for the upload in flight.
      expect(server.running()).toBe(true);
      expect(responded).toBe(false);

      const { status, body } = await response;
      expect(status).toBe(201);
      const { id } = JSON.parse(body) as { id: string };

      // (A second signal would force the exit; wait for the first one's effect instead.)
      const exit = await Promise.race([server.exited, sleep(5_000).then(() => 'still running')]);
      agent.destroy();
      expect(exit).toEqual({ code: 0, signal: null });
      expect(messages(server)).toContain(
        'SIGTERM received: finishing requests in flight, then stopping',
      );

      // The report that was answered 201 during shutdown is stored.
      const db = openDb({ databaseUrl: target.databaseUrl, dataDir: target.dataDir, poolSize: 1 });
      try {
        const row = await db.kysely
          .selectFrom('reports')
          .select(['ref', 'status'])
          .where('ref', '=', id)
          .executeTakeFirst();
        expect(row).toEqual({ ref: id, status: 'new' });
      } finally {
        await db.close();
      }
    });
  });
});
