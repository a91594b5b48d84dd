/**
 * Batches of SQLite writes on a worker thread. better-sqlite3 is synchronous, so on the server's
 * thread a transaction, and the fsync of its COMMIT, holds the event loop: no request is read,
 * parsed or validated meanwhile. A `WriterThread` hands batches to a worker with its own
 * connection to the same database file, and the server's thread goes on serving requests while
 * the batch is written and flushed. The promise of a batch resolves after its COMMIT returned.
 *
 * SQLite has one writer at a time: the server's own connection still writes (triage, sessions)
 * and waits, up to `busy_timeout`, for the writer thread's transaction to end.
 *
 * The worker's entry module calls `serveBatches` with its `BatchWriter`. It is started lazily by
 * the first batch, and again after it stopped (a crash rejects the batches in flight).
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { EventLoopUtilization } from 'node:perf_hooks';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { openSqlite, type Db } from './client.js';
import { inTransaction, type BatchRunner, type BatchWriter } from './group-commit.js';

interface BatchRequest {
  id: number;
  items: readonly unknown[];
}

type BatchReply =
  | { id: number; ok: true; results: unknown[] }
  | { id: number; ok: false; message: string; code: string | undefined };

/** What every writer thread is given: its database file and the entry's own options. */
export interface WriterThreadData<O> {
  file: string;
  options: O;
}

interface Waiting {
  resolve: (results: unknown[]) => void;
  reject: (err: Error) => void;
}

/** An error raised in the writer thread, with the SQLite code when there was one. */
export class WriterThreadError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'WriterThreadError';
  }
}

export class WriterThread<I, R, O> {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly waiting = new Map<number, Waiting>();
  private closing = false;

  /** `entry`: the module that calls `serveBatches`; `data` reaches it as `workerData`. */
  constructor(
    private readonly entry: URL,
    private readonly data: WriterThreadData<O>,
  ) {}

  /** Writes `items` in one transaction on the writer thread; a `BatchRunner` for `GroupCommit`. */
  readonly run: BatchRunner<I, R> = (items) => {
    if (this.closing) return Promise.reject(new Error('the SQLite writer thread is closed'));
    const worker = this.started();
    const id = this.nextId++;
    return new Promise<R[]>((resolve, reject) => {
      this.waiting.set(id, { resolve: (results) => resolve(results as R[]), reject });
      const request: BatchRequest = { id, items };
      worker.postMessage(request);
    });
  };

  /** Starts the thread now, if it is not running. */
  start(): void {
    if (!this.closing) this.started();
  }

  /** How busy the thread has been since it started (undefined before the first batch). */
  utilization(): EventLoopUtilization | undefined {
    return this.worker?.performance.eventLoopUtilization();
  }

  /** Lets the batches in flight finish, then stops the thread and closes its connection. */
  async close(): Promise<void> {
    this.closing = true;
    const worker = this.worker;
    if (worker === undefined) return;
    await new Promise<void>((resolve) => {
      worker.once('exit', () => resolve());
      worker.postMessage('close');
    });
  }

  private started(): Worker {
    if (this.worker !== undefined) return this.worker;
    const worker = startWorker(this.entry, this.data);
    worker.on('message', (reply: BatchReply) => {
      const waiting = this.waiting.get(reply.id);
      if (waiting === undefined) return;
      this.waiting.delete(reply.id);
      if (reply.ok) waiting.resolve(reply.results);
      else waiting.reject(new WriterThreadError(reply.message, reply.code));
    });
    const stopped = (why: string): void => {
      if (this.worker === worker) this.worker = undefined;
      for (const [id, waiting] of this.waiting) {
        this.waiting.delete(id);
        waiting.reject(new Error(`the SQLite writer thread stopped (${why})`));
      }
    };
    worker.on('error', (err) => stopped(err.message));
    worker.on('exit', (code) => stopped(`exit code ${code}`));
    this.worker = worker;
    return worker;
  }
}

/**
 * Starts `entry` in a worker. Compiled code (`.js`) starts as it is; TypeScript sources (under
 * tsx or the test runner) go through tsx's loader in the worker, which has not inherited it.
 */
function startWorker(entry: URL, data: unknown): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData: data });
  const tsxApi = createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs');
  return new Worker(
    `const { workerData } = require('node:worker_threads');
     import(workerData.tsxApi).then((tsx) => { tsx.register(); return import(workerData.entry); });`,
    {
      eval: true,
      workerData: { ...(data as object), tsxApi: pathToFileURL(tsxApi).href, entry: entry.href },
    },
  );
}

/**
 * Work a writer thread does on its own connection between batches (for intake: moving new
 * reports into the trigram index, services/search-indexer.ts).
 */
export interface WriterUpkeep {
  /**
   * Called after each batch, once its reply has been sent (`idle` false), and after the thread
   * has received nothing for `idleMs` (`idle` true), again and again while it returns true. A
   * failure is dropped: upkeep is retried after the next batch and must never fail a batch.
   */
  run(db: Db, idle: boolean): Promise<boolean>;
  idleMs: number;
}

/**
 * The worker's side: opens the database file it was given and writes each batch it receives
 * with `write` in a transaction of its own, one batch after another, with `upkeep` in between.
 */
export function serveBatches<I, R>(write: BatchWriter<I, R>, upkeep?: WriterUpkeep): void {
  const port = parentPort;
  if (port === null) throw new Error('serveBatches runs in a worker thread');
  const { file } = workerData as WriterThreadData<unknown>;
  const db = openSqlite(file, { reader: false });
  const run = inTransaction(db.kysely, write);
  let queue = Promise.resolve();
  let closed = false;
  let idleTimer: NodeJS.Timeout | undefined;
  const upkeepStep = async (idle: boolean): Promise<boolean> => {
    if (upkeep === undefined || closed) return false;
    try {
      return await upkeep.run(db, idle);
    } catch {
      return false;
    }
  };
  const armIdle = (): void => {
    if (upkeep === undefined || closed) return;
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => {
      queue = queue.then(async () => {
        if (await upkeepStep(true)) armIdle();
      });
    }, upkeep.idleMs);
  };
  port.on('message', (message: BatchRequest | 'close') => {
    clearTimeout(idleTimer);
    queue = queue.then(async () => {
      if (message === 'close') {
        closed = true;
        clearTimeout(idleTimer);
        await db.close();
        port.close();
        return;
      }
      let reply: BatchReply;
      try {
        reply = { id: message.id, ok: true, results: await run(message.items as I[]) };
      } catch (err) {
        reply = {
          id: message.id,
          ok: false,
          message: err instanceof Error ? err.message : String(err),
          code:
            typeof (err as { code?: unknown }).code === 'string'
              ? (err as { code: string }).code
              : undefined,
        };
      }
      port.postMessage(reply);
      await upkeepStep(false);
      armIdle();
    });
  });
  // Whatever was left over from before this thread started (another process, a crash).
  armIdle();
}
