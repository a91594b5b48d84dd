/**
 * A @fastify/rate-limit store in the database, so that every instance behind a load balancer
 * counts against the same limit. Fixed windows; keys are stored hashed (no client addresses).
 * Used on PostgreSQL; the single-process SQLite setup keeps the plugin's in-memory store.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../../db/client.js';
import { hitRateLimit, pruneRateLimits, readRateLimit } from '../../db/repositories/rate-limits.js';

type Callback = (err: Error | null, result?: { current: number; ttl: number }) => void;

const DAY_MS = 86_400_000;

export interface RateLimitStore {
  incr(key: string, cb: Callback, timeWindow: number, max: number): void;
  read(key: string, cb: Callback, timeWindow: number, max: number): void;
  child(routeOptions: { routeInfo?: { method?: string; url?: string } }): RateLimitStore;
}

export function databaseRateLimitStore(db: Db, clock: () => Date) {
  let lastPrune = 0;

  const make = (scope: string): RateLimitStore => {
    const keyOf = (key: string) =>
      createHash('sha256').update(`${scope}\u0000${key}`).digest('hex');
    const windowOf = (timeWindow: number) => {
      const now = clock().getTime();
      const start = Math.floor(now / timeWindow) * timeWindow;
      return { now, start, ttl: start + timeWindow - now };
    };
    return {
      incr(key, cb, timeWindow) {
        const w = windowOf(timeWindow);
        hitRateLimit(db.kysely, keyOf(key), w.start)
          .then((current) => {
            cb(null, { current, ttl: w.ttl });
            if (w.now - lastPrune > 60_000) {
              lastPrune = w.now;
              pruneRateLimits(db.kysely, w.now - DAY_MS).catch(() => undefined);
            }
          })
          .catch((err: unknown) => cb(err instanceof Error ? err : new Error(String(err))));
      },
      read(key, cb, timeWindow) {
        const w = windowOf(timeWindow);
        readRateLimit(db.kysely, keyOf(key), w.start)
          .then((current) => cb(null, { current, ttl: w.ttl }))
          .catch((err: unknown) => cb(err instanceof Error ? err : new Error(String(err))));
      },
      child(routeOptions) {
        const r = routeOptions.routeInfo;
        return make(`${r?.method ?? ''} ${r?.url ?? ''}`);
      },
    };
  };

  // The plugin instantiates the store with `new`; a function returning an object works for that.
  return function DatabaseRateLimitStore(): RateLimitStore {
    return make('global');
  };
}
