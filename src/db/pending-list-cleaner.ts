/**
 * PostgreSQL: merges the trigram GIN indexes' pending lists into their trees from a connection of
 * its own, every `everyRows` new reports, so that no intake group has to.
 *
 * A GIN index with `fastupdate` (the default) takes new entries into an unsorted pending list and
 * merges the list into its tree in bulk. When the list outgrows `gin_pending_list_limit` (4 MB),
 * the insert that overflows it does the merge; at intake rates that is every few hundred
 * reports, and the group whose insert drew it waited 40–60 ms more (about one group in fifteen
 * in the benchmark), which made the latency's tail. Merged here after every `everyRows` reports,
 * the lists stay under the limit, the merges run beside the groups on the other core, and
 * searches, which read the whole pending list, find it short.
 *
 * One merge runs at a time. A failed merge is dropped: the next one, or an insert that finds the
 * list full, merges what it left.
 */
export class PendingListCleaner {
  private rowsSince = 0;
  private running: Promise<void> | undefined;
  private closed = false;

  /** `clean` merges the pending lists (`cleanTrigramPendingLists`). */
  constructor(
    private readonly clean: () => Promise<unknown>,
    private readonly everyRows: number,
  ) {}

  /** Counts `rows` newly committed reports and starts a merge once there are `everyRows`. */
  written(rows: number): void {
    if (this.closed) return;
    this.rowsSince += rows;
    if (this.rowsSince < this.everyRows || this.running !== undefined) return;
    this.rowsSince = 0;
    this.running = this.clean()
      .then(
        () => undefined,
        () => undefined,
      )
      .finally(() => {
        this.running = undefined;
      });
  }

  /** Starts no more merges and waits for the one running, if any. */
  async close(): Promise<void> {
    this.closed = true;
    await this.running;
  }
}
