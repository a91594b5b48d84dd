/**
 * The product catalogue that cases and advisories refer to: families, products (or online
 * services) and their versions with support dates. Case managers and admins keep it; every
 * staff role reads it. Every change is audited.
 */
import type { Transaction } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Db } from '../db/client.js';
import { appendAudit } from '../db/repositories/audit-log.js';
import { isUniqueViolation } from '../db/errors.js';
import type { Database } from '../db/schema.js';
import { DomainError, notFound, validationFailed, type FieldError } from '../domain/errors.js';
import {
  catalogueUrlProblems,
  versionProblems,
  type ProductKind,
} from '../domain/product/catalogue.js';
import type { AuditAction } from '../domain/audit/actions.js';
import type { AuditDiff } from '../domain/audit/chain.js';
import type { Actor } from '../policies/actor.js';
import { auditActorOf } from './audit.service.js';
import { authorizeStaff } from '../policies/staff.policy.js';

export interface VersionView {
  id: string;
  name: string;
  releasedOn: string | null;
  supportedUntil: string | null;
}

export interface ProductView {
  id: string;
  name: string;
  kind: ProductKind;
  familyId: string | null;
  url: string | null;
  retiredAt: string | null;
  versions: VersionView[];
}

export interface CatalogueView {
  families: { id: string; name: string }[];
  products: ProductView[];
}

export class ProductService {
  constructor(private readonly deps: { db: Db; clock: () => Date }) {}

  async catalogue(actor: Actor): Promise<CatalogueView> {
    authorizeStaff(actor, 'product.read');
    const db = this.deps.db.kysely;
    const [families, products, versions] = await Promise.all([
      db.selectFrom('productFamilies').select(['id', 'name']).orderBy('name').execute(),
      db.selectFrom('products').selectAll().orderBy('name').execute(),
      db.selectFrom('productVersions').selectAll().orderBy('createdAt').execute(),
    ]);
    return {
      families,
      products: products.map((p) => ({
        id: p.id,
        name: p.name,
        kind: p.kind as ProductKind,
        familyId: p.familyId,
        url: p.url,
        retiredAt: p.retiredAt,
        versions: versions
          .filter((v) => v.productId === p.id)
          .map((v) => ({
            id: v.id,
            name: v.name,
            releasedOn: v.releasedOn,
            supportedUntil: v.supportedUntil,
          })),
      })),
    };
  }

  async addFamily(actor: Actor, name: string): Promise<{ id: string; name: string }> {
    const id = uuidv7();
    await this.change(actor, 'product.family-added', `family:${id}`, async (trx, at) => {
      await trx
        .insertInto('productFamilies')
        .values({ id, name: name.trim(), createdAt: at })
        .execute();
      return { name: [null, name.trim()] };
    });
    return { id, name: name.trim() };
  }

  async addProduct(
    actor: Actor,
    input: { name: string; kind: ProductKind; familyId?: string | null; url?: string | null },
  ): Promise<string> {
    const id = uuidv7();
    await this.change(actor, 'product.added', `product:${id}`, async (trx, at) => {
      refuse(catalogueUrlProblems(input.url));
      if (input.familyId !== undefined && input.familyId !== null)
        await this.requireFamily(trx, input.familyId);
      await trx
        .insertInto('products')
        .values({
          id,
          name: input.name.trim(),
          kind: input.kind,
          familyId: input.familyId ?? null,
          url: input.url ?? null,
          createdAt: at,
          retiredAt: null,
        })
        .execute();
      return { name: [null, input.name.trim()], kind: [null, input.kind] };
    });
    return id;
  }

  async updateProduct(
    actor: Actor,
    id: string,
    patch: { name?: string; familyId?: string | null; url?: string | null; retired?: boolean },
  ): Promise<void> {
    await this.change(actor, 'product.updated', `product:${id}`, async (trx, at) => {
      const product = await trx
        .selectFrom('products')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      if (product === undefined) throw notFound('product');
      refuse(catalogueUrlProblems(patch.url));
      if (patch.familyId !== undefined && patch.familyId !== null)
        await this.requireFamily(trx, patch.familyId);
      const next = {
        name: patch.name?.trim() ?? product.name,
        familyId: patch.familyId !== undefined ? patch.familyId : product.familyId,
        url: patch.url !== undefined ? patch.url : product.url,
        retiredAt:
          patch.retired === undefined
            ? product.retiredAt
            : patch.retired
              ? (product.retiredAt ?? at)
              : null,
      };
      await trx.updateTable('products').set(next).where('id', '=', id).execute();
      const diff: AuditDiff = {};
      for (const key of Object.keys(next) as (keyof typeof next)[]) {
        if (next[key] !== product[key]) diff[key] = [product[key], next[key]];
      }
      return diff;
    });
  }

  async addVersion(
    actor: Actor,
    productId: string,
    input: { name: string; releasedOn?: string | null; supportedUntil?: string | null },
  ): Promise<string> {
    const id = uuidv7();
    await this.change(actor, 'product.version-added', `product:${productId}`, async (trx, at) => {
      const product = await trx
        .selectFrom('products')
        .select('kind')
        .where('id', '=', productId)
        .executeTakeFirst();
      if (product === undefined) throw notFound('product');
      refuse(versionProblems(product.kind));
      checkDates(input.releasedOn ?? null, input.supportedUntil ?? null);
      await trx
        .insertInto('productVersions')
        .values({
          id,
          productId,
          name: input.name.trim(),
          releasedOn: input.releasedOn ?? null,
          supportedUntil: input.supportedUntil ?? null,
          createdAt: at,
        })
        .execute();
      return { version: [null, input.name.trim()] };
    });
    return id;
  }

  private async requireFamily(trx: Transaction<Database>, familyId: string): Promise<void> {
    const family = await trx
      .selectFrom('productFamilies')
      .select('id')
      .where('id', '=', familyId)
      .executeTakeFirst();
    if (family === undefined) {
      throw validationFailed([
        { path: 'familyId', message: 'is not a product family', rule: 'not-allowed' },
      ]);
    }
  }

  private async change(
    actor: Actor,
    action: AuditAction,
    target: string,
    apply: (trx: Transaction<Database>, at: string) => Promise<AuditDiff>,
  ): Promise<void> {
    authorizeStaff(actor, 'product.manage');
    const at = this.deps.clock().toISOString();
    try {
      await this.deps.db.kysely.transaction().execute(async (trx) => {
        const diff = await apply(trx, at);
        if (Object.keys(diff).length === 0) return;
        await appendAudit(trx, { at, actor: auditActorOf(actor), action, target, diff });
      });
    } catch (err) {
      if (isUniqueViolation(err))
        throw new DomainError('conflict', 'that name is taken already', [
          { path: 'name', message: 'is taken already', rule: 'taken' },
        ]);
      throw err;
    }
  }
}

/** Refuses the change with `problems` (400), if there are any. */
function refuse(problems: readonly FieldError[]): void {
  if (problems.length > 0) throw validationFailed(problems);
}

function checkDates(releasedOn: string | null, supportedUntil: string | null): void {
  if (releasedOn !== null && supportedUntil !== null && supportedUntil < releasedOn) {
    throw validationFailed([
      { path: 'supportedUntil', message: 'is before the release date', rule: 'end-before-start' },
    ]);
  }
}
