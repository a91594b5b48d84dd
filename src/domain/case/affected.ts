/**
 * The products and versions a case affects, checked against the product catalogue. An entry is
 * a product with one of its versions, or a product with no version: all of its versions, or an
 * online service (which has no versions). The list replaces the previous one as a whole.
 */
import type { FieldError } from '../errors.js';
import { ONLINE_SERVICE_KIND } from '../product/catalogue.js';

/** At most this many entries per case. */
export const MAX_AFFECTED = 50;

export interface AffectedEntry {
  productId: string;
  /** null: every version of the product, or an online service. */
  versionId: string | null;
}

/** What the rules need to know of one catalogue product. */
export interface CatalogueProduct {
  kind: string;
  versionIds: ReadonlySet<string>;
}

/**
 * The problems of an affected list, each naming `affected[i].productId` or
 * `affected[i].versionId`; empty when the list is fine. Unknown products, versions of another
 * product, a version of an online service, the same entry twice, and a whole product listed
 * together with single versions of it are problems.
 */
export function affectedProblems(
  entries: readonly AffectedEntry[],
  catalogue: ReadonlyMap<string, CatalogueProduct>,
): FieldError[] {
  const problems: FieldError[] = [];
  const seen = new Set<string>();
  const wholeProducts = new Set(
    entries.filter((e) => e.versionId === null).map((e) => e.productId),
  );
  const versioned = new Set(entries.filter((e) => e.versionId !== null).map((e) => e.productId));
  entries.forEach((entry, i) => {
    const at = `affected[${i}]`;
    const product = catalogue.get(entry.productId);
    if (product === undefined) {
      problems.push({
        path: `${at}.productId`,
        message: 'is not in the product catalogue',
        rule: 'not-allowed',
      });
      return;
    }
    const key = `${entry.productId}\u0000${entry.versionId ?? ''}`;
    if (seen.has(key)) {
      problems.push({
        path: entry.versionId === null ? `${at}.productId` : `${at}.versionId`,
        message: 'is listed twice',
        rule: 'listed-twice',
      });
      return;
    }
    seen.add(key);
    if (entry.versionId === null) {
      if (versioned.has(entry.productId) && product.kind !== ONLINE_SERVICE_KIND) {
        problems.push({
          path: `${at}.productId`,
          message: 'is listed both as a whole and by version',
          rule: 'whole-and-versions',
        });
      }
      return;
    }
    if (product.kind === ONLINE_SERVICE_KIND) {
      problems.push({
        path: `${at}.versionId`,
        message: 'an online service has no versions',
        rule: 'not-allowed',
      });
    } else if (!product.versionIds.has(entry.versionId)) {
      problems.push({
        path: `${at}.versionId`,
        message: 'is not a version of this product',
        rule: 'not-allowed',
      });
    } else if (wholeProducts.has(entry.productId)) {
      problems.push({
        path: `${at}.versionId`,
        message: 'the product is also listed as a whole',
        rule: 'whole-and-versions',
      });
    }
  });
  return problems;
}

/**
 * The report's primary product after a change: the one asked for when the change names it,
 * otherwise the current one, and when there is none the first affected product.
 */
export function primaryProduct(
  current: string | null,
  requested: string | null | undefined,
  affected: readonly AffectedEntry[] | undefined,
): string | null {
  const chosen = requested === undefined ? current : requested;
  if (chosen !== null) return chosen;
  return affected?.[0]?.productId ?? null;
}
