/** The SQLite writer thread of intake: writes the groups of new reports (see `WriterThread`). */
import { workerData } from 'node:worker_threads';
import { serveBatches, type WriterThreadData } from '../db/writer-thread.js';
import { writeIntakeBatch, type IntakeItem, type IntakeWriterOptions } from './intake-batch.js';

const { options } = workerData as WriterThreadData<IntakeWriterOptions>;
serveBatches<IntakeItem, string>((trx, items) =>
  writeIntakeBatch(trx, items, options.publicUrl, options.submissionLimits),
);
