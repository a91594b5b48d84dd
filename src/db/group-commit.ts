/**
 * Group commit: writes that arrive while a transaction is being committed wait, and the next
 * transaction writes all of them at once. One BEGIN, one COMMIT and one flush to disk then serve
 * many callers, and statements shared by the batch (a counter update) run once. Each caller's
 * promise settles only after the transaction holding its item has committed, so an answer still
 * means "durably stored".
 *
 * The first item of an idle queue is not written at once: the flush is scheduled with
 * `setImmediate`, after the I/O callbacks of the current event-loop turn, so requests that
 * arrived together are committed together. One batch (or `maxInFlight`) is in flight at a time;
 * items arriving meanwhile form the next batch, which goes out before the one in flight has
 * committed only once it holds as many items as that one (or `earlyShare` of them).
 *
 * When a batch fails, its items are retried one transaction each, so one bad item cannot fail
 * the others; only the items that fail on their own are rejected.
 *
 * Where the transaction runs is the runner's business: `inTransaction` runs it on the server's
 * own connection (PostgreSQL), `WriterThread` on SQLite's writer thread.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';

export interface GroupCommitLimits {
  /** Most items in one transaction. */
  maxItems: number;
  /** Most bytes (as estimated by `size`) in one transaction; a single larger item goes alone. */
  maxBytes: number;
  /**
   * Batches handed to the runner before the first has committed (default 1). A writer thread
   * takes 2: it runs them one after the other, and the next batch is waiting for it the moment
   * a commit ends, instead of after the answer has gone back and forth.
   */
  maxInFlight?: number;
  /**
   * While batches are in flight, the share of the last batch's size at which the next one goes
   * out without waiting for a commit (default 1: as large as the last).
   */
  earlyShare?: number;
}

/**
 * Writes `items` inside `trx` and returns one result per item, in order. Called with a batch
 * and, after a failed batch, with one item at a time.
 */
export type BatchWriter<I, R> = (trx: Transaction<Database>, items: readonly I[]) => Promise<R[]>;

/** Writes `items` in one transaction that has committed when the promise resolves; one result per item, in order (`inTransaction` checks it before COMMIT). */
export type BatchRunner<I, R> = (items: readonly I[]) => Promise<R[]>;

/** Runs `write` in a transaction of `db`, checking before COMMIT that it returned one result per item. */
export function inTransaction<I, R>(
  db: Kysely<Database>,
  write: BatchWriter<I, R>,
): BatchRunner<I, R> {
  return (items) =>
    db.transaction().execute(async (trx) => {
      const written = await write(trx, items);
      // Checked before COMMIT: a writer bug rolls back rather than answering the wrong callers.
      if (written.length !== items.length) {
        throw new Error(
          `batch writer returned ${written.length} results for ${items.length} items`,
        );
      }
      return written;
    });
}

interface Pending<I, R> {
  item: I;
  bytes: number;
  resolve: (result: R) => void;
  reject: (err: unknown) => void;
}

export class GroupCommit<I, R> {
  private readonly queue: Pending<I, R>[] = [];
  private inFlight = 0;
  private scheduled = false;
  /** Items in the batch sent last. */
  private lastBatch = 0;
  /** Transactions committed (batches and single retries); read by tests and benchmarks. */
  transactions = 0;

  constructor(
    private readonly runner: BatchRunner<I, R>,
    private readonly limits: GroupCommitLimits,
    private readonly size: (item: I) => number = () => 0,
  ) {}

  /** Resolves with the item's result once the transaction that wrote it has committed. */
  submit(item: I): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ item, bytes: this.size(item), resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    const max = this.limits.maxInFlight ?? 1;
    if (this.inFlight >= max || this.scheduled || this.queue.length === 0) return;
    // While a batch is in flight, the next one goes out early only once it is as large as the
    // last one sent (or its `earlyShare`): sent at the first item, it would commit a handful of
    // reports and leave the ones arriving meanwhile for a third transaction. Otherwise it waits
    // for a commit to end.
    const early = Math.ceil(this.lastBatch * (this.limits.earlyShare ?? 1));
    if (this.inFlight > 0 && this.queue.length < Math.min(early, this.limits.maxItems)) {
      return;
    }
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.inFlight += 1;
    try {
      await this.commit(this.takeBatch());
    } finally {
      this.inFlight -= 1;
      this.schedule();
    }
  }

  private takeBatch(): Pending<I, R>[] {
    let count = 0;
    let bytes = 0;
    for (const pending of this.queue) {
      if (count === this.limits.maxItems) break;
      if (count > 0 && bytes + pending.bytes > this.limits.maxBytes) break;
      count += 1;
      bytes += pending.bytes;
    }
    this.lastBatch = count;
    return this.queue.splice(0, count);
  }

  private async commit(batch: Pending<I, R>[]): Promise<void> {
    let results: R[];
    try {
      results = await this.run(batch.map((p) => p.item));
    } catch (err) {
      if (batch.length === 1) {
        batch[0]?.reject(err);
        return;
      }
      // The batch rolled back as a whole: each item gets a transaction of its own.
      for (const pending of batch) {
        try {
          const [result] = await this.run([pending.item]);
          pending.resolve(result as R);
        } catch (itemErr) {
          pending.reject(itemErr);
        }
      }
      return;
    }
    batch.forEach((pending, i) => pending.resolve(results[i] as R));
  }

  private async run(items: readonly I[]): Promise<R[]> {
    const results = await this.runner(items);
    this.transactions += 1;
    return results;
  }
}
