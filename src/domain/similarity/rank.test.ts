import { describe, expect, it } from 'vitest';
import { rankSimilar, type SimilarityDocument } from './rank.js';
import { trigramSimilarity } from './trigrams.js';

const target: SimilarityDocument = {
  id: 'R-9',
  title: 'Stored XSS in the comment form of Contoso Wiki',
  product: 'Contoso Wiki 4.2',
  cwe: 'CWE-79',
  description: 'A comment containing a script tag runs in the browser of every reader.',
};

const sameIssue: SimilarityDocument = {
  id: 'R-3',
  title: 'Stored XSS in Contoso Wiki comment form',
  product: 'Contoso Wiki 4.1',
  cwe: 'cwe-79 ',
  description: 'Script tags in a comment run in the browser of readers.',
};
const sameProductOtherBug: SimilarityDocument = {
  id: 'R-4',
  title: 'SQL injection in the Contoso Wiki search',
  product: 'Contoso Wiki 4.2',
  cwe: 'CWE-89',
  description: 'The search parameter is concatenated into a query.',
};
const sameWeaknessElsewhere: SimilarityDocument = {
  id: 'R-5',
  title: 'Reflected XSS in Fabrikam Mail login page',
  product: 'Fabrikam Mail',
  cwe: 'CWE-79',
  description: 'The return URL parameter is echoed without encoding.',
};
const unrelated: SimilarityDocument = { id: 'R-6', title: 'Printer driver crashes on boot' };

describe('rankSimilar', () => {
  it('puts the same issue first and unrelated reports last', () => {
    const ranked = rankSimilar(target, [
      unrelated,
      sameWeaknessElsewhere,
      sameProductOtherBug,
      sameIssue,
    ]);
    expect(ranked.map((r) => r.id)).toEqual(['R-3', 'R-4', 'R-5', 'R-6']);
    expect(ranked[0]).toMatchObject({
      id: 'R-3',
      matched: ['title', 'description', 'product', 'cwe'],
      fields: { cwe: true },
    });
    // The same product, named in the title too; another bug.
    expect(ranked[1]?.matched).toEqual(['title', 'product']);
    expect(ranked[2]?.matched).toEqual(['cwe']);
    expect(ranked[3]?.matched).toEqual([]);
    expect(ranked[3]?.score).toBeLessThan(0.05);
  });

  it('combines the fields with the documented weights and the CWE bonus', () => {
    const [first] = rankSimilar(target, [sameIssue]);
    const title = trigramSimilarity(target.title, sameIssue.title);
    const description = trigramSimilarity(target.description ?? '', sameIssue.description ?? '');
    const product = trigramSimilarity(target.product ?? '', sameIssue.product ?? '');
    expect(first?.fields).toEqual({ title, description, product, cwe: true });
    expect(first?.score).toBeCloseTo(0.45 * title + 0.35 * description + 0.2 * product + 0.15, 12);
  });

  it('scales the weights to the fields the target has', () => {
    const titleOnly: SimilarityDocument = { id: 'T', title: 'Stored XSS in Contoso Wiki' };
    const [first] = rankSimilar(titleOnly, [sameIssue]);
    expect(first?.score).toBeCloseTo(trigramSimilarity(titleOnly.title, sameIssue.title), 12);
    // An identical title alone is a perfect text match; a candidate lacking fields scores 0 there.
    expect(rankSimilar(titleOnly, [{ id: 'U', title: titleOnly.title }])[0]?.score).toBe(1);
    expect(rankSimilar(target, [{ id: 'U', title: target.title }])[0]?.score).toBeCloseTo(0.45, 12);
  });

  it('never scores above 1', () => {
    const twin = { ...target, id: 'R-10' };
    expect(rankSimilar(target, [twin])[0]).toMatchObject({ score: 1 });
  });

  it('gives no CWE bonus when the target has no CWE', () => {
    const noCwe = { ...target, cwe: null };
    const [first] = rankSimilar(noCwe, [{ ...sameIssue, cwe: null }]);
    expect(first?.fields.cwe).toBe(false);
    expect(first?.matched).not.toContain('cwe');
  });

  it('leaves out the target itself, applies minScore and limit, and breaks ties by id', () => {
    const ranked = rankSimilar(target, [target, sameIssue, sameProductOtherBug, unrelated], {
      minScore: 0.5,
    });
    expect(ranked.map((r) => r.id)).toEqual(['R-3']);
    const tied = rankSimilar(target, [
      { ...unrelated, id: 'B' },
      { ...unrelated, id: 'A' },
      { ...unrelated, id: 'C' },
    ]);
    expect(tied.map((r) => r.id)).toEqual(['A', 'B', 'C']);
    expect(rankSimilar(target, [sameIssue, sameProductOtherBug], { limit: 1 })).toHaveLength(1);
    expect(rankSimilar(target, [sameIssue], { limit: 0 })).toEqual([]);
  });

  it('ranks Japanese reports', () => {
    const ja: SimilarityDocument = {
      id: 'J-1',
      title: 'ログイン画面のクロスサイトスクリプティング',
      product: 'Contoso 会計クラウド',
      description: 'ユーザー名欄に入力したスクリプトが実行される。',
    };
    const ranked = rankSimilar(ja, [
      { id: 'J-2', title: '請求書のPDF出力でサーバーが停止する', product: 'Contoso 会計クラウド' },
      {
        id: 'J-3',
        title: 'ログイン画面でクロスサイトスクリプティング',
        product: 'Contoso会計クラウド',
        description: 'ユーザー名にスクリプトを入力すると実行される',
      },
    ]);
    expect(ranked.map((r) => r.id)).toEqual(['J-3', 'J-2']);
    expect(ranked[0]?.matched).toEqual(['title', 'description', 'product']);
  });
});
