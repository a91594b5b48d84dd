import { afterEach, describe, expect, it, vi } from 'vitest';
import { REVOKE_AFTER_MS, saveBlob } from './attachment-download.js';

describe('saveBlob', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('clicks a download link to an object URL, then revokes the URL once the browser has it', () => {
    vi.useFakeTimers();
    const revoked: string[] = [];
    vi.stubGlobal('URL', {
      ...URL,
      createObjectURL: () => 'blob:http://127.0.0.1/file',
      revokeObjectURL: (url: string) => revoked.push(url),
    });
    const clicked: { href: string; download: string; inPage: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({
        href: this.getAttribute('href') ?? '',
        download: this.download,
        inPage: document.body.contains(this),
      });
    });

    saveBlob(new Blob(['content']), 'crash dump.bin');
    expect(clicked).toEqual([
      { href: 'blob:http://127.0.0.1/file', download: 'crash dump.bin', inPage: true },
    ]);
    expect(document.querySelector('a[download]')).toBeNull();
    expect(revoked).toEqual([]);
    vi.advanceTimersByTime(REVOKE_AFTER_MS);
    expect(revoked).toEqual(['blob:http://127.0.0.1/file']);
  });
});
