import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { withStatementCache } from './statement-cache.js';

describe('withStatementCache', () => {
  let handle: SQLite.Database;
  afterEach(() => {
    if (handle.open) handle.close();
  });

  function open(capacity?: number) {
    handle = new SQLite(':memory:');
    handle.exec('create table t (n integer); insert into t values (1), (2), (3);');
    return withStatementCache(handle, capacity);
  }

  it('hands out the same prepared statement for the same SQL text', () => {
    const db = open();
    const a = db.prepare('select n from t order by n');
    const b = db.prepare('select n from t order by n');
    expect(b).toBe(a);
    expect(b.all([])).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    expect(db.prepare('select n from t where n > ?')).not.toBe(a);
  });

  it('prepares a fresh statement while the cached one is being iterated', () => {
    const db = open();
    const sql = 'select n from t order by n';
    const outer = db.prepare(sql).iterate([]);
    expect(outer.next().value).toEqual({ n: 1 });
    // Reusing the busy statement would throw "This statement is busy executing a query".
    const inner = db.prepare(sql);
    expect(inner.all([])).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    expect([...outer]).toEqual([{ n: 2 }, { n: 3 }]);
    expect(db.prepare(sql)).not.toBe(inner);
  });

  it('drops the least recently used statement beyond its capacity', () => {
    const db = open(2);
    const one = db.prepare('select 1');
    const two = db.prepare('select 2');
    expect(db.prepare('select 1')).toBe(one); // now the most recently used
    db.prepare('select 3'); // evicts `select 2`
    expect(db.prepare('select 1')).toBe(one);
    expect(db.prepare('select 2')).not.toBe(two);
  });

  it('still works after the schema changes under a cached statement', () => {
    const db = open();
    const sql = 'select * from t order by n';
    expect(db.prepare(sql).all([])).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    handle.exec("alter table t add column label text default 'x'");
    expect(db.prepare(sql).all([])).toEqual([
      { n: 1, label: 'x' },
      { n: 2, label: 'x' },
      { n: 3, label: 'x' },
    ]);
  });

  it('closes the database', () => {
    const db = open();
    db.prepare('select 1');
    db.close();
    expect(handle.open).toBe(false);
  });
});
