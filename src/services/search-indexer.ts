/**
 * When SQLite's pending reports go into the trigram index (see db/repositories/search-index.ts):
 * once a chunk's worth is waiting, one chunk at a time between intake's groups, so the index
 * grows by large segments and no group waits for more than one chunk; and whatever is left once
 * intake has been quiet for a moment. Intake's writer thread runs it on its own connection
 * (intake-writer.worker.ts); on PostgreSQL there is nothing to do.
 */
import type { Db } from '../db/client.js';
import {
  countPendingReports,
  indexPendingReports,
  mergeSearchIndex,
} from '../db/repositories/search-index.js';

/**
 * Reports indexed per transaction, and the merge work done with each chunk (pages). FTS5 writes
 * one segment per transaction, so its cost per report falls with the chunk; with this chunk and
 * budget a chunk takes about 15 ms and never much over 30 ms, the longest a group of new reports
 * waits for it (bench/README.md, "Deferred trigram index").
 */
export const SEARCH_INDEX_CHUNK = 64;
export const SEARCH_INDEX_MERGE_PAGES = 16;
/** Merge work per step while intake is quiet. */
const IDLE_MERGE_PAGES = 256;

/** Quiet time after which the reports still pending are indexed, whatever their number. */
export const SEARCH_INDEX_IDLE_MS = 250;

/**
 * One step of upkeep: a chunk of pending reports when a full chunk waits, or (`idle`) when any
 * does; else, when idle, a larger merge. Returns whether more work is left for another step.
 */
export async function maintainSearchIndex(db: Db, idle: boolean): Promise<boolean> {
  if (db.dialect !== 'sqlite') return false;
  const { kysely, dialect } = db;
  const pending = await countPendingReports(kysely, dialect);
  if (pending >= SEARCH_INDEX_CHUNK || (idle && pending > 0)) {
    const taken = await kysely.transaction().execute(async (trx) => {
      const n = await indexPendingReports(trx, dialect, SEARCH_INDEX_CHUNK);
      await mergeSearchIndex(trx, dialect, SEARCH_INDEX_MERGE_PAGES);
      return n;
    });
    // Idle: even with nothing left to index, the merge step below comes next.
    return pending - taken > 0 || idle;
  }
  if (!idle) return false;
  return kysely.transaction().execute((trx) => mergeSearchIndex(trx, dialect, IDLE_MERGE_PAGES));
}
