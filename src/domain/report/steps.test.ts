import { describe, expect, it } from 'vitest';
import { countReproductionSteps, looksLikeCode } from './steps.js';

describe('countReproductionSteps', () => {
  it('counts array items that are not blank', () => {
    expect(countReproductionSteps(['a', ' ', 'b', 'c'])).toBe(3);
    expect(countReproductionSteps([])).toBe(0);
    expect(countReproductionSteps(undefined)).toBe(0);
  });

  it('counts numbered or bulleted lines when there are any', () => {
    const text = 'Preparation:\n1. Install\n2) Open the file\n3. Click\nThen it crashes.';
    expect(countReproductionSteps(text)).toBe(3);
    expect(countReproductionSteps('- one\n- two\n* three\n• four')).toBe(4);
    expect(countReproductionSteps('Step 1: install\nStep 2: run')).toBe(2);
  });

  it('understands Japanese numbering', () => {
    expect(
      countReproductionSteps('１．インストールする\n２．ファイルを開く\n３．クラッシュする'),
    ).toBe(3);
    expect(countReproductionSteps('手順1 インストール\n手順2 起動\n手順3 開く')).toBe(3);
  });

  it('falls back to non-empty lines', () => {
    expect(countReproductionSteps('install\n\nopen\nclick')).toBe(3);
    expect(countReproductionSteps('   ')).toBe(0);
  });
});

describe('looksLikeCode', () => {
  it('recognises fenced blocks, shebangs and requests', () => {
    expect(looksLikeCode('See:\n```\nx\n```')).toBe(true);
    expect(looksLikeCode('#!/bin/sh\necho hi')).toBe(true);
    expect(looksLikeCode('GET /admin HTTP/1.1\nHost: example.com')).toBe(true);
    expect(looksLikeCode("curl -X POST 'https://example.com/api' -d '{}'")).toBe(true);
    expect(looksLikeCode('<script>alert(document.cookie)</script>')).toBe(true);
  });

  it('recognises code by its punctuation', () => {
    expect(looksLikeCode('x = buf[len];\nif (x > 0) { free(p); }')).toBe(true);
  });

  it('does not take prose for code', () => {
    expect(looksLikeCode('The application crashes when the file is opened (see video).')).toBe(
      false,
    );
    expect(looksLikeCode('ファイルを開くとアプリケーションが終了します。')).toBe(false);
    expect(looksLikeCode(undefined)).toBe(false);
    expect(looksLikeCode('')).toBe(false);
  });
});
