/**
 * Failed sign-ins counted per account (by the e-mail address asked for, known or not), on top of
 * the per-address limit of the route: spreading guesses over many addresses does not help an
 * attacker. Only failures count, so the owner's own sign-ins never lock the account. Counters
 * live in the rate-limit store (the database on PostgreSQL, so every instance shares them).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../../domain/errors.js';

export interface AccountAttemptLimit {
  /** Refuses with 429 when the account has used up its failures for the window. */
  check(request: FastifyRequest, reply: FastifyReply, account: string): Promise<void>;
  /** Counts one failure against the account. */
  fail(request: FastifyRequest, account: string): Promise<void>;
}

export function accountAttemptLimit(
  app: FastifyInstance,
  options: { scope: string; max: number; timeWindowMs: number },
): AccountAttemptLimit {
  const keys = new WeakMap<FastifyRequest, string>();
  const limiter = app.createRateLimit({
    max: options.max,
    timeWindow: options.timeWindowMs,
    keyGenerator: (request) => keys.get(request) ?? '',
  });
  const keyed = (request: FastifyRequest, account: string): FastifyRequest => {
    keys.set(request, `${options.scope}:${account}`);
    return request;
  };
  return {
    async check(request, reply, account) {
      const state = await limiter(keyed(request, account), { increment: false });
      if (state.isAllowed || state.remaining > 0) return;
      void reply.header('retry-after', String(state.ttlInSeconds));
      throw new DomainError(
        'rate-limited',
        `too many failed sign-ins for this account; try again in ${state.ttlInSeconds} s`,
      );
    },
    async fail(request, account) {
      await limiter(keyed(request, account));
    },
  };
}
