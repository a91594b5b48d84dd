import { describe, expect, it } from 'vitest';
import { fileProgress, utf8Bytes } from './upload-progress.js';

// A body of 100 bytes of JSON and files of 1000 and 500 bytes, with 400 bytes of
// boundaries and headers: 100 before each of the three parts and 100 at the end.
const layout = { jsonBytes: 100, fileSizes: [1000, 500] };
const total = 100 + 100 + 100 + 1000 + 100 + 500 + 100;

describe('fileProgress', () => {
  it('is zero for every file while the JSON part is sent', () => {
    expect(fileProgress(layout, 0, total)).toEqual([0, 0]);
    expect(fileProgress(layout, 300, total)).toEqual([0, 0]);
  });

  it('fills the files in the order of their parts', () => {
    expect(fileProgress(layout, 300 + 500, total)).toEqual([0.5, 0]);
    expect(fileProgress(layout, 1300, total)).toEqual([1, 0]);
    expect(fileProgress(layout, 1400 + 250, total)).toEqual([1, 0.5]);
  });

  it('is complete for every file once the whole body is sent', () => {
    expect(fileProgress(layout, total, total)).toEqual([1, 1]);
  });

  it('never leaves 0–1, even if the sizes do not add up', () => {
    for (const loaded of [0, 50, 700, 1999, 2299]) {
      for (const p of fileProgress(layout, loaded, 1700)) {
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
      }
    }
  });

  it('counts an empty file as sent once its part begins', () => {
    const empty = { jsonBytes: 10, fileSizes: [0, 10] };
    const t = 10 + 10 + 10 + 0 + 10 + 10 + 10;
    expect(fileProgress(empty, 0, t)).toEqual([0, 0]);
    expect(fileProgress(empty, 30, t)).toEqual([1, 0]);
  });

  it('answers zeros for an unknown total', () => {
    expect(fileProgress(layout, 10, 0)).toEqual([0, 0]);
  });
});

describe('utf8Bytes', () => {
  it('counts bytes, not characters', () => {
    expect(utf8Bytes('abc')).toBe(3);
    expect(utf8Bytes('脆弱性')).toBe(9);
  });
});
