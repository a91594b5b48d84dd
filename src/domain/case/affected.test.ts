import { describe, expect, it } from 'vitest';
import { affectedProblems, primaryProduct, type CatalogueProduct } from './affected.js';

const catalogue = new Map<string, CatalogueProduct>([
  ['app', { kind: 'product', versionIds: new Set(['app-1', 'app-2']) }],
  ['lib', { kind: 'product', versionIds: new Set(['lib-1']) }],
  ['cloud', { kind: 'online-service', versionIds: new Set(['stray']) }],
]);

describe('affectedProblems', () => {
  it('accepts versions of their product, whole products and online services', () => {
    expect(
      affectedProblems(
        [
          { productId: 'app', versionId: 'app-1' },
          { productId: 'app', versionId: 'app-2' },
          { productId: 'lib', versionId: null },
          { productId: 'cloud', versionId: null },
        ],
        catalogue,
      ),
    ).toEqual([]);
    expect(affectedProblems([], catalogue)).toEqual([]);
  });

  it('names the entry of each problem', () => {
    const paths = affectedProblems(
      [
        { productId: 'nope', versionId: null },
        { productId: 'app', versionId: 'lib-1' },
        { productId: 'cloud', versionId: 'stray' },
        { productId: 'lib', versionId: 'lib-1' },
        { productId: 'lib', versionId: 'lib-1' },
      ],
      catalogue,
    ).map((p) => p.path);
    expect(paths).toEqual([
      'affected[0].productId',
      'affected[1].versionId',
      'affected[2].versionId',
      'affected[4].versionId',
    ]);
  });

  it('refuses a product listed twice or both as a whole and by version', () => {
    expect(
      affectedProblems(
        [
          { productId: 'lib', versionId: null },
          { productId: 'lib', versionId: null },
        ],
        catalogue,
      ).map((p) => p.path),
    ).toEqual(['affected[1].productId']);
    expect(
      affectedProblems(
        [
          { productId: 'app', versionId: null },
          { productId: 'app', versionId: 'app-1' },
        ],
        catalogue,
      ).map((p) => p.path),
    ).toEqual(['affected[0].productId', 'affected[1].versionId']);
  });

  it('names the rule each entry breaks', () => {
    const rules = affectedProblems(
      [
        { productId: 'nope', versionId: null },
        { productId: 'app', versionId: 'lib-1' },
        { productId: 'cloud', versionId: 'stray' },
        { productId: 'lib', versionId: null },
        { productId: 'lib', versionId: null },
        { productId: 'app', versionId: null },
        { productId: 'app', versionId: 'app-1' },
      ],
      catalogue,
    ).map((p) => [p.path, p.rule]);
    expect(rules).toEqual([
      ['affected[0].productId', 'not-allowed'],
      ['affected[1].versionId', 'not-allowed'],
      ['affected[2].versionId', 'not-allowed'],
      ['affected[4].productId', 'listed-twice'],
      ['affected[5].productId', 'whole-and-versions'],
      ['affected[6].versionId', 'whole-and-versions'],
    ]);
  });
});

describe('primaryProduct', () => {
  const affected = [{ productId: 'lib', versionId: null }];
  it('keeps or sets what is asked, and falls back to the first affected product', () => {
    expect(primaryProduct('app', undefined, affected)).toBe('app');
    expect(primaryProduct('app', 'cloud', affected)).toBe('cloud');
    expect(primaryProduct(null, undefined, affected)).toBe('lib');
    expect(primaryProduct('app', null, affected)).toBe('lib');
    expect(primaryProduct('app', null, undefined)).toBeNull();
    expect(primaryProduct(null, undefined, [])).toBeNull();
  });
});
