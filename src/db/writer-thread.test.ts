import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDb, usingPostgres, type TestDb } from '../../test/helpers/db.js';
import { GroupCommit } from './group-commit.js';
import { WriterThread, WriterThreadError } from './writer-thread.js';

const ENTRY = new URL('../../test/fixtures/writer-thread-worker.ts', import.meta.url);

// The writer thread is SQLite's: PostgreSQL writes from the server's own pool.
describe.skipIf(usingPostgres())('WriterThread', () => {
  let t: TestDb;
  let writer: WriterThread<string, number, null>;
  beforeEach(async () => {
    t = await createTestDb();
    writer = new WriterThread(ENTRY, { file: t.db.file ?? '', options: null });
  });
  afterEach(async () => {
    await writer.close();
    await t.dispose();
  });

  const stored = async (): Promise<string[]> =>
    (await t.db.kysely.selectFrom('rateLimits').select('key').orderBy('key').execute()).map(
      (r) => r.key,
    );

  it('writes a batch on its own connection, committed when the promise resolves', async () => {
    expect(await writer.run(['a', 'b', 'c'])).toEqual([1, 2, 3]);
    // Read on the server's connection: the rows are there.
    expect(await stored()).toEqual(['a', 'b', 'c']);
    expect(await writer.run(['d'])).toEqual([4]);
  });

  it('rolls a failed batch back and rejects it with the error raised in the thread', async () => {
    const failed = writer.run(['x', 'poison']);
    await expect(failed).rejects.toThrow(WriterThreadError);
    await expect(failed).rejects.toThrow('poisoned item');
    expect(await stored()).toEqual([]);
    expect(await writer.run(['y'])).toEqual([1]);
  });

  it('carries the SQLite error code of a failed statement', async () => {
    const err: unknown = await writer.run(['twice']).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WriterThreadError);
    expect((err as WriterThreadError).code).toMatch(/^SQLITE_CONSTRAINT/);
  });

  it('rejects the batch in flight when the thread dies, and starts a new thread for the next', async () => {
    await expect(writer.run(['crash'])).rejects.toThrow(/writer thread stopped \(exit code 3\)/);
    expect(await writer.run(['after'])).toEqual([1]);
    expect(await stored()).toEqual(['after']);
  });

  it('serves GroupCommit: one bad report fails alone, the others are written once', async () => {
    const group = new GroupCommit(writer.run, { maxItems: 100, maxBytes: 1e9 });
    const outcomes = await Promise.allSettled(
      ['a', 'b', 'poison', 'c'].map((k) => group.submit(k)),
    );
    expect(outcomes.map((o) => o.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    expect(await stored()).toEqual(['a', 'b', 'c']);
  });

  it('finishes the batches in flight before it closes, then refuses new ones', async () => {
    const inFlight = writer.run(['p', 'q']);
    await writer.close();
    expect(await inFlight).toEqual([1, 2]);
    await expect(writer.run(['late'])).rejects.toThrow(/closed/);
    expect(await stored()).toEqual(['p', 'q']);
  });
});
