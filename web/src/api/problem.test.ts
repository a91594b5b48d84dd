import { afterAll, describe, expect, it } from 'vitest';
import { BOUNDED_FIELD_RULES, FIELD_RULES } from '../../../src/domain/field-rules.js';
import { initI18n, LANGUAGES } from '../i18n/index.js';
import { fieldErrorText, type FieldError, type FieldRule } from './problem.js';

// The server's rules are the API's (the compiler checks the web app knows each of them).
const RULES: readonly FieldRule[] = FIELD_RULES;
const BOUNDED: readonly FieldRule[] = BOUNDED_FIELD_RULES;

describe('field rule texts', () => {
  it.each(LANGUAGES)('word every rule in %s, naming the limit where a rule has one', (lng) => {
    // The language's own resources: a text missing in Japanese must not pass as the English one.
    const textOf = (rule: FieldRule): unknown =>
      initI18n().getResource(lng, 'translation', `fields.${rule}`);
    const texts = RULES.map(textOf);
    expect(RULES.filter((_, i) => typeof texts[i] !== 'string' || texts[i] === '')).toEqual([]);
    const withLimit = RULES.filter((_, i) => String(texts[i]).includes('{{limit}}'));
    expect(withLimit).toEqual(BOUNDED);
    expect(new Set(texts).size).toBe(RULES.length);
  });
});

describe('fieldErrorText', () => {
  const i18n = initI18n();
  afterAll(async () => {
    await i18n.changeLanguage('en');
  });

  const short: FieldError = {
    path: 'title',
    message: 'must NOT have fewer than 5 characters',
    rule: 'too-short',
    limit: 5,
  };
  const plain: FieldError = { path: 'duplicateOf', message: 'VD-2026-00002 was received after' };

  it('words a rule in the current language, with its limit', async () => {
    await i18n.changeLanguage('ja');
    expect(fieldErrorText(short, i18n.t)).toBe('5 文字以上で入力してください。');
    await i18n.changeLanguage('en');
    expect(fieldErrorText(short, i18n.t)).toBe('Please enter at least 5 characters.');
  });

  it('shows the server’s message for an error without a rule, or with a rule it does not know', async () => {
    await i18n.changeLanguage('ja');
    expect(fieldErrorText(plain, i18n.t)).toBe(plain.message);
    const newer = { ...plain, rule: 'from-the-future' } as unknown as FieldError;
    expect(fieldErrorText(newer, i18n.t)).toBe(plain.message);
  });
});
