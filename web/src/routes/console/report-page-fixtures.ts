/**
 * For the report page's component tests: one report with its case, similar reports, messages
 * and the product catalogue, served by the fake API (`account/fake-api.ts`, which the test file
 * imports first), signed in with a given role.
 */
import { onApi, resetApi } from '../account/fake-api.js';
import { staffSession, type StaffRole } from './console-test-kit.js';

export const ID = 'VD-2026-00007';

/** The members of staff the case view's timeline names. */
const MIO = { id: 's2', email: 'mio@vendor.example', name: 'Mio Tanaka', role: 'triager' };
const KAI = { id: 's1', email: 'kai@vendor.example', name: null, role: 'case-manager' };

export const REPORT = {
  id: ID,
  status: 'triage',
  receivedAt: '2026-03-01T09:00:00.000Z',
  firstResponseDueAt: '2026-03-02T09:00:00.000Z',
  quality: { tier: 'insufficient', missing: ['updatesInstalled', 'reporter.email'] },
  cvss: null,
  report: {
    title: 'Stored XSS in comments',
    issueType: { cwe: 'CWE-79' },
    affected: { product: 'Forum', version: '2.1' },
    impact: { type: 'spoofing', description: 'Steals the session' },
    reporter: { name: 'Aiko', credit: 'name' },
    language: 'ja',
  },
  attachments: [
    {
      id: 'f1',
      filename: 'poc.html',
      contentType: 'text/html',
      size: 120,
      sha256: 'ab'.repeat(32),
    },
  ],
  timeline: [{ at: '2026-03-01T09:00:00.000Z', kind: 'received', actor: 'reporter', data: {} }],
};

export const CASE = {
  id: ID,
  status: 'triage',
  caseNumber: null,
  disposition: null,
  dispositionReason: null,
  duplicateOf: null,
  helpDestination: null,
  assignee: null,
  severity: null,
  fixReleaseDate: null,
  cvdDate: null,
  fixReleasedAt: null,
  advisoryPublishedAt: null,
  productId: null,
  affected: [],
  firstRespondedAt: null,
  sla: [
    {
      clock: 'triage',
      state: 'at-risk',
      dueAt: '2026-03-02T09:00:00.000Z',
      atRiskAt: '2026-03-02T03:00:00.000Z',
      satisfiedAt: null,
      remainingMs: 1000,
      level: 'at-risk',
    },
  ],
  assessment: null,
  allowedTransitions: ['needs-info', 'review-repro', 'rejected'],
  missingFacts: [],
  reporter: {
    submitted: 1,
    valid: 0,
    invalid: 0,
    score: 0,
    label: 'neutral',
    overLimit: { max: 5, windowHours: 1, count: 7 },
  },
  timeline: [
    {
      at: '2026-03-01T09:00:00.000Z',
      kind: 'received',
      actor: 'reporter',
      by: null,
      assignee: null,
      data: { attachments: 1, qualityTier: 'insufficient' },
    },
    {
      at: '2026-03-01T09:30:00.000Z',
      kind: 'status-changed',
      actor: 'staff',
      by: MIO,
      assignee: null,
      data: { from: 'new', to: 'triage' },
    },
    {
      at: '2026-03-01T09:40:00.000Z',
      kind: 'assigned',
      actor: 'staff',
      by: MIO,
      assignee: KAI,
      data: { assigneeId: KAI.id, by: MIO.id },
    },
    {
      at: '2026-03-01T09:50:00.000Z',
      kind: 'message',
      actor: 'staff',
      by: KAI,
      assignee: null,
      data: { messageId: 'm0' },
    },
    {
      at: '2026-03-01T09:50:00.000Z',
      kind: 'status-changed',
      actor: 'staff',
      by: KAI,
      assignee: null,
      data: { from: 'triage', to: 'needs-info', reason: 'Which build?', messageId: 'm0' },
    },
    {
      at: '2026-03-01T10:00:00.000Z',
      kind: 'status-changed',
      actor: 'system',
      by: null,
      assignee: null,
      data: { from: 'needs-info', to: 'triage' },
    },
    {
      at: '2026-03-01T10:10:00.000Z',
      kind: 'severity-changed',
      actor: 'staff',
      by: null,
      assignee: null,
      data: { severity: 'important' },
    },
    {
      at: '2026-03-01T10:20:00.000Z',
      kind: 'case-updated',
      actor: 'staff',
      by: KAI,
      assignee: null,
      data: { cvdDate: [null, '2026-06-01'], fixReleasedAt: [null, '2026-03-01T10:20:00.000Z'] },
    },
    {
      at: '2026-03-01T10:30:00.000Z',
      kind: 'sla-warning',
      actor: 'system',
      by: null,
      assignee: null,
      data: { clock: 'triage', level: 'at-risk', dueAt: '2026-03-02T09:00:00.000Z' },
    },
    {
      at: '2026-03-01T10:40:00.000Z',
      kind: 'duplicate-linked',
      actor: 'staff',
      by: KAI,
      assignee: null,
      data: { duplicate: 'VD-2026-00009' },
    },
  ],
};

/** A rejection as the case view's timeline holds it, for the disposition's line. */
export const REJECTION = {
  at: '2026-03-01T11:00:00.000Z',
  kind: 'status-changed',
  actor: 'staff',
  by: MIO,
  assignee: null,
  data: {
    from: 'triage',
    to: 'rejected',
    disposition: 'not-a-vulnerability',
    helpDestination: 'phishing',
  },
};

/** A recorded severity assessment, as the case view and the PUT answer it. */
export const ASSESSMENT = {
  severity: 'important',
  suggestedSeverity: 'critical',
  overridden: true,
  impact: 'information-disclosure',
  exploitability: 'less-likely',
  exploited: false,
  publiclyDisclosed: true,
  cvss31: {
    vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
    score: 9.8,
    severity: 'critical',
  },
  cvss40: null,
};

export const MESSAGES = [
  {
    id: 'm1',
    author: 'reporter',
    authorId: null,
    authorName: null,
    internal: false,
    body: 'Any news?',
    bodyHtml: '<p>Any news?</p>',
    createdAt: '2026-03-01T10:00:00.000Z',
    attachments: [
      {
        id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
        filename: 'crash dump.bin',
        contentType: 'application/octet-stream',
        size: 2048,
        sha256: 'cd'.repeat(32),
      },
    ],
  },
  {
    id: 'm2',
    author: 'staff',
    authorId: 's1',
    authorName: KAI.email,
    internal: true,
    body: 'Looks real',
    bodyHtml: '<p>Looks <strong>real</strong></p>',
    createdAt: '2026-03-01T11:00:00.000Z',
    attachments: [],
  },
];

export const CATALOGUE = {
  families: [{ id: 'fam-web', name: 'Web' }],
  products: [
    {
      id: 'p-forum',
      name: 'Forum',
      kind: 'product',
      familyId: 'fam-web',
      url: null,
      retiredAt: null,
      versions: [
        { id: 'v1', name: '2.0', releasedOn: '2025-01-10', supportedUntil: '2026-12-31' },
        { id: 'v2', name: '2.1', releasedOn: '2025-09-01', supportedUntil: null },
      ],
    },
    {
      id: 'p-mail',
      name: 'Mail',
      kind: 'online-service',
      familyId: null,
      url: null,
      retiredAt: null,
      versions: [],
    },
    {
      id: 'p-old',
      name: 'Old Forum',
      kind: 'product',
      familyId: 'fam-web',
      url: null,
      retiredAt: '2025-01-01T00:00:00.000Z',
      versions: [],
    },
  ],
};

/** Installs the report page's answers for a member of staff with `role`; `kase` amends the case. */
export function serveReportPage(role: StaffRole, kase: Record<string, unknown> = {}): void {
  resetApi();
  onApi('GET /api/v1/session', { status: 200, body: staffSession(role) });
  onApi(`GET /api/v1/reports/${ID}`, { status: 200, body: REPORT });
  onApi(`GET /api/v1/reports/${ID}/case`, { status: 200, body: { ...CASE, ...kase } });
  onApi(`GET /api/v1/reports/${ID}/similar`, {
    status: 200,
    body: {
      items: [
        {
          id: 'VD-2026-00003',
          title: 'XSS in comments',
          status: 'triage',
          receivedAt: '2026-02-01T09:00:00.000Z',
          score: 0.8,
          matched: ['title'],
        },
      ],
    },
  });
  onApi(`GET /api/v1/reports/${ID}/messages`, { status: 200, body: { items: MESSAGES } });
  onApi('GET /api/v1/products', { status: 200, body: CATALOGUE });
  onApi('GET /api/v1/help/destinations', {
    status: 200,
    body: { language: 'en', items: [{ id: 'phishing', group: 'x', title: 'Phishing', text: '' }] },
  });
}
