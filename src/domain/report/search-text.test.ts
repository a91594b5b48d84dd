import { describe, expect, it } from 'vitest';
import { SEARCH_TEXT_MAX, searchText } from './search-text.js';

describe('searchText', () => {
  it('keeps title, product, CWE, impact and the steps, lower-cased, one field per line', () => {
    expect(
      searchText({
        title: 'Heap overflow in  PNG decoder',
        affected: { product: 'Contoso Viewer', version: '4.2' },
        issueType: { cwe: 'CWE-787' },
        reproductionSteps: ['Open crash.png', 'Observe the crash'],
        impact: { type: 'remote-code-execution', description: 'Code runs as the user' },
        reporter: { email: 'a@example.org' },
      }),
    ).toBe(
      [
        'heap overflow in png decoder',
        'contoso viewer',
        '4.2',
        'cwe-787',
        'remote-code-execution',
        'code runs as the user',
        'open crash.png observe the crash',
      ].join('\n'),
    );
  });

  it('keeps Japanese text and bounds the length', () => {
    const text = searchText({
      title: '画像ビューアのヒープオーバーフロー',
      reproductionSteps: 'あ'.repeat(10_000),
      impact: { description: '任意のコード実行'.repeat(500) },
      reporter: { email: 'a@example.org' },
    });
    expect(text.startsWith('画像ビューアのヒープオーバーフロー\n')).toBe(true);
    expect(text.length).toBe(SEARCH_TEXT_MAX);
  });
});
