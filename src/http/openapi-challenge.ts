/**
 * Every 401 carries a `WWW-Authenticate` challenge (`src/http/plugins/auth.ts`,
 * `authenticationChallenge`); this names that header on every 401 response of the generated
 * OpenAPI document, so the routes need not repeat it.
 */
import { AUTH_REALM } from './plugins/auth.js';

type Doc = { paths?: Record<string, Record<string, unknown>> };
type Operation = { responses?: Record<string, { headers?: Record<string, unknown> }> };

const CHALLENGE_HEADER = {
  description: `The authentication challenge: \`Bearer realm="${AUTH_REALM}"\`, with \`error="invalid_token"\` when the request sent a bearer token that is unknown, revoked or expired (RFC 6750 §3). The session cookie, the other way to sign in, has no challenge of its own.`,
  schema: { type: 'string' },
};

export function addChallengeHeaders<T>(doc: T): T {
  for (const item of Object.values((doc as Doc).paths ?? {})) {
    for (const op of Object.values(item) as Operation[]) {
      const unauthorized = op.responses?.['401'];
      if (unauthorized === undefined) continue;
      unauthorized.headers = { ...unauthorized.headers, 'WWW-Authenticate': CHALLENGE_HEADER };
    }
  }
  return doc;
}
