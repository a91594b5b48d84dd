import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestDb, type TestDb } from '../../test/helpers/db.js';
import { GroupCommit, inTransaction, type BatchWriter } from './group-commit.js';
import { reserveYearSequence } from './repositories/counters.js';

/** Each item reserves one counter value and stores it as a rate-limit row (any table will do). */
const writeValues: BatchWriter<string, number> = async (trx, items) => {
  if (items.includes('poison')) throw new Error('poisoned item');
  const first = await reserveYearSequence(trx, 'group-commit-test', 2026, items.length);
  await trx
    .insertInto('rateLimits')
    .values(items.map((key, i) => ({ key, windowStart: first + i, count: 1 })))
    .execute();
  return items.map((_, i) => first + i);
};

describe('GroupCommit', () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await createTestDb();
  });
  afterEach(async () => {
    await t.dispose();
  });

  const stored = async (): Promise<{ key: string; windowStart: number }[]> =>
    t.db.kysely.selectFrom('rateLimits').select(['key', 'windowStart']).orderBy('key').execute();

  it('writes items submitted together in one transaction, in arrival order', async () => {
    const group = new GroupCommit(inTransaction(t.db.kysely, writeValues), {
      maxItems: 100,
      maxBytes: 1e9,
    });
    const keys = Array.from({ length: 30 }, (_, i) => `k${String(i).padStart(2, '0')}`);
    const results = await Promise.all(keys.map((k) => group.submit(k)));
    expect(results).toEqual(keys.map((_, i) => i + 1));
    expect(group.transactions).toBe(1);
    expect(await stored()).toEqual(keys.map((key, i) => ({ key, windowStart: i + 1 })));
  });

  it('splits a queue by item count and by size, and writes every item exactly once', async () => {
    const byCount = new GroupCommit(inTransaction(t.db.kysely, writeValues), {
      maxItems: 4,
      maxBytes: 1e9,
    });
    const keys = Array.from({ length: 10 }, (_, i) => `c${i}`);
    await Promise.all(keys.map((k) => byCount.submit(k)));
    expect(byCount.transactions).toBe(3);

    const bySize = new GroupCommit(
      inTransaction(t.db.kysely, writeValues),
      { maxItems: 100, maxBytes: 10 },
      (item) => (item.startsWith('big') ? 25 : 4),
    );
    // 4+4 fit; 'big' exceeds the limit on top of them and goes alone; then 4+4 again.
    await Promise.all(['s1', 's2', 'big', 's3', 's4'].map((k) => bySize.submit(k)));
    expect(bySize.transactions).toBe(3);
    expect((await stored()).map((r) => r.key)).toHaveLength(15);
  });

  it('retries a failed batch item by item: only the bad item fails, nothing is lost or doubled', async () => {
    const group = new GroupCommit(inTransaction(t.db.kysely, writeValues), {
      maxItems: 100,
      maxBytes: 1e9,
    });
    const outcomes = await Promise.allSettled(
      ['a', 'b', 'poison', 'c'].map((k) => group.submit(k)),
    );
    expect(outcomes.map((o) => o.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    const rejected = outcomes[2] as PromiseRejectedResult;
    expect(String(rejected.reason)).toMatch(/poisoned item/);
    // The failed batch rolled back (its counter update too), so the values have no gap.
    expect(await stored()).toEqual([
      { key: 'a', windowStart: 1 },
      { key: 'b', windowStart: 2 },
      { key: 'c', windowStart: 3 },
    ]);
  });

  it('groups items that arrive while a batch is committing into the next batch', async () => {
    const group = new GroupCommit(inTransaction(t.db.kysely, writeValues), {
      maxItems: 100,
      maxBytes: 1e9,
    });
    const first = group.submit('first');
    // Queued after the first flush has started: these wait for it and then go together.
    await new Promise((resolve) => setImmediate(resolve));
    const later = ['l1', 'l2', 'l3', 'l4'].map((k) => group.submit(k));
    expect(await Promise.all([first, ...later])).toEqual([1, 2, 3, 4, 5]);
    expect(group.transactions).toBe(2);
  });

  it('rolls back a batch whose writer returns the wrong number of results', async () => {
    const short: BatchWriter<string, number> = async (trx, items) => {
      await writeValues(trx, items);
      return [];
    };
    const group = new GroupCommit(inTransaction(t.db.kysely, short), {
      maxItems: 100,
      maxBytes: 1e9,
    });
    await expect(group.submit('x')).rejects.toThrow(/0 results for 1 items/);
    expect(await stored()).toEqual([]);
  });

  /** Two batches in flight, each committed only when the test releases it. */
  const heldBatches = (earlyShare?: number) => {
    const started: string[][] = [];
    const release: (() => void)[] = [];
    const group = new GroupCommit<string, string>(
      (items) => {
        started.push([...items]);
        return new Promise((resolve) => release.push(() => resolve([...items])));
      },
      { maxItems: 100, maxBytes: 1e9, maxInFlight: 2, earlyShare },
    );
    return { started, release, group };
  };
  const tick = () => new Promise((resolve) => setImmediate(resolve));

  it('hands the runner up to maxInFlight batches before the first has committed', async () => {
    const { started, release, group } = heldBatches();
    const first = group.submit('a');
    await tick();
    const second = group.submit('b');
    await tick();
    const third = group.submit('c');
    const fourth = group.submit('d');
    await tick();
    // Two batches out, the next two items wait for one of them to commit.
    expect(started).toEqual([['a'], ['b']]);
    release[0]?.();
    expect(await first).toBe('a');
    await vi.waitFor(() => expect(started).toEqual([['a'], ['b'], ['c', 'd']]));
    release[1]?.();
    release[2]?.();
    expect(await Promise.all([second, third, fourth])).toEqual(['b', 'c', 'd']);
    expect(group.transactions).toBe(3);
  });

  it('sends a batch early only once it is as large as the one in flight', async () => {
    const { started, release, group } = heldBatches();
    const firsts = ['a', 'b', 'c'].map((k) => group.submit(k));
    await tick();
    expect(started).toEqual([['a', 'b', 'c']]);
    const d = group.submit('d');
    const e = group.submit('e');
    await tick();
    await tick();
    // Two waiting for a batch of three in flight: not yet.
    expect(started).toEqual([['a', 'b', 'c']]);
    const f = group.submit('f');
    await vi.waitFor(() =>
      expect(started).toEqual([
        ['a', 'b', 'c'],
        ['d', 'e', 'f'],
      ]),
    );
    const g = group.submit('g');
    await tick();
    expect(started).toHaveLength(2);
    // The first commit ends, the second batch is still in flight: g waits for a larger batch.
    release[0]?.();
    expect(await Promise.all(firsts)).toEqual(['a', 'b', 'c']);
    await tick();
    expect(started).toHaveLength(2);
    // Nothing in flight: whatever waits goes out at once.
    release[1]?.();
    await vi.waitFor(() => expect(started).toEqual([['a', 'b', 'c'], ['d', 'e', 'f'], ['g']]));
    release[2]?.();
    expect(await Promise.all([d, e, f, g])).toEqual(['d', 'e', 'f', 'g']);
  });

  it('sends a batch early at earlyShare of the one in flight', async () => {
    const { started, release, group } = heldBatches(0.5);
    const firsts = ['a', 'b', 'c', 'd', 'e'].map((k) => group.submit(k));
    await tick();
    expect(started).toEqual([['a', 'b', 'c', 'd', 'e']]);
    const f = group.submit('f');
    const g = group.submit('g');
    await tick();
    await tick();
    // Two of five (a half rounds up to three): not yet.
    expect(started).toHaveLength(1);
    const h = group.submit('h');
    await vi.waitFor(() => expect(started[1]).toEqual(['f', 'g', 'h']));
    release[0]?.();
    release[1]?.();
    expect(await Promise.all([...firsts, f, g, h])).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
      'f',
      'g',
      'h',
    ]);
  });
});
