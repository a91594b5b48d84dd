/**
 * The trigram pending lists' upkeep: a merge after every so many new reports, one at a time,
 * failures dropped, and closing waits for the merge that runs.
 */
import { describe, expect, it } from 'vitest';
import { PendingListCleaner } from './pending-list-cleaner.js';

/** A merge that ends when the test says so. */
function controlledMerges() {
  const started: (() => void)[] = [];
  const clean = (): Promise<number> =>
    new Promise<number>((resolve) => {
      started.push(() => resolve(1));
    });
  return { clean, started };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('PendingListCleaner', () => {
  it('merges once every `everyRows` reports, counted across groups', () => {
    const { clean, started } = controlledMerges();
    const cleaner = new PendingListCleaner(clean, 100);
    cleaner.written(60);
    expect(started).toHaveLength(0);
    cleaner.written(40);
    expect(started).toHaveLength(1);
  });

  it('runs one merge at a time and starts the next once enough new reports came after', async () => {
    const { clean, started } = controlledMerges();
    const cleaner = new PendingListCleaner(clean, 10);
    cleaner.written(10);
    cleaner.written(30); // while the first merge runs: counted, not started
    expect(started).toHaveLength(1);
    started[0]?.();
    await settle();
    cleaner.written(1); // the 30 counted before are enough
    expect(started).toHaveLength(2);
    started[1]?.();
    await settle();
    cleaner.written(9);
    expect(started).toHaveLength(2);
  });

  it('drops a failed merge and tries again after the next reports', async () => {
    let calls = 0;
    const cleaner = new PendingListCleaner(() => {
      calls += 1;
      return Promise.reject(new Error('connection lost'));
    }, 5);
    cleaner.written(5);
    await settle();
    cleaner.written(5);
    await settle();
    expect(calls).toBe(2);
    await expect(cleaner.close()).resolves.toBeUndefined();
  });

  it('waits on close for the merge that runs, and starts none after', async () => {
    const { clean, started } = controlledMerges();
    const cleaner = new PendingListCleaner(clean, 1);
    cleaner.written(1);
    let closed = false;
    const closing = cleaner.close().then(() => {
      closed = true;
    });
    await settle();
    expect(closed).toBe(false);
    started[0]?.();
    await closing;
    expect(closed).toBe(true);
    cleaner.written(100);
    expect(started).toHaveLength(1);
  });
});
