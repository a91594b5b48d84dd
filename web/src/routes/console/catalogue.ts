import { membersOf } from '../../api/enum-members.js';
import type { TFunction } from 'i18next';
import type { paths } from '../../api/schema.js';
import type { ChangeField } from './change-form.js';

/** The product catalogue as `GET /api/v1/products` answers it. */
export type Catalogue =
  paths['/api/v1/products']['get']['responses'][200]['content']['application/json'];
export type Product = Catalogue['products'][number];
export type ProductKind = Product['kind'];

export const PRODUCT_KINDS = membersOf<ProductKind>({ product: true, 'online-service': true });

/**
 * Whether a catalogue entry is an online service, which has no versions: its fixes reach
 * everyone at once (the server refuses a version of one).
 */
export function isOnlineService(product: { kind: string } | undefined): boolean {
  return product?.kind === 'online-service';
}

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

/** The fields a product's add and edit forms share: name, family and URL. */
export function productFields(
  catalogue: Catalogue,
  t: TFunction,
): { name: ChangeField; familyId: ChangeField; url: ChangeField } {
  return {
    name: {
      name: 'name',
      label: t('console.products.field.name'),
      required: true,
      input: { type: 'text', maxLength: 200 },
    },
    familyId: {
      name: 'familyId',
      label: t('console.products.field.familyId'),
      input: { type: 'select', options: familyOptions(catalogue, t('console.products.noFamily')) },
    },
    url: {
      name: 'url',
      label: t('console.products.field.url'),
      hint: t('console.products.urlHint'),
      input: { type: 'url', maxLength: 2000 },
    },
  };
}
