/**
 * The SQLite writer thread of intake: writes the groups of new reports (see `WriterThread`) and,
 * between them, indexes them for trigram search (search-indexer.ts).
 */
import { workerData } from 'node:worker_threads';
import { serveBatches, type WriterThreadData } from '../db/writer-thread.js';
import { writeIntakeBatch, type IntakeItem, type IntakeWriterOptions } from './intake-batch.js';
import { maintainSearchIndex, SEARCH_INDEX_IDLE_MS } from './search-indexer.js';

const { options } = workerData as WriterThreadData<IntakeWriterOptions>;
serveBatches<IntakeItem, string>(
  (trx, items) => writeIntakeBatch(trx, items, options.publicUrl, options.submissionLimits),
  // Between groups: new reports into the trigram index, a chunk at a time.
  { run: maintainSearchIndex, idleMs: SEARCH_INDEX_IDLE_MS },
);
