/**
 * Read-only statements on SQLite from a worker thread with a connection of its own.
 *
 * better-sqlite3 runs a statement synchronously on the thread that calls it, so with one
 * connection every query of every request runs on the event loop, one after another: while one
 * queue page is read, no other request makes progress. The heaviest read-only queries (the staff
 * queue) go to this reader instead, so the event loop parses, authorizes and serializes other
 * requests meanwhile. Writes, and reads inside transactions, stay on the main connection.
 *
 * The reader opens the same file read-only. In WAL mode each of its statements sees every
 * transaction committed before the statement began, so a change a request has committed (the
 * main connection's commit returns only once it is durable) is visible to the next queue read.
 * Prepared statements are kept per SQL text, as on the main connection (statement-cache.ts).
 * The workers never hold the process open (`unref`); `close()` ends them.
 *
 * A reader is a small pool: up to `threads` workers (two on a machine with two cores or more),
 * each with its own connection. A statement goes to the worker with the fewest statements out,
 * and a further worker starts only when every started one is busy, so one staff member's
 * requests use one thread, and requests that arrive together (several triagers, or a console
 * page loading its panels) are read side by side instead of queueing behind each other. A
 * worker that crashes (or runs out of its heap, `heapLimitMb`) fails its own statements; the
 * others keep serving, and the next statement that finds it failed starts a fresh one in its
 * place.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Reader } from './reader.js';

/** Reader threads by default: two where there are two cores to run them, else one. */
export const READER_THREADS = Math.max(1, Math.min(2, availableParallelism()));

/** Statements the worker keeps prepared; the least recently used is dropped beyond this. */
const READER_STATEMENTS = 128;

// Plain JavaScript (CommonJS, evaluated by the worker), so that it runs the same from src/ under
// tsx or vitest and from dist/: no TypeScript loader is needed in the worker.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
db.pragma('cache_size = ' + workerData.cacheSize);
const statements = new Map();
function prepared(sql) {
  let statement = statements.get(sql);
  if (statement !== undefined) {
    statements.delete(sql);
  } else {
    statement = db.prepare(sql);
    if (!statement.reader) throw new Error('the SQLite reader runs read-only statements only');
  }
  statements.set(sql, statement);
  if (statements.size > workerData.capacity) statements.delete(statements.keys().next().value);
  return statement;
}
parentPort.on('message', (message) => {
  if (message === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  const { id, sql, parameters } = message;
  try {
    parentPort.postMessage({ id, rows: prepared(sql).all(parameters) });
  } catch (err) {
    parentPort.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
`;

interface Pending {
  resolve: (rows: unknown[]) => void;
  reject: (err: Error) => void;
}

type Reply = { id: number; rows: unknown[] } | { id: number; error: string };

/** One worker thread of the pool, started with its first statement. */
interface ReaderThread extends Reader {
  /** Statements sent and not yet answered. */
  readonly outstanding: number;
  readonly started: boolean;
  readonly failed: boolean;
}

/**
 * A reader on `file` (a database the main connection has already opened in WAL mode). Its
 * threads start with the statements that need them, so processes that never read through it
 * (the CLI, most tests) start none.
 */
export function startSqliteReader(
  file: string,
  cacheSize: number,
  threads: number = READER_THREADS,
  heapLimitMb?: number,
): Reader {
  const newThread = () => readerThread(file, cacheSize, heapLimitMb);
  const pool = Array.from({ length: Math.max(1, threads) }, newThread);
  let closed = false;
  const pick = (): ReaderThread | undefined => {
    // A worker that crashed is replaced (its statements have failed already).
    pool.forEach((t, i) => {
      if (t.failed) pool[i] = newThread();
    });
    const live = pool.filter((t) => !t.failed);
    const idle = live.find((t) => t.started && t.outstanding === 0);
    if (idle !== undefined) return idle;
    // Every started worker is busy (or none has started): start the next one, if any is left.
    const fresh = live.find((t) => !t.started);
    if (fresh !== undefined) return fresh;
    return live.reduce<ReaderThread | undefined>(
      (best, t) => (best === undefined || t.outstanding < best.outstanding ? t : best),
      undefined,
    );
  };
  return {
    all<R>(sql: string, parameters: readonly unknown[]): Promise<R[]> {
      const thread = closed ? undefined : pick();
      if (thread === undefined) return Promise.reject(new Error('the SQLite reader has stopped'));
      return thread.all<R>(sql, parameters);
    },
    async close(): Promise<void> {
      closed = true;
      await Promise.all(pool.map((t) => t.close()));
    },
  };
}

function readerThread(file: string, cacheSize: number, heapLimitMb?: number): ReaderThread {
  let worker: Worker | undefined;
  const pending = new Map<number, Pending>();
  let next = 0;
  let failure: Error | undefined;
  const failAll = (err: Error): void => {
    failure = err;
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  const started = (): Worker => {
    if (worker !== undefined) return worker;
    const w = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        file,
        cacheSize,
        capacity: READER_STATEMENTS,
        driver: createRequire(import.meta.url).resolve('better-sqlite3'),
      },
      ...(heapLimitMb === undefined
        ? {}
        : { resourceLimits: { maxOldGenerationSizeMb: heapLimitMb } }),
    });
    w.unref();
    w.on('message', (reply: Reply) => {
      const p = pending.get(reply.id);
      if (p === undefined) return;
      pending.delete(reply.id);
      if ('error' in reply) p.reject(new Error(`SQLite reader: ${reply.error}`));
      else p.resolve(reply.rows);
    });
    w.on('error', (err) => failAll(err));
    w.on('exit', () => failAll(failure ?? new Error('the SQLite reader has stopped')));
    worker = w;
    return w;
  };
  return {
    get outstanding() {
      return pending.size;
    },
    get started() {
      return worker !== undefined;
    },
    get failed() {
      return failure !== undefined;
    },
    all<R>(sql: string, parameters: readonly unknown[]): Promise<R[]> {
      if (failure !== undefined) return Promise.reject(failure);
      const w = started();
      const id = (next += 1);
      return new Promise<R[]>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (rows: unknown[]) => void, reject });
        // Ref'd while a statement is out, so an awaited read cannot be dropped at exit.
        if (pending.size === 1) w.ref();
        w.postMessage({ id, sql, parameters });
      }).finally(() => {
        if (pending.size === 0) w.unref();
      });
    },
    async close(): Promise<void> {
      if (failure !== undefined) return;
      const w = worker;
      if (w === undefined) {
        failure = new Error('the SQLite reader has stopped');
        return;
      }
      const exited = new Promise<void>((resolve) => w.once('exit', () => resolve()));
      // Ref'd until it has exited: otherwise a process with nothing else to do would end here,
      // in the middle of the caller's `await close()`, before the caller's next line runs.
      w.ref();
      w.postMessage('close');
      await exited;
    },
  };
}
