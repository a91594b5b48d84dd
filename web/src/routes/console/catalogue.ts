import { membersOf } from '../../api/enum-members.js';
import type { paths } from '../../api/schema.js';

/** The product catalogue as `GET /api/v1/products` answers it. */
export type Catalogue =
  paths['/api/v1/products']['get']['responses'][200]['content']['application/json'];
export type Product = Catalogue['products'][number];
export type ProductKind = Product['kind'];

export const PRODUCT_KINDS = membersOf<ProductKind>({ product: true, 'online-service': true });

/** The family choices of a form: none, then each family by name. */
export function familyOptions(
  catalogue: Catalogue,
  none: string,
): readonly (readonly [string, string])[] {
  return [['', none], ...catalogue.families.map((f) => [f.id, f.name] as const)];
}

/** An optional field: empty means "none" to the API. */
export function emptyToNull(value: string | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}
