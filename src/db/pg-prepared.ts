/**
 * Named statements on PostgreSQL. The `pg` driver (and Kysely over it) sends every query as an
 * unnamed statement, which PostgreSQL parses and plans again each time; for a queue page that
 * planning costs about as much CPU as running it, and for the statement that reserves an intake
 * group's numbers three times as much. A named statement is parsed once per connection, and
 * after five runs PostgreSQL keeps a generic plan when it costs no more than the plans made for
 * the values, so later runs skip planning altogether.
 *
 * A statement is named by a hash of its SQL text, so the same text is the same statement on every
 * connection of the pool (`pg` prepares it on a connection the first time it runs there).
 * PostgreSQL keeps a prepared statement until its connection closes, and `pg` offers no way to
 * drop one, so at most `PREPARED_STATEMENTS` texts get a name; any text beyond them runs
 * unnamed, as before. Only statements whose best plan does not depend on the values should come
 * here (see src/db/repositories/queue.ts): a generic plan is chosen once and then used for every
 * value.
 */
import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { ReadOptions, Reader } from './reader.js';

/** Distinct SQL texts that get a name; later texts run unnamed. */
export const PREPARED_STATEMENTS = 64;

/** A name only this text gets (a hash of it): two readers on one pool never give one name two texts. */
function statementName(text: string): string {
  return `vd_${createHash('sha256').update(text).digest('hex').slice(0, 32)}`;
}

/**
 * Statements run on the pool outside any transaction (each one a transaction of its own),
 * named by their text as above: the hot statements whose text never changes, reads or writes.
 */
export interface PreparedStatements {
  /** The rows `text` returns; `planPerRun`: sent unnamed, planned for its values each run. */
  run<R>(text: string, parameters: readonly unknown[], options?: ReadOptions): Promise<R[]>;
}

export function preparedStatements(
  pool: pg.Pool,
  capacity: number = PREPARED_STATEMENTS,
): PreparedStatements {
  const names = new Map<string, string>();
  return {
    async run<R>(
      text: string,
      parameters: readonly unknown[],
      options?: ReadOptions,
    ): Promise<R[]> {
      const planPerRun = options?.planPerRun === true;
      let name = planPerRun ? undefined : names.get(text);
      if (name === undefined && !planPerRun && names.size < capacity) {
        name = statementName(text);
        names.set(text, name);
      }
      const values = [...parameters];
      const result = await pool.query(
        name === undefined ? { text, values } : { name, text, values },
      );
      return result.rows as R[];
    },
  };
}

/** The staff queue's reader on PostgreSQL: its statements run among `statements`. */
export function preparedReader(statements: PreparedStatements): Reader {
  return {
    all: (text, parameters, options) => statements.run(text, parameters, options),
    close: () => Promise.resolve(),
  };
}
