/**
 * Table types for Kysely. Columns are snake_case in the database and camelCase here
 * (CamelCasePlugin). Times are ISO 8601 UTC text and ids UUIDv7 text on both dialects;
 * JSON is stored as text so both dialects hold exactly the same bytes.
 */
import type { Generated, Insertable, Selectable } from 'kysely';

export interface AccountTable {
  id: string;
  email: string;
  passwordHash: string;
  name: string | null;
  role: string;
  emailVerifiedAt: string | null;
  createdAt: string;
  /** When an admin disabled the account: its sessions and tokens are refused. Null when enabled. */
  disabledAt: Generated<string | null>;
  /** When the account last signed in, if known. */
  lastSignInAt: Generated<string | null>;
}

export interface EmailVerificationTable {
  tokenHash: string;
  accountId: string;
  expiresAt: string;
  usedAt: string | null;
}

export interface SessionTable {
  idHash: string;
  accountId: string;
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
  /** When the sign-in that made the session passed TOTP (staff); null for researchers. */
  totpVerifiedAt: string | null;
}

/** A one-time link that lets a staff member set a password and an authenticator. */
export interface StaffEnrolmentTable {
  tokenHash: string;
  accountId: string;
  /** The TOTP secret offered by this enrolment, sealed (SecretBox, context `account:<id>`). */
  secretEnc: string;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

/** The authenticator of a staff account that completed enrolment. */
export interface StaffTotpTable {
  accountId: string;
  /** The TOTP secret, sealed (SecretBox, context `account:<id>`); never stored in clear. */
  secretEnc: string;
  enabledAt: string;
  /** The time step of the last code accepted: codes of that step or earlier are refused. */
  lastStep: number;
}

/** The hash-chained audit log (see src/domain/audit/chain.ts). Append-only. */
export interface AuditLogTable {
  seq: number;
  id: string;
  at: string;
  actor: string;
  action: string;
  target: string;
  /** Canonical JSON text `{ field: [before, after] }`. */
  diff: string;
  prevHash: string;
  hash: string;
}

/** One row (id 1): the last entry of the audit log, so removing it is detected too. */
export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface ApiTokenTable {
  id: string;
  accountId: string;
  name: string;
  tokenHash: string;
  /** First characters of the token, shown in lists so the owner can tell tokens apart. */
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface YearCounterTable {
  name: string;
  year: number;
  value: number;
}

export interface ReportTable {
  id: string;
  /** Human-readable reference, e.g. VD-2026-00042. */
  ref: string;
  status: string;
  title: string;
  /** The submission as accepted (JSON text). */
  submission: string;
  qualityTier: string;
  language: string;
  reporterEmail: string;
  accountId: string | null;
  trackingTokenHash: string | null;
  cvssVector: string | null;
  cvssScore: number | null;
  receivedAt: string;
  firstResponseDueAt: string;
  updatedAt: string;
  /** Staff account the report is assigned to. */
  assigneeId: Generated<string | null>;
  /** Set when triage opens a case (`review-repro`), e.g. CASE-2026-00007. */
  caseNumber: Generated<string | null>;
  disposition: Generated<string | null>;
  dispositionReason: Generated<string | null>;
  duplicateOfId: Generated<string | null>;
  helpDestination: Generated<string | null>;
  /** Vendor severity (critical, important, moderate, low); null until rated. */
  severity: Generated<string | null>;
  /** JSON text: the whole severity assessment (CVSS vectors, exploitability, flags). */
  severityAssessment: Generated<string | null>;
  fixReleaseDate: Generated<string | null>;
  cvdDate: Generated<string | null>;
  fixReleasedAt: Generated<string | null>;
  advisoryPublishedAt: Generated<string | null>;
  firstRespondedAt: Generated<string | null>;
  triagedAt: Generated<string | null>;
  completedAt: Generated<string | null>;
  /** Start of the current needs-info pause; null when not paused. */
  pausedSince: Generated<string | null>;
  /** Total paused time before the current pause, in milliseconds. */
  pausedMs: Generated<number>;
  /** The earliest due time of a running SLA clock (the queue's sort key); null when none runs. */
  nextDueAt: Generated<string | null>;
  /** When that clock becomes at risk. */
  nextAtRiskAt: Generated<string | null>;
  /** Primary product from the catalogue, once triage has set it. */
  productId: Generated<string | null>;
  /** Lower-cased reporter e-mail: the key of the per-reporter record. */
  reporterKey: Generated<string | null>;
  /** Title, product, CWE and text excerpts for trigram search; written at intake. */
  searchText: Generated<string | null>;
  /** The report's place among its reporter's reports (1, 2, …), in order of receipt. */
  reporterSeq: Generated<number | null>;
  /**
   * JSON text `{ max, windowHours, count }`: the submission limit the reporter had exceeded
   * when this report arrived; null when none (or received before limits were checked).
   */
  overLimit: Generated<string | null>;
}

export interface ProductFamilyTable {
  id: string;
  name: string;
  createdAt: string;
}

export interface ProductTable {
  id: string;
  familyId: string | null;
  name: string;
  kind: string;
  url: string | null;
  createdAt: string;
  retiredAt: string | null;
}

export interface ProductVersionTable {
  id: string;
  productId: string;
  name: string;
  releasedOn: string | null;
  supportedUntil: string | null;
  createdAt: string;
}

export interface ReportProductTable {
  reportId: string;
  productId: string;
  versionId: string | null;
  position: number;
}

export interface MessageTable {
  id: string;
  reportId: string;
  authorKind: string;
  authorId: string | null;
  /** Markdown source; rendered and sanitised when shown. */
  body: string;
  /** 1 for an internal note (staff only), 0 for a message the reporter sees. */
  internal: number;
  createdAt: string;
}

export interface ReporterTable {
  key: string;
  submitted: number;
  valid: number;
  invalid: number;
  lastSubmittedAt: string;
}

export interface SlaNotificationTable {
  reportId: string;
  clock: string;
  level: string;
  dueAt: string;
  sentAt: string;
}

export interface JobLeaseTable {
  name: string;
  holder: string;
  leaseUntil: string;
}

export interface AttachmentTable {
  id: string;
  reportId: string;
  /** Position in the submission, 0-based. */
  position: number;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  blobKey: string;
  createdAt: string;
  /** Set for files sent with a message; null for the report's own attachments. */
  messageId: Generated<string | null>;
}

export interface TimelineTable {
  id: string;
  reportId: string;
  at: string;
  kind: string;
  actor: string;
  /**
   * The staff account that made the change (migration 0015); null for the reporter, the system
   * and older entries whose account is unknown. For staff eyes only: never in a reporter's view.
   */
  actorId: string | null;
  /** JSON text with details; never secrets. */
  data: string;
}

export interface OutboxTable {
  id: string;
  kind: string;
  /** JSON text: the message to deliver. */
  payload: string;
  createdAt: string;
  availableAt: string;
  attempts: Generated<number>;
  lastError: string | null;
  deliveredAt: string | null;
  leaseUntil: string | null;
}

export interface RateLimitTable {
  /** SHA-256 of the limited key (route and client address). */
  key: string;
  /** Start of the fixed window, epoch milliseconds. */
  windowStart: number;
  count: number;
}

export interface Database {
  accounts: AccountTable;
  emailVerifications: EmailVerificationTable;
  sessions: SessionTable;
  apiTokens: ApiTokenTable;
  yearCounters: YearCounterTable;
  reports: ReportTable;
  attachments: AttachmentTable;
  timeline: TimelineTable;
  outbox: OutboxTable;
  rateLimits: RateLimitTable;
  productFamilies: ProductFamilyTable;
  products: ProductTable;
  productVersions: ProductVersionTable;
  reportProducts: ReportProductTable;
  messages: MessageTable;
  reporters: ReporterTable;
  slaNotifications: SlaNotificationTable;
  jobLeases: JobLeaseTable;
  staffEnrolments: StaffEnrolmentTable;
  staffTotp: StaffTotpTable;
  auditLog: AuditLogTable;
  auditHead: AuditHeadTable;
}

export type Account = Selectable<AccountTable>;
export type NewAccount = Insertable<AccountTable>;
export type Report = Selectable<ReportTable>;
export type NewReport = Insertable<ReportTable>;
export type Attachment = Selectable<AttachmentTable>;
export type NewAttachment = Insertable<AttachmentTable>;
export type TimelineEntry = Selectable<TimelineTable>;
export type NewOutboxMessage = Insertable<OutboxTable>;
export type ApiToken = Selectable<ApiTokenTable>;
export type Session = Selectable<SessionTable>;
