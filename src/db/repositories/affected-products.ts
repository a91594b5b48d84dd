/**
 * The products and versions a case affects (`report_products`), in the order staff listed them,
 * and the catalogue facts needed to check a new list.
 */
import type { Kysely } from 'kysely';
import type { AffectedEntry, CatalogueProduct } from '../../domain/case/affected.js';
import type { Database } from '../schema.js';

export interface AffectedRow {
  productId: string;
  productName: string;
  versionId: string | null;
  version: string | null;
}

export async function listAffected(db: Kysely<Database>, reportId: string): Promise<AffectedRow[]> {
  return db
    .selectFrom('reportProducts as rp')
    .innerJoin('products as p', 'p.id', 'rp.productId')
    .leftJoin('productVersions as v', 'v.id', 'rp.versionId')
    .select([
      'rp.productId as productId',
      'p.name as productName',
      'rp.versionId as versionId',
      'v.name as version',
    ])
    .where('rp.reportId', '=', reportId)
    .orderBy('rp.position')
    .execute();
}

/** Replaces the whole list of a report. */
export async function replaceAffected(
  db: Kysely<Database>,
  reportId: string,
  entries: readonly AffectedEntry[],
): Promise<void> {
  await db.deleteFrom('reportProducts').where('reportId', '=', reportId).execute();
  if (entries.length === 0) return;
  await db
    .insertInto('reportProducts')
    .values(
      entries.map((e, position) => ({
        reportId,
        productId: e.productId,
        versionId: e.versionId,
        position,
      })),
    )
    .execute();
}

/** The kind and version ids of the named products that exist. */
export async function catalogueProducts(
  db: Kysely<Database>,
  productIds: readonly string[],
): Promise<Map<string, CatalogueProduct>> {
  const found = new Map<string, CatalogueProduct>();
  if (productIds.length === 0) return found;
  const ids = [...new Set(productIds)];
  const products = await db
    .selectFrom('products')
    .select(['id', 'kind'])
    .where('id', 'in', ids)
    .execute();
  const versions = await db
    .selectFrom('productVersions')
    .select(['id', 'productId'])
    .where('productId', 'in', ids)
    .execute();
  for (const p of products) {
    found.set(p.id, {
      kind: p.kind,
      versionIds: new Set(versions.filter((v) => v.productId === p.id).map((v) => v.id)),
    });
  }
  return found;
}
