/**
 * SLA warnings: once a minute, every open report whose clock is at risk or breached gets one
 * outbox notice per clock and level, to its assignee and to the on-call address. What was sent
 * is recorded in `sla_notifications` in the same transaction as the notice, keyed by the due
 * time it was about, so a restart (or a second instance) never sends one twice and a missed run
 * is caught up by the next. Reports are found through the `next_at_risk_at` index.
 */
import { uuidv7 } from 'uuidv7';
import type { Db } from '../db/client.js';
import { enqueueOutbox } from '../db/repositories/outbox.js';
import { listTimeline } from '../db/repositories/reports.js';
import { appendTimeline } from '../db/repositories/timeline.js';
import { findStaffAccount } from '../db/repositories/triage.js';
import { TIMELINE_KINDS } from '../domain/case/timeline.js';
import { dueSlaNotifications, type SlaNotification } from '../domain/sla/notifications.js';
import type { SlaPolicy } from '../domain/sla/policy.js';
import { reportClocks } from '../services/case-sla.js';
import type { PeriodicJob } from './periodic.js';

export const SLA_WARNINGS_JOB = 'sla-warnings';
/** Most reports looked at in one run; the rest wait for the next minute. */
const MAX_PER_RUN = 5000;
const PAGE = 200;

export interface SlaWarningsDeps {
  db: Db;
  slaPolicy: SlaPolicy;
  oncallEmail: string;
  publicUrl: string;
}

export function slaWarningsJob(deps: SlaWarningsDeps, intervalMs = 60_000): PeriodicJob {
  return {
    name: SLA_WARNINGS_JOB,
    intervalMs,
    run: async (now) => {
      await sendSlaWarnings(deps, now);
    },
  };
}

/** One run: returns how many notices were queued. */
export async function sendSlaWarnings(deps: SlaWarningsDeps, now: Date): Promise<number> {
  const db = deps.db.kysely;
  const nowIso = now.toISOString();
  let sent = 0;
  let after: { at: string; id: string } | undefined;
  for (let seen = 0; seen < MAX_PER_RUN; seen += PAGE) {
    let query = db
      .selectFrom('reports')
      .select(['id', 'nextAtRiskAt'])
      .where('nextAtRiskAt', '<=', nowIso)
      .where('status', 'not in', ['closed', 'rejected']);
    if (after !== undefined) {
      const { at, id } = after;
      query = query.where((eb) =>
        eb.or([
          eb('nextAtRiskAt', '>', at),
          eb.and([eb('nextAtRiskAt', '=', at), eb('id', '>', id)]),
        ]),
      );
    }
    const page = await query.orderBy('nextAtRiskAt').orderBy('id').limit(PAGE).execute();
    for (const { id } of page) sent += await warnReport(deps, id, now);
    const last = page.at(-1);
    if (page.length < PAGE || last?.nextAtRiskAt === undefined || last.nextAtRiskAt === null) break;
    after = { at: last.nextAtRiskAt, id: last.id };
  }
  return sent;
}

async function warnReport(deps: SlaWarningsDeps, reportId: string, now: Date): Promise<number> {
  const at = now.toISOString();
  return deps.db.kysely.transaction().execute(async (trx) => {
    const report = await trx
      .selectFrom('reports')
      .selectAll()
      .where('id', '=', reportId)
      .executeTakeFirst();
    if (report === undefined) return 0;
    const clocks = reportClocks(report, await listTimeline(trx, reportId), deps.slaPolicy, now);
    const records = await trx
      .selectFrom('slaNotifications')
      .select(['clock', 'level', 'dueAt'])
      .where('reportId', '=', reportId)
      .execute();
    // A warning counts as sent for the clock's current due time only: a due time moved by a
    // pause or a severity change may warn again.
    const sentForNow = records.filter(
      (r) =>
        (clocks as Record<string, { dueAt: Date } | undefined>)[r.clock]?.dueAt.toISOString() ===
        r.dueAt,
    ) as SlaNotification[];
    const due = dueSlaNotifications(clocks, sentForNow);
    if (due.length === 0) return 0;
    const assignee =
      report.assigneeId === null ? undefined : await findStaffAccount(trx, report.assigneeId);
    const recipients = [...new Set([assignee?.email, deps.oncallEmail])].filter(
      (to): to is string => to !== undefined,
    );
    let queued = 0;
    for (const warning of due) {
      const dueAt = clocks[warning.clock].dueAt.toISOString();
      const inserted = await trx
        .insertInto('slaNotifications')
        .values({ reportId, clock: warning.clock, level: warning.level, dueAt, sentAt: at })
        .onConflict((oc) => oc.doNothing())
        .returning('reportId')
        .executeTakeFirst();
      if (inserted === undefined) continue; // another instance got there first
      for (const to of recipients) {
        await enqueueOutbox(trx, {
          id: uuidv7(),
          kind: 'mail.sla-warning',
          payload: JSON.stringify({
            to,
            language: 'en',
            reportRef: report.ref,
            clock: warning.clock,
            level: warning.level,
            dueAt,
            url: `${deps.publicUrl}/console/reports/${encodeURIComponent(report.ref)}`,
          }),
          createdAt: at,
          availableAt: at,
          lastError: null,
          deliveredAt: null,
          leaseUntil: null,
        });
        queued += 1;
      }
      await appendTimeline(trx, {
        id: uuidv7(),
        reportId,
        at,
        kind: TIMELINE_KINDS.slaWarning,
        actor: 'system',
        actorId: null,
        data: JSON.stringify({ clock: warning.clock, level: warning.level, dueAt }),
      });
    }
    return queued;
  });
}
