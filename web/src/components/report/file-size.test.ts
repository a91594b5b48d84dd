import { describe, expect, it } from 'vitest';
import { formatFileSize } from './file-size.js';

describe('formatFileSize', () => {
  it('writes whole bytes out, singular and plural, in English', () => {
    expect(formatFileSize(0, 'en')).toBe('0 bytes');
    expect(formatFileSize(1, 'en')).toBe('1 byte');
    expect(formatFileSize(44, 'en')).toBe('44 bytes');
    expect(formatFileSize(1023, 'en')).toBe('1,023 bytes');
  });

  it('writes them in Japanese', () => {
    expect(formatFileSize(1, 'ja')).toBe('1 バイト');
    expect(formatFileSize(44, 'ja')).toBe('44 バイト');
  });

  it('keeps the symbols of the larger units', () => {
    expect(formatFileSize(2048, 'en')).toBe('2 kB');
    expect(formatFileSize(1.5 * 1024 ** 2, 'en')).toBe('1.5 MB');
    expect(formatFileSize(3 * 1024 ** 3, 'ja')).toBe('3 GB');
  });
});
