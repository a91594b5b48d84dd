import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trigramSimilarity, trigrams } from './trigrams.js';

const sorted = (text: string) => [...trigrams(text)].sort();

describe('trigrams', () => {
  it('pads each word with two spaces in front and one behind, as pg_trgm does', () => {
    // SELECT show_trgm('word') → {"  w"," wo","ord","rd ","wor"}
    expect(sorted('word')).toEqual(['  w', ' wo', 'ord', 'rd ', 'wor']);
    // SELECT show_trgm('a') → {"  a"," a "}
    expect(sorted('a')).toEqual(['  a', ' a ']);
  });

  it('lower-cases and splits words on anything but letters and digits', () => {
    expect(trigrams('Cross-Site  SCRIPTING!')).toEqual(trigrams('cross site scripting'));
    expect(trigrams('a_b')).toEqual(trigrams('a b'));
    expect(trigrams('CVE-2026')).toEqual(new Set([...trigrams('cve'), ...trigrams('2026')]));
  });

  it('has no trigrams for text without words', () => {
    expect(trigrams('').size).toBe(0);
    expect(trigrams(' -- !? ').size).toBe(0);
  });

  it('runs over the characters of Japanese written without spaces', () => {
    expect(sorted('脆弱性')).toEqual(['  脆', ' 脆弱', '弱性 ', '脆弱性'].sort());
    // Japanese punctuation separates words.
    expect(trigrams('脆弱性、認証')).toEqual(new Set([...trigrams('脆弱性'), ...trigrams('認証')]));
    // The prolonged sound mark is part of the word.
    expect(trigrams('サーバー')).toContain('サーバ');
  });

  it('counts characters, not UTF-16 units', () => {
    expect(sorted('𠮷野家')).toEqual(['  𠮷', ' 𠮷野', '𠮷野家', '野家 '].sort());
  });

  it('matches full-width letters and half-width katakana with their usual forms', () => {
    expect(trigrams('ＷＯＲＤ')).toEqual(trigrams('word'));
    expect(trigrams('ｶｰﾈﾙ')).toEqual(trigrams('カーネル'));
  });
});

describe('trigramSimilarity', () => {
  it('gives the values pg_trgm gives', () => {
    // SELECT similarity('word', 'two words') → 0.36363637
    expect(trigramSimilarity('word', 'two words')).toBeCloseTo(4 / 11, 10);
    expect(trigramSimilarity('word', 'word')).toBe(1);
    expect(trigramSimilarity('word', 'WORD.')).toBe(1);
    expect(trigramSimilarity('abc', 'xyz')).toBe(0);
    expect(trigramSimilarity('', '')).toBe(0);
    expect(trigramSimilarity('word', '')).toBe(0);
  });

  it('finds related Japanese titles', () => {
    const a = 'ログイン画面のクロスサイトスクリプティング';
    const b = '検索画面のクロスサイトスクリプティング';
    const unrelated = 'ファイルアップロードによる任意コード実行';
    expect(trigramSimilarity(a, b)).toBeGreaterThan(0.5);
    expect(trigramSimilarity(a, unrelated)).toBeLessThan(0.1);
  });

  it('is symmetric, between 0 and 1, and 1 for a text with itself', () => {
    const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const s = trigramSimilarity(a, b);
        expect(s).toBe(trigramSimilarity(b, a));
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(trigramSimilarity(a, a)).toBe(trigrams(a).size === 0 ? 0 : 1);
      }),
    );
  });
});
