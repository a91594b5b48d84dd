import { describe, expect, it } from 'vitest';
import { attachmentDisposition } from './content-disposition.js';

describe('attachmentDisposition', () => {
  it('quotes a plain name as it is', () => {
    expect(attachmentDisposition('poc.py')).toBe(
      `attachment; filename="poc.py"; filename*=UTF-8''poc.py`,
    );
  });

  it('keeps quotes, backslashes, separators and line breaks out of the header', () => {
    const header = attachmentDisposition('a"b\\c/d;e\r\nSet-Cookie: x=1%.txt');
    expect(header).toBe(
      `attachment; filename="a_b_c_d_e__Set-Cookie: x=1_.txt"; filename*=UTF-8''a%22b%5Cc%2Fd%3Be%0D%0ASet-Cookie%3A%20x%3D1%25.txt`,
    );
    expect(header).not.toMatch(/[\r\n]/);
  });

  it('gives the exact name in UTF-8 and an ASCII stand-in', () => {
    expect(attachmentDisposition("報告 (1)'*.pdf")).toBe(
      `attachment; filename="__ (1)'*.pdf"; filename*=UTF-8''%E5%A0%B1%E5%91%8A%20%281%29%27%2A.pdf`,
    );
  });
});
