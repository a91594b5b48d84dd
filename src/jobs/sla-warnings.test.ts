import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { buildReport } from '../../test/helpers/factories.js';
import { sendSlaWarnings, type SlaWarningsDeps } from './sla-warnings.js';

const HOUR = 3_600_000;

describe('SLA warnings', () => {
  let app: TestApp;
  let deps: SlaWarningsDeps;
  beforeAll(async () => {
    app = await buildTestApp({ ONCALL_EMAIL: 'oncall@example.com' });
    deps = {
      db: app.testDb.db,
      slaPolicy: app.config.slaPolicy,
      oncallEmail: app.config.oncallEmail,
      publicUrl: app.config.publicUrl,
    };
  });
  afterAll(async () => {
    await app.close();
  });

  const warnings = async () =>
    (
      await app.testDb.db.kysely
        .selectFrom('outbox')
        .select('payload')
        .where('kind', '=', 'mail.sla-warning')
        .orderBy('createdAt')
        .execute()
    ).map((o) => {
      const p = JSON.parse(o.payload) as {
        to: string;
        clock: string;
        level: string;
        reportRef: string;
      };
      return [p.reportRef, p.clock, p.level, p.to];
    });

  it('warns once per clock and level, survives restarts, and skips what is not due', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      payload: buildReport(),
    });
    const { id } = res.json<{ id: string }>();
    expect(await sendSlaWarnings(deps, app.clock.now())).toBe(0);

    app.clock.advance(19 * HOUR); // 5 of the 24 hours left: at risk
    expect(await sendSlaWarnings(deps, app.clock.now())).toBe(1);
    expect(await sendSlaWarnings(deps, app.clock.now())).toBe(0); // a second run, or a restart
    expect(await warnings()).toEqual([[id, 'first-response', 'at-risk', 'oncall@example.com']]);

    app.clock.advance(6 * HOUR); // past due
    await sendSlaWarnings(deps, app.clock.now());
    await sendSlaWarnings(deps, app.clock.now());
    expect(await warnings()).toEqual([
      [id, 'first-response', 'at-risk', 'oncall@example.com'],
      [id, 'first-response', 'breached', 'oncall@example.com'],
    ]);
    // Internal timeline entries record them; the reporter does not see them.
    const kinds = await app.testDb.db.kysely
      .selectFrom('timeline')
      .select('kind')
      .where('kind', '=', 'sla-warning')
      .execute();
    expect(kinds).toHaveLength(2);
  });
});
