/**
 * A realistic database for the triage queue benchmark, written straight into the tables with
 * multi-row inserts in large transactions (the intake path would take hours for 100,000
 * reports). Most reports are closed or rejected; a few thousand are open, spread over every
 * open state, severity, assignee and product. Every report's SLA columns (`next_due_at`,
 * `next_at_risk_at`, `paused_since`) are what the services would have stored at its last
 * event: the domain's own `slaClocks` over the generated status and severity history. On
 * SQLite each transaction also moves its reports into the FTS5 search index, as the server's
 * writer thread does soon after real submissions.
 *
 * Deterministic: the same seed gives the same reports (the times move with the clock).
 */
import { createHash } from 'node:crypto';
import type { Insertable } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Db } from '../src/db/client.js';
import type { ReportTable } from '../src/db/schema.js';
import { indexPendingReports } from '../src/db/repositories/search-index.js';
import { hashToken, issueToken } from '../src/crypto/tokens.js';
import { TRIAGE_DISPOSITIONS, type CaseState, isCaseOpenState } from '../src/domain/case/states.js';
import { formatCaseNumber, formatReportRef } from '../src/domain/report/reference.js';
import { searchText } from '../src/domain/report/search-text.js';
import type { ImpactType, ReportSubmission } from '../src/domain/report/submission.js';
import { VENDOR_SEVERITIES, type VendorSeverity } from '../src/domain/severity/vendor-severity.js';
import { slaClocks, type SeverityChange, type StatusChange } from '../src/domain/sla/clocks.js';
import { DEFAULT_SLA_POLICY } from '../src/domain/sla/policy.js';
import { slaColumns } from '../src/services/case-sla.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Rows per INSERT statement: far below both dialects' limits on bound parameters. */
const ROWS_PER_STATEMENT = 400;
/** Rows per transaction. */
const ROWS_PER_TRANSACTION = 10_000;

/** Share of all reports in each state; the rest are rejected. */
const STATE_SHARES: readonly [CaseState, number][] = [
  ['new', 0.008],
  ['triage', 0.009],
  ['needs-info', 0.005],
  ['review-repro', 0.008],
  ['develop', 0.007],
  ['pre-release', 0.003],
  ['complete', 0.001],
  ['closed', 0.3],
];

/** How long ago reports in each state arrived: [min, max] days. */
const AGE_DAYS: Record<CaseState, [number, number]> = {
  new: [0, 8],
  triage: [0, 12],
  'needs-info': [1, 30],
  'review-repro': [2, 40],
  develop: [10, 100],
  'pre-release': [30, 110],
  complete: [60, 120],
  closed: [90, 1100],
  rejected: [0, 1100],
};

/** The states a report passes through to reach each state (after `new`). */
const PATHS: Record<CaseState, readonly CaseState[]> = {
  new: [],
  triage: ['triage'],
  'needs-info': ['triage', 'needs-info'],
  'review-repro': ['triage', 'review-repro'],
  develop: ['triage', 'review-repro', 'develop'],
  'pre-release': ['triage', 'review-repro', 'develop', 'pre-release'],
  complete: ['triage', 'review-repro', 'develop', 'pre-release', 'complete'],
  closed: ['triage', 'review-repro', 'develop', 'pre-release', 'complete', 'closed'],
  rejected: ['triage', 'rejected'],
};

const PRODUCTS: readonly string[] = [
  'Contoso Viewer',
  'Contoso Mail',
  'Contoso Office Server',
  'Contoso Identity',
  'Contoso Cloud Storage',
  'Contoso VPN Gateway',
  'Contoso Browser',
  'Contoso Print Spooler',
  'Contoso Remote Desktop',
  'Contoso SQL Engine',
  'Contoso Hypervisor',
  'Contoso Kernel',
  'Contoso Update Agent',
  'Contoso Mobile (Android)',
  'Contoso Mobile (iOS)',
  'Contoso Web Portal',
  'Contoso Payments API',
  'Contoso Chat',
  'Contoso Build Service',
  'Contoso Container Registry',
  'Fabrikam Router Firmware',
  'Fabrikam Camera Firmware',
  'Fabrikam Smart Hub',
  'Fabrikam Admin Console',
  'Fabrikam Backup',
  'Fabrikam DNS Service',
  'Fabrikam Load Balancer',
  'Fabrikam SSO Connector',
  'Fabrikam Analytics',
  'Fabrikam PDF Toolkit',
];

interface VulnKind {
  cwe: string;
  impact: ImpactType;
  title: (product: string, component: string) => string;
  description: string;
}

const KINDS: readonly VulnKind[] = [
  {
    cwe: 'CWE-787',
    impact: 'remote-code-execution',
    title: (p, c) => `Heap buffer overflow in ${p} ${c} parser leads to code execution`,
    description:
      'A crafted file makes the parser write past the end of a heap buffer; the written bytes are attacker-controlled.',
  },
  {
    cwe: 'CWE-416',
    impact: 'remote-code-execution',
    title: (p, c) => `Use-after-free in ${p} ${c} when a document is closed during load`,
    description:
      'Closing the window while the loader runs frees an object the loader still uses; a reclaimed allocation gives control of a virtual call.',
  },
  {
    cwe: 'CWE-79',
    impact: 'spoofing',
    title: (p, c) => `Stored cross-site scripting in ${p} ${c} display name`,
    description:
      'HTML in the display name is rendered without encoding on the members page, so script runs in the session of any viewer.',
  },
  {
    cwe: 'CWE-89',
    impact: 'information-disclosure',
    title: (p, c) => `SQL injection in ${p} ${c} search filter`,
    description:
      'The sort parameter is concatenated into the query; a time-based payload reads arbitrary rows of the accounts table.',
  },
  {
    cwe: 'CWE-918',
    impact: 'information-disclosure',
    title: (p, c) => `Server-side request forgery through ${p} ${c} webhook URL`,
    description:
      'The webhook test fetches any URL, including the instance metadata endpoint, and returns the body to the caller.',
  },
  {
    cwe: 'CWE-269',
    impact: 'elevation-of-privilege',
    title: (p, c) => `Local privilege escalation via ${p} ${c} service named pipe`,
    description:
      'The service accepts commands from any local user on its named pipe and runs them as SYSTEM.',
  },
  {
    cwe: 'CWE-22',
    impact: 'tampering',
    title: (p, c) => `Path traversal in ${p} ${c} archive extraction`,
    description:
      'Entries named ../../ are written outside the target directory, overwriting configuration files.',
  },
  {
    cwe: 'CWE-400',
    impact: 'denial-of-service',
    title: (p, c) => `Unauthenticated denial of service in ${p} ${c} request handler`,
    description:
      'A request with a very long header makes the worker spin at full CPU; a handful of requests stop the service.',
  },
  {
    cwe: 'CWE-287',
    impact: 'security-feature-bypass',
    title: (p, c) => `Authentication bypass in ${p} ${c} token refresh`,
    description:
      'An expired refresh token is accepted when the audience claim is missing, issuing a new session for any user.',
  },
  {
    cwe: 'CWE-611',
    impact: 'information-disclosure',
    title: (p, c) => `XML external entity injection in ${p} ${c} import`,
    description:
      'The importer resolves external entities, so a crafted document reads local files and sends them out.',
  },
];

const COMPONENTS: readonly string[] = [
  'PNG',
  'font',
  'calendar',
  'profile',
  'admin',
  'REST API',
  'sync',
  'installer',
  'preview',
  'OAuth',
  'SMB',
  'JPEG',
];

/** A few Japanese titles: trigram search must serve unsegmented text too. */
const JA_TITLES: readonly ((p: string) => string)[] = [
  (p) => `${p} の画像読み込み処理におけるヒープバッファオーバーフロー`,
  (p) => `${p} の管理画面に格納型クロスサイトスクリプティング`,
  (p) => `${p} の認証処理の不備による権限昇格`,
];

/** mulberry32: small, fast, good enough to spread test data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SeedOptions {
  reports: number;
  now: Date;
  seed?: number;
}

export interface SeededQueue {
  reports: number;
  openReports: number;
  /** Open reports by state. */
  byState: Record<string, number>;
  staffIds: readonly string[];
  productIds: readonly string[];
  /** Bearer token of a triager (API token, `vdp_…`). */
  token: string;
  /** The reporter with the most reports. */
  busiestReporter: string;
  seconds: number;
}

interface Built {
  row: Insertable<ReportTable>;
  state: CaseState;
  reporter: number;
}

function pick<T>(rnd: () => number, items: readonly T[]): T {
  return items[Math.floor(rnd() * items.length)] as T;
}

/** Skewed towards the first items (a few prolific reporters, a few busy products). */
function pickSkewed<T>(rnd: () => number, items: readonly T[], power: number): T {
  return items[Math.floor(rnd() ** power * items.length)] as T;
}

function stateFor(rnd: () => number): CaseState {
  let u = rnd();
  for (const [state, share] of STATE_SHARES) {
    if (u < share) return state;
    u -= share;
  }
  return 'rejected';
}

function submissionFor(
  rnd: () => number,
  product: string,
  kind: VulnKind,
  reporterEmail: string,
  ja: boolean,
): ReportSubmission {
  const component = pick(rnd, COMPONENTS);
  const version = `${1 + Math.floor(rnd() * 9)}.${Math.floor(rnd() * 10)}.${Math.floor(rnd() * 20)}`;
  return {
    title: ja ? pick(rnd, JA_TITLES)(product) : kind.title(product, component),
    issueType: { cwe: kind.cwe, description: kind.description },
    affected: { product, version },
    reproductionSteps: [
      `Install ${product} ${version} with the default configuration.`,
      `Prepare the input attached as poc-${component.toLowerCase().replace(/\s+/g, '-')}.bin (${kind.cwe}).`,
      `Open it with ${product} or send it to the ${component} endpoint as the attached script does.`,
      'Observe the result described below; it reproduces on every attempt on a fresh install.',
    ],
    impact: { type: kind.impact, description: kind.description },
    analysis:
      'The input is trusted where it should be checked; the attached notes show the function and the missing bound, and a suggested fix.',
    cvss: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H',
    reporter: { email: reporterEmail, credit: 'handle', handle: reporterEmail.split('@')[0] },
    language: ja ? 'ja' : 'en',
  };
}

/** The times of the moves along `path`, spread between receipt and `end`. */
function moves(
  rnd: () => number,
  path: readonly CaseState[],
  receivedAt: number,
  end: number,
): StatusChange[] {
  if (path.length === 0) return [];
  const span = Math.max(HOUR, end - receivedAt);
  const cuts = path.map(() => rnd()).sort((a, b) => a - b);
  return path.map((to, i) => ({
    to,
    at: new Date(receivedAt + Math.round(span * (0.02 + 0.96 * (cuts[i] as number)))),
  }));
}

interface Counters {
  ref: Map<number, number>;
  caseNumber: Map<number, number>;
}

function next(map: Map<number, number>, year: number): number {
  const n = (map.get(year) ?? 0) + 1;
  map.set(year, n);
  return n;
}

function buildReport(
  rnd: () => number,
  now: number,
  counters: Counters,
  staffIds: readonly string[],
  productIds: readonly string[],
  reporters: number,
): Built {
  const state = stateFor(rnd);
  const [minAge, maxAge] = AGE_DAYS[state];
  const receivedAt = now - Math.round((minAge + rnd() * (maxAge - minAge)) * DAY) - 60_000;
  // Spam is rejected straight from `new`; some cases are rejected after review.
  let path = PATHS[state];
  if (state === 'rejected') {
    const u = rnd();
    if (u < 0.3) path = ['rejected'];
    else if (u < 0.36) path = ['triage', 'review-repro', 'rejected'];
  }
  // Open reports have moved recently; finished ones moved within weeks of receipt.
  const end = isFinished(state)
    ? Math.min(now, receivedAt + (5 + rnd() * 100) * DAY)
    : Math.min(now, receivedAt + rnd() * (now - receivedAt));
  const history = moves(rnd, path, receivedAt, end);
  const lastEvent = history.at(-1)?.at.getTime() ?? receivedAt;

  const reviewed = history.find((h) => h.to === 'review-repro');
  let severity: VendorSeverity | null = null;
  const severityHistory: SeverityChange[] = [];
  if (reviewed !== undefined || rnd() < 0.2) {
    severity = pickSkewed(rnd, VENDOR_SEVERITIES, 0.7);
    const at = reviewed?.at ?? new Date(receivedAt + Math.round((lastEvent - receivedAt) / 2));
    severityHistory.push({ at, severity });
  }

  const firstResponseDueAt = receivedAt + 24 * HOUR;
  const clocks = slaClocks({
    receivedAt: new Date(receivedAt),
    firstResponseDueAt: new Date(firstResponseDueAt),
    statusHistory: history,
    severityHistory,
    policy: DEFAULT_SLA_POLICY,
    now: new Date(lastEvent),
  });
  const sla = slaColumns(clocks);

  const year = new Date(receivedAt).getUTCFullYear();
  const productIndex = Math.floor(rnd() ** 1.6 * PRODUCTS.length);
  const product = PRODUCTS[productIndex] as string;
  const kind = pick(rnd, KINDS);
  const reporter = Math.floor(rnd() ** 3 * reporters);
  const reporterEmail = `researcher${reporter}@example.net`;
  const submission = submissionFor(rnd, product, kind, reporterEmail, rnd() < 0.08);
  const at = (to: CaseState): string | null =>
    history.find((h) => h.to === to)?.at.toISOString() ?? null;
  const iso = (t: number): string => new Date(t).toISOString();
  const triaged = history.find((h) => h.to === 'review-repro' || h.to === 'rejected');
  const assigned = state !== 'new' && rnd() < (isFinished(state) ? 0.6 : 0.8);
  const caseYear = reviewed === undefined ? year : reviewed.at.getUTCFullYear();

  return {
    state,
    reporter,
    row: {
      id: uuidv7(),
      ref: formatReportRef(year, next(counters.ref, year)),
      status: state,
      title: submission.title,
      submission: JSON.stringify(submission),
      qualityTier: pick(rnd, ['high', 'high', 'medium', 'low']),
      language: submission.language ?? 'en',
      reporterEmail,
      accountId: null,
      trackingTokenHash: createHash('sha256').update(`${receivedAt}:${rnd()}`).digest('hex'),
      cvssVector: submission.cvss ?? null,
      cvssScore: 8.8,
      receivedAt: iso(receivedAt),
      firstResponseDueAt: iso(firstResponseDueAt),
      updatedAt: iso(lastEvent),
      assigneeId: assigned ? pickSkewed(rnd, staffIds, 1.3) : null,
      caseNumber:
        reviewed === undefined
          ? null
          : formatCaseNumber(caseYear, next(counters.caseNumber, caseYear)),
      disposition:
        state !== 'rejected'
          ? null
          : path.includes('review-repro')
            ? 'not-reproducible'
            : path.length === 1
              ? 'spam'
              : pick(rnd, TRIAGE_DISPOSITIONS),
      severity,
      firstRespondedAt: history[0]?.at.toISOString() ?? null,
      triagedAt: triaged?.at.toISOString() ?? null,
      completedAt: at('complete'),
      pausedSince: state === 'needs-info' ? at('needs-info') : null,
      nextDueAt: sla.nextDueAt,
      nextAtRiskAt: sla.nextAtRiskAt,
      productId: state === 'new' || rnd() < 0.1 ? null : productIds[productIndex],
      reporterKey: reporterEmail,
      searchText: searchText(submission),
    },
  };
}

function isFinished(state: CaseState): boolean {
  return state === 'closed' || state === 'rejected';
}

/** Writes the reports, reporters, products, staff accounts and one API token. */
export async function seedQueue(db: Db, options: SeedOptions): Promise<SeededQueue> {
  const started = performance.now();
  const rnd = random(options.seed ?? 20261128);
  const now = options.now.getTime();
  const k = db.kysely;
  const createdAt = new Date(now - 1200 * DAY).toISOString();

  const staffIds = Array.from({ length: 12 }, () => uuidv7());
  await k
    .insertInto('accounts')
    .values(
      staffIds.map((id, i) => ({
        id,
        email: `staff${i}@psirt.example.com`,
        passwordHash: '!',
        name: `Staff ${i}`,
        role: i < 8 ? 'triager' : 'case-manager',
        emailVerifiedAt: createdAt,
        createdAt,
      })),
    )
    .execute();
  const token = issueToken('api');
  await k
    .insertInto('apiTokens')
    .values({
      id: uuidv7(),
      accountId: staffIds[0] as string,
      name: 'queue benchmark',
      tokenHash: hashToken(token.token),
      prefix: token.token.slice(0, 8),
      createdAt,
      lastUsedAt: null,
      revokedAt: null,
    })
    .execute();

  const productIds = PRODUCTS.map(() => uuidv7());
  await k
    .insertInto('products')
    .values(
      PRODUCTS.map((name, i) => ({
        id: productIds[i] as string,
        familyId: null,
        name,
        kind: name.includes('API') || name.includes('Service') ? 'online-service' : 'product',
        url: null,
        createdAt,
        retiredAt: null,
      })),
    )
    .execute();

  const reporterCount = Math.max(10, Math.round(options.reports / 7));
  const reporterStats = new Map<
    number,
    { submitted: number; valid: number; invalid: number; last: string }
  >();
  const counters: Counters = { ref: new Map(), caseNumber: new Map() };
  const byState: Record<string, number> = {};
  let openReports = 0;

  for (let done = 0; done < options.reports;) {
    const inThisTransaction = Math.min(ROWS_PER_TRANSACTION, options.reports - done);
    const built: Built[] = [];
    for (let i = 0; i < inThisTransaction; i += 1) {
      built.push(buildReport(rnd, now, counters, staffIds, productIds, reporterCount));
    }
    await k.transaction().execute(async (trx) => {
      for (let i = 0; i < built.length; i += ROWS_PER_STATEMENT) {
        await trx
          .insertInto('reports')
          .values(built.slice(i, i + ROWS_PER_STATEMENT).map((b) => b.row))
          .execute();
      }
      // SQLite: into the trigram index now, as the server's writer thread would soon after.
      await indexPendingReports(trx, db.dialect, built.length);
    });
    for (const b of built) {
      if (!isFinished(b.state)) {
        openReports += 1;
        byState[b.state] = (byState[b.state] ?? 0) + 1;
      }
      const s = reporterStats.get(b.reporter) ?? { submitted: 0, valid: 0, invalid: 0, last: '' };
      s.submitted += 1;
      if (isCaseOpenState(b.state)) s.valid += 1;
      if (b.state === 'rejected') s.invalid += 1;
      if (b.row.receivedAt > s.last) s.last = b.row.receivedAt;
      reporterStats.set(b.reporter, s);
    }
    done += inThisTransaction;
  }

  const reporterRows = [...reporterStats].map(([n, s]) => ({
    key: `researcher${n}@example.net`,
    submitted: s.submitted,
    valid: s.valid,
    invalid: s.invalid,
    lastSubmittedAt: s.last,
  }));
  await k.transaction().execute(async (trx) => {
    for (let i = 0; i < reporterRows.length; i += ROWS_PER_STATEMENT * 2) {
      await trx
        .insertInto('reporters')
        .values(reporterRows.slice(i, i + ROWS_PER_STATEMENT * 2))
        .execute();
    }
  });
  const years = [...counters.ref].map(([year, value]) => ({ name: 'report', year, value }));
  const caseYears = [...counters.caseNumber].map(([year, value]) => ({
    name: 'case',
    year,
    value,
  }));
  await k
    .insertInto('yearCounters')
    .values([...years, ...caseYears])
    .execute();

  let busiest = 0;
  for (const [n, s] of reporterStats) {
    if (s.submitted > (reporterStats.get(busiest)?.submitted ?? 0)) busiest = n;
  }
  return {
    reports: options.reports,
    openReports,
    byState,
    staffIds,
    productIds,
    token: token.token,
    busiestReporter: `researcher${busiest}@example.net`,
    seconds: (performance.now() - started) / 1000,
  };
}
