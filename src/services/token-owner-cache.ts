/**
 * The owners of API tokens seen recently, so that a request made with an API token does not ask
 * the database who owns it every time (a query on every staff API request, and on PostgreSQL a
 * round trip).
 *
 * How stale an entry may be:
 * - Changes made through this process (revoking a token, disabling or enabling an account,
 *   changing its role, resetting it) clear the cache once their transaction has committed, so
 *   every request that starts after the change returns sees it. A lookup that read the database
 *   before the change and finishes after it does not store its (old) answer: `clear()` starts a
 *   new generation and `remember()` refuses answers from an older one.
 * - Changes made by other processes (the CLI on the same SQLite file, other instances on
 *   PostgreSQL) are seen once the entry expires: at most `TOKEN_OWNER_TTL_MS` later.
 * Only tokens that resolved are kept: an unknown or revoked token is looked up every time.
 */
import type { TokenOwner } from '../db/repositories/accounts.js';

/** How long a resolved token is trusted without asking the database again. */
export const TOKEN_OWNER_TTL_MS = 5_000;
/** Tokens kept at most; the oldest entry is dropped beyond this. */
export const TOKEN_OWNER_CAPACITY = 1_000;

interface Entry {
  owner: TokenOwner;
  expiresAt: number;
}

export class TokenOwnerCache {
  private readonly entries = new Map<string, Entry>();
  private current = 0;

  /** `now` is a monotonic clock in milliseconds (`performance.now` unless a test fakes it). */
  constructor(
    private readonly now: () => number = () => performance.now(),
    private readonly ttlMs: number = TOKEN_OWNER_TTL_MS,
    private readonly capacity: number = TOKEN_OWNER_CAPACITY,
  ) {}

  /** The generation a lookup starts in; pass it to `remember`. */
  generation(): number {
    return this.current;
  }

  /** The owner of the token with this hash, if it was resolved less than the TTL ago. */
  get(tokenHash: string): TokenOwner | undefined {
    const entry = this.entries.get(tokenHash);
    if (entry === undefined) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(tokenHash);
      return undefined;
    }
    return entry.owner;
  }

  /** Keeps a resolved owner, unless the cache was cleared since the lookup began. */
  remember(tokenHash: string, owner: TokenOwner, generation: number): void {
    if (generation !== this.current) return;
    this.entries.delete(tokenHash);
    this.entries.set(tokenHash, { owner, expiresAt: this.now() + this.ttlMs });
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (oldest.done !== true) this.entries.delete(oldest.value);
    }
  }

  /** After any committed change to API tokens or accounts made through this process. */
  clear(): void {
    this.current += 1;
    this.entries.clear();
  }
}
