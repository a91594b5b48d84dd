import { describe, expect, it } from 'vitest';
import { isMemberOf, membersOf } from './enum-members.js';

type Fruit = 'apple' | 'pear' | 'plum';

describe('membersOf', () => {
  it('lists every member in the order written', () => {
    expect(membersOf<Fruit>({ pear: true, apple: true, plum: true })).toEqual([
      'pear',
      'apple',
      'plum',
    ]);
  });

  it('does not compile with a member missing or unknown', () => {
    // @ts-expect-error 'plum' is missing
    const missing = membersOf<Fruit>({ apple: true, pear: true });
    // @ts-expect-error 'fig' is not a Fruit
    const unknown = membersOf<Fruit>({ apple: true, pear: true, plum: true, fig: true });
    expect([missing.length, unknown.length]).toEqual([2, 4]);
  });
});

describe('isMemberOf', () => {
  const fruits = membersOf<Fruit>({ apple: true, pear: true, plum: true });

  it('accepts the members and nothing else', () => {
    expect(fruits.filter((f) => isMemberOf(fruits, f))).toEqual(fruits);
    for (const other of ['', 'Apple', 'fig', null, undefined]) {
      expect(isMemberOf(fruits, other), String(other)).toBe(false);
    }
  });
});
