/**
 * English and Japanese stay complete and consistent: every area file exists in both languages
 * and is registered, every key of one language exists in the other (plural forms by their base
 * key), no text is empty, interpolation variables and component tags match, nested `$t(…)`
 * references resolve, and every literal key the code asks for exists.
 */
import { describe, expect, test } from 'vitest';
import { AREAS, LANGUAGES } from './index.js';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const localeFiles = import.meta.glob<Json>('./locales/*/*.json', {
  eager: true,
  import: 'default',
});
const sourceFiles = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}'], {
  eager: true,
  query: '?raw',
  import: 'default',
});

/** `{ en: { common: {...}, home: {...} }, ja: {...} }` from the files on disk. */
const byLanguage = new Map<string, Map<string, Json>>();
for (const [file, content] of Object.entries(localeFiles)) {
  const match = /^\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(file);
  if (match === null) throw new Error(`unexpected locale file ${file}`);
  const [, lang = '', area = ''] = match;
  const areas = byLanguage.get(lang) ?? new Map<string, Json>();
  areas.set(area, content);
  byLanguage.set(lang, areas);
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Every leaf as `area.path.to.key` (array items as `key[0]`) with its value. */
function leaves(value: Json, prefix: string, out = new Map<string, Json>()): Map<string, Json> {
  if (Array.isArray(value)) {
    value.forEach((item, i) => leaves(item, `${prefix}[${i}]`, out));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) leaves(child, `${prefix}.${key}`, out);
  } else {
    out.set(prefix, value);
  }
  return out;
}

function leavesOf(lang: string): Map<string, Json> {
  const out = new Map<string, Json>();
  for (const [area, content] of byLanguage.get(lang) ?? []) leaves(content, area, out);
  return out;
}

/** `report.count_one` → `report.count` (i18next plural forms; Japanese has only `_other`). */
const baseKey = (key: string): string => key.replace(PLURAL_SUFFIX, '');

const variables = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*([^\s,}]+)[^}]*\}\}/g)].map((m) => m[1] ?? '').sort();

/** `<0>`, `<1>…</1>`, `<strong>` as used by the Trans component. */
const tags = (text: string): string[] =>
  [...text.matchAll(/<\/?([A-Za-z0-9]+)\s*\/?>/g)].map((m) => m[0].replace(/\s/g, '')).sort();

/** Per base key: the union of `extract(value)` over its plural forms. */
function perBase(all: Map<string, Json>, extract: (text: string) => string[]) {
  const out = new Map<string, string[]>();
  for (const [key, value] of all) {
    if (typeof value !== 'string') continue;
    const base = baseKey(key);
    const merged = new Set([...(out.get(base) ?? []), ...extract(value)]);
    out.set(base, [...merged].sort());
  }
  return out;
}

const [first, second] = LANGUAGES;
const en = leavesOf(first);
const ja = leavesOf(second);

describe('locale files', () => {
  test('both languages have the same area files, and index.ts registers every one', () => {
    expect([...byLanguage.keys()].sort()).toEqual([...LANGUAGES].sort());
    const areasEn = [...(byLanguage.get('en')?.keys() ?? [])].sort();
    const areasJa = [...(byLanguage.get('ja')?.keys() ?? [])].sort();
    expect(areasJa).toEqual(areasEn);
    expect([...AREAS].sort()).toEqual(areasEn);
  });

  test('every key in English exists in Japanese and vice versa', () => {
    const basesEn = new Set([...en.keys()].map(baseKey));
    const basesJa = new Set([...ja.keys()].map(baseKey));
    expect([...basesEn].filter((k) => !basesJa.has(k)).sort(), 'missing in ja').toEqual([]);
    expect([...basesJa].filter((k) => !basesEn.has(k)).sort(), 'missing in en').toEqual([]);
  });

  test('every plural has its `_other` form in each language', () => {
    for (const all of [en, ja]) {
      const plural = [...all.keys()].filter((k) => PLURAL_SUFFIX.test(k));
      const missing = plural.map(baseKey).filter((b) => !all.has(`${b}_other`));
      expect([...new Set(missing)]).toEqual([]);
    }
  });

  test('no text is empty and every leaf is a string', () => {
    for (const [lang, all] of [
      ['en', en],
      ['ja', ja],
    ] as const) {
      const bad = [...all]
        .filter(([, value]) => typeof value !== 'string' || value.trim() === '')
        .map(([key]) => `${lang}: ${key}`);
      expect(bad).toEqual([]);
    }
  });

  test('interpolation variables match between the languages', () => {
    const varsEn = perBase(en, variables);
    const varsJa = perBase(ja, variables);
    const mismatched = [...varsEn]
      .filter(([key, vars]) => varsJa.has(key) && varsJa.get(key)?.join() !== vars.join())
      .map(([key, vars]) => `${key}: en {{${vars.join()}}} ja {{${varsJa.get(key)?.join()}}}`);
    expect(mismatched).toEqual([]);
  });

  test('component tags (<0>…</0>) match between the languages', () => {
    const tagsEn = perBase(en, tags);
    const tagsJa = perBase(ja, tags);
    const mismatched = [...tagsEn]
      .filter(([key, t]) => tagsJa.has(key) && tagsJa.get(key)?.join() !== t.join())
      .map(([key, t]) => `${key}: en ${t.join('')} ja ${tagsJa.get(key)?.join('') ?? ''}`);
    expect(mismatched).toEqual([]);
  });

  test('nested $t(…) references resolve', () => {
    for (const all of [en, ja]) {
      const bases = new Set([...all.keys()].map(baseKey));
      const broken: string[] = [];
      for (const [key, value] of all) {
        if (typeof value !== 'string') continue;
        for (const m of value.matchAll(/\$t\(([^,)]+)/g)) {
          const ref = (m[1] ?? '').trim();
          if (!bases.has(ref)) broken.push(`${key} → ${ref}`);
        }
      }
      expect(broken).toEqual([]);
    }
  });
});

describe('keys used by the code', () => {
  /** Every key and every object above a key (returnObjects reads those). */
  const known = new Set<string>();
  for (const key of en.keys()) {
    const base = baseKey(key).replace(/\[\d+\]/g, '');
    const parts = base.split('.');
    for (let i = 1; i <= parts.length; i += 1) known.add(parts.slice(0, i).join('.'));
  }

  test('every literal key in t(…), i18nKey and <Trans> exists in English', () => {
    const missing: string[] = [];
    const literal = /(?:\bt\(\s*|i18nKey=\{?\s*)(['"])([a-zA-Z][\w-]*(?:\.[\w-]+)+)\1/g;
    for (const [file, source] of Object.entries(sourceFiles)) {
      for (const m of source.matchAll(literal)) {
        const key = m[2] ?? '';
        if (!known.has(key)) missing.push(`${file}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
