import { afterEach, describe, expect, it } from 'vitest';
import {
  LANGUAGE_STORAGE_KEY,
  detectLanguage,
  storeLanguage,
  supportedLanguage,
} from './language.js';

afterEach(() => localStorage.clear());

describe('supportedLanguage', () => {
  it('takes the language of a tag, in any case and with any region', () => {
    expect(['ja', 'ja-JP', 'JA_jp', 'en', 'en-GB'].map(supportedLanguage)).toEqual([
      'ja',
      'ja',
      'ja',
      'en',
      'en',
    ]);
  });

  it('answers undefined for languages the app does not have', () => {
    expect(['fr', 'jav', '', null, undefined].map(supportedLanguage)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('detectLanguage', () => {
  it('follows the first browser language the app has', () => {
    expect(detectLanguage(['fr-FR', 'ja-JP', 'en-US'])).toBe('ja');
    expect(detectLanguage(['en-GB', 'ja'])).toBe('en');
  });

  it('falls back to English', () => {
    expect(detectLanguage(['fr', 'de'])).toBe('en');
    expect(detectLanguage([])).toBe('en');
  });

  it('prefers the language the user picked', () => {
    storeLanguage('ja');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('ja');
    expect(detectLanguage(['en-US'])).toBe('ja');
  });

  it('ignores a stored value it does not know', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'klingon');
    expect(detectLanguage(['ja'])).toBe('ja');
  });

  it('reads the browser when given nothing', () => {
    // jsdom's browser speaks en-US.
    expect(detectLanguage()).toBe('en');
  });
});
