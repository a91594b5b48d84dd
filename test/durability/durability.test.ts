/**
 * "201 only after the transaction has committed durably": the real server runs as a child
 * process, takes concurrent submissions (JSON and multipart with an attachment), and is killed
 * with SIGKILL while requests are in flight. After a restart on the same data every report that
 * was acknowledged with 201 must be there, intact. Requests cut off by the kill were never
 * acknowledged: they may or may not exist. Runs on SQLite, and on PostgreSQL when DATABASE_URL
 * is set (a fresh database per run).
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../../src/db/client.js';
import { MIGRATION_NAMES } from '../../src/db/migrate.js';
import { createTestDatabaseUrl, usingPostgres } from '../helpers/db.js';
import { buildReport, HIGH_QUALITY_REPORT, MINIMAL_REPORT } from '../helpers/factories.js';
import {
  sleep,
  startServer,
  stopAllChildren,
  type ServerProcess,
} from '../helpers/server-process.js';

const WORKERS = 16;
/** Kill once both hold: this long under load and this many acknowledgments. */
const MIN_LOAD_MS = 1_500;
const MIN_ACKS = 50;
/** Bounds, whatever happens. */
const MAX_LOAD_MS = 15_000;
const MAX_REQUESTS_PER_WORKER = 5_000;
const REQUEST_TIMEOUT_MS = 20_000;
const ROUNDS = 2;

type Plain = Record<string, unknown>;

interface Submission {
  marker: string;
  report: Plain;
  attachment?: { filename: string; bytes: Buffer; sha256: string };
}

interface Ack {
  round: number;
  id: string;
  token: string;
  submission: Submission;
}

interface RoundResult {
  acks: Ack[];
  /** Anything but 201 before the kill, or a connection error before the kill. */
  unexpected: string[];
  inFlightAtKill: number;
  notAcknowledged: number;
}

const runId = randomBytes(4).toString('hex');
let dataDir = '';
let databaseUrl: string | undefined;
let dropDatabase: () => Promise<void> = () => Promise.resolve();
const servers: ServerProcess[] = [];

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vulndesk-durability-'));
  if (usingPostgres()) {
    const created = await createTestDatabaseUrl();
    databaseUrl = created.url;
    dropDatabase = created.drop;
  }
});

afterAll(async () => {
  await stopAllChildren();
  await dropDatabase();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function serverEnv(): Record<string, string> {
  return {
    DATA_DIR: dataDir,
    REPORT_RATE_LIMIT: '0',
    LOG_LEVEL: 'warn',
    ...(databaseUrl !== undefined ? { DATABASE_URL: databaseUrl } : {}),
  };
}

async function start(): Promise<ServerProcess> {
  const server = await startServer(serverEnv());
  servers.push(server);
  return server;
}

/** Three kinds of bodies: multipart with a file, a full JSON report, a minimal JSON report. */
function makeSubmission(round: number, worker: number, n: number): Submission {
  const marker = `dur-${runId}-r${round}-w${worker}-n${n}`;
  const title = `Durability ${marker}`;
  switch (n % 3) {
    case 0: {
      const bytes = randomBytes(512 + ((worker * 997 + n * 31) % 4096));
      return {
        marker,
        report: buildReport({
          title,
          impact: { description: `攻撃者はコードを実行できる ${marker}` },
        }),
        attachment: {
          filename: `poc-${marker}.bin`,
          bytes,
          sha256: createHash('sha256').update(bytes).digest('hex'),
        },
      };
    }
    case 1:
      return {
        marker,
        report: buildReport({
          title,
          configuration: `既定のインストール (${marker}) — "quotes", \\ and \u00e9`,
        }),
      };
    default:
      return { marker, report: buildReport({ title }, MINIMAL_REPORT) };
  }
}

async function submit(baseUrl: string, submission: Submission): Promise<Response> {
  const init: RequestInit = { method: 'POST', signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) };
  if (submission.attachment === undefined) {
    init.headers = { 'content-type': 'application/json' };
    init.body = JSON.stringify(submission.report);
  } else {
    const form = new FormData();
    form.append('report', JSON.stringify(submission.report));
    form.append(
      'attachments',
      new Blob([submission.attachment.bytes], { type: 'application/octet-stream' }),
      submission.attachment.filename,
    );
    init.body = form;
  }
  return fetch(`${baseUrl}/api/v1/reports`, init);
}

/** Submits from WORKERS concurrent loops and SIGKILLs the server while they are sending. */
async function loadAndKill(server: ServerProcess, round: number): Promise<RoundResult> {
  const result: RoundResult = { acks: [], unexpected: [], inFlightAtKill: 0, notAcknowledged: 0 };
  let killed = false;
  let inFlight = 0;
  const startedAt = Date.now();

  const killer = async (): Promise<void> => {
    while (Date.now() - startedAt < MAX_LOAD_MS) {
      if (Date.now() - startedAt >= MIN_LOAD_MS && result.acks.length >= MIN_ACKS) break;
      if (result.unexpected.length > 0) break;
      await sleep(10);
    }
    killed = true;
    result.inFlightAtKill = inFlight;
    process.kill(server.pid, 'SIGKILL');
    await server.exited;
  };

  const worker = async (w: number): Promise<void> => {
    for (let n = 0; n < MAX_REQUESTS_PER_WORKER && !killed; n += 1) {
      const submission = makeSubmission(round, w, n);
      inFlight += 1;
      try {
        const res = await submit(server.url, submission);
        // Only a complete 201 body (with the tracking token) counts as an acknowledgment.
        const body = (await res.json()) as { id?: unknown; trackingToken?: unknown };
        if (
          res.status === 201 &&
          typeof body.id === 'string' &&
          typeof body.trackingToken === 'string'
        ) {
          result.acks.push({ round, id: body.id, token: body.trackingToken, submission });
        } else {
          result.unexpected.push(`${submission.marker}: status ${res.status}`);
        }
      } catch (err) {
        if (killed) result.notAcknowledged += 1;
        else result.unexpected.push(`${submission.marker}: ${String(err)}`);
      } finally {
        inFlight -= 1;
      }
    }
  };

  await Promise.all([killer(), ...Array.from({ length: WORKERS }, (_, w) => worker(w))]);
  return result;
}

interface ReportDetail {
  id: string;
  status: string;
  report: Plain;
  attachments: { filename: string; contentType: string; size: number; sha256: string }[];
  timeline: { kind: string }[];
}

/** Reads every acknowledged report back with its tracking token, 8 at a time. */
async function readBack(
  server: ServerProcess,
  acks: readonly Ack[],
): Promise<{ missing: string[]; found: Map<Ack, ReportDetail> }> {
  const missing: string[] = [];
  const found = new Map<Ack, ReportDetail>();
  let next = 0;
  const reader = async (): Promise<void> => {
    for (let i = next++; i < acks.length; i = next++) {
      const ack = acks[i] as Ack;
      const res = await fetch(`${server.url}/api/v1/reports/${encodeURIComponent(ack.id)}`, {
        headers: { authorization: `Bearer ${ack.token}` },
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      const body = (await res.json()) as ReportDetail;
      if (res.status === 200) found.set(ack, body);
      else missing.push(`${ack.id} (${ack.submission.marker}): ${res.status}`);
    }
  };
  await Promise.all(Array.from({ length: 8 }, () => reader()));
  return { missing, found };
}

function expectIntact(ack: Ack, detail: ReportDetail): void {
  const sent = ack.submission.report;
  const where = `${ack.id} (${ack.submission.marker})`;
  expect(detail.id, where).toBe(ack.id);
  expect(detail.status, where).toBe('new');
  expect(detail.report, where).toEqual({ ...sent, language: sent.language ?? 'en' });
  const file = ack.submission.attachment;
  expect(detail.attachments, where).toEqual(
    file === undefined
      ? []
      : [
          {
            id: expect.any(String) as unknown,
            filename: file.filename,
            contentType: 'application/octet-stream',
            size: file.bytes.length,
            sha256: file.sha256,
          },
        ],
  );
  expect(
    detail.timeline.filter((t) => t.kind === 'received'),
    where,
  ).toHaveLength(1);
}

async function appliedMigrations(): Promise<{ name: string; timestamp: string }[]> {
  const db = openDb({ databaseUrl, dataDir, poolSize: 1 });
  try {
    const { rows } = await sql<{ name: string; timestamp: string }>`
      select name, timestamp from kysely_migration order by name`.execute(db.kysely);
    return rows.map((r) => ({ name: r.name, timestamp: String(r.timestamp) }));
  } finally {
    await db.close();
  }
}

describe(`durability (${usingPostgres() ? 'PostgreSQL' : 'SQLite'})`, () => {
  it('keeps every report acknowledged with 201 across SIGKILL and restart', async () => {
    const acks: Ack[] = [];
    let server = await start();
    const migrations = await appliedMigrations();
    expect(migrations.map((m) => m.name)).toEqual([...MIGRATION_NAMES]);

    for (let round = 1; round <= ROUNDS; round += 1) {
      const outcome = await loadAndKill(server, round);
      expect(outcome.unexpected).toEqual([]);
      expect(outcome.acks.length).toBeGreaterThanOrEqual(MIN_ACKS);
      // The kill really happened mid-way, with submissions on the wire.
      expect(outcome.inFlightAtKill).toBeGreaterThan(0);
      expect(await server.exited).toEqual({ code: null, signal: 'SIGKILL' });
      acks.push(...outcome.acks);

      server = await start();
      const { missing, found } = await readBack(server, acks);
      expect(missing).toEqual([]);
      for (const ack of acks) expectIntact(ack, found.get(ack) as ReportDetail);
    }

    // Ids are unique across every acknowledgment of every round.
    expect(new Set(acks.map((a) => a.id)).size).toBe(acks.length);

    // The restarted server applied nothing new and is healthy.
    expect(await appliedMigrations()).toEqual(migrations);
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await server.stop('SIGTERM')).toEqual({ code: 0, signal: null });

    // Nothing of what was sent, and no tracking token, reached the server's output.
    const output = servers.map((s) => s.stdout() + s.stderr()).join('\n');
    const leaked = acks.filter(
      (a) => output.includes(a.submission.marker) || output.includes(a.token),
    );
    expect(leaked.map((a) => a.id)).toEqual([]);
    expect(output).not.toContain(HIGH_QUALITY_REPORT.reporter.email);
    expect(output).not.toContain(MINIMAL_REPORT.reporter.email);
  }, 120_000);
});
