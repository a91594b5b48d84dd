import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, type JsonValue } from './canonical-json.js';

/** Builds the same object with its keys inserted in reverse order, at every level. */
function reversedKeys(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value === null || typeof value !== 'object') return value;
  // fromEntries defines own properties, so a key named __proto__ stays a key.
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reversedKeys(v)]),
  );
}

const json = fc.jsonValue({ noUnicodeString: false }) as fc.Arbitrary<JsonValue>;

describe('canonicalJson', () => {
  it('sorts keys at every level and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: null, y: true }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[1,{"y":true,"z":null}]},"b":1}',
    );
  });

  it('sorts keys by UTF-16 code units, as RFC 8785 does', () => {
    // U+20AC (euro) sorts after U+00E9; an astral character (surrogate D83D…) before U+FB01.
    expect(canonicalJson({ '€': 1, é: 2, '\u{1F600}': 3, ﬁ: 4, a: 5 })).toBe(
      '{"a":5,"é":2,"€":1,"😀":3,"ﬁ":4}',
    );
  });

  it('writes numbers and strings as JSON.stringify does', () => {
    expect(canonicalJson([1e21, 0.1, -0, 1.5e-7, 'line\nbreak "quoted"', '\u2028'])).toBe(
      '[1e+21,0.1,0,1.5e-7,"line\\nbreak \\"quoted\\"","\u2028"]',
    );
  });

  it('keeps a member named __proto__ as JSON.parse reads it', () => {
    const value = JSON.parse('{"b":1,"__proto__":{"x":2}}') as JsonValue;
    expect(canonicalJson(value)).toBe('{"__proto__":{"x":2},"b":1}');
  });

  it('refuses values JSON cannot hold', () => {
    expect(() => canonicalJson(Number.NaN)).toThrow(TypeError);
    expect(() => canonicalJson({ a: Number.POSITIVE_INFINITY })).toThrow(TypeError);
    expect(() => canonicalJson({ a: undefined } as unknown as JsonValue)).toThrow(/a is undefined/);
  });

  it('does not depend on the order the keys were inserted in', () => {
    fc.assert(
      fc.property(json, (value) => {
        expect(canonicalJson(reversedKeys(value))).toBe(canonicalJson(value));
      }),
    );
  });

  it('is valid JSON that reads back to the same value', () => {
    fc.assert(
      fc.property(json, (value) => {
        const text = canonicalJson(value);
        // (Compared with JSON's own round trip, which writes -0 as 0 too.)
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
        expect(canonicalJson(JSON.parse(text) as JsonValue)).toBe(text);
      }),
    );
  });
});
