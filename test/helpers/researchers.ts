/** Researcher accounts for route tests, registered and confirmed as the real flow does. */
import type { TestApp } from './app.js';

export const RESEARCHER_PASSWORD = 'correct horse battery staple';

/** Registers `email` and follows the confirmation link from the outbox. */
export async function registerVerifiedResearcher(
  app: TestApp,
  email: string,
  password = RESEARCHER_PASSWORD,
): Promise<void> {
  await app.services.accounts.register({ email, password });
  const rows = await app.testDb.db.kysely
    .selectFrom('outbox')
    .select('payload')
    .where('kind', '=', 'mail.account-verification')
    .execute();
  const mail = rows
    .map((r) => JSON.parse(r.payload) as { to: string; token: string })
    .find((p) => p.to === email);
  if (mail === undefined) throw new Error(`no verification mail for ${email}`);
  await app.services.accounts.verifyEmail(mail.token);
}
