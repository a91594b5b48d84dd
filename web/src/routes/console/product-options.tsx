import { useTranslation } from 'react-i18next';
import type { Catalogue, CatalogueProduct } from './use-catalogue.js';

/** The catalogue's products, by family; a retired product only when the case names it. */
export function ProductOptions({
  catalogue,
  selected,
  exclude,
}: {
  catalogue: Catalogue | undefined;
  selected: string | null;
  /** Products not to offer (already chosen elsewhere). */
  exclude?: ReadonlySet<string>;
}) {
  const { t } = useTranslation();
  if (catalogue === undefined) {
    // Until the catalogue arrives, the current product still has its option.
    return selected === null ? null : <option value={selected}>{selected}</option>;
  }
  const shown = catalogue.products.filter(
    (p) => (p.retiredAt === null || p.id === selected) && exclude?.has(p.id) !== true,
  );
  const option = (p: CatalogueProduct) => (
    <option key={p.id} value={p.id}>
      {p.retiredAt === null ? p.name : t('console.caseFacts.retired', { name: p.name })}
    </option>
  );
  const known = new Set(catalogue.families.map((f) => f.id));
  return (
    <>
      {shown.filter((p) => p.familyId === null || !known.has(p.familyId)).map(option)}
      {catalogue.families.map((family) => {
        const members = shown.filter((p) => p.familyId === family.id);
        return members.length === 0 ? null : (
          <optgroup key={family.id} label={family.name}>
            {members.map(option)}
          </optgroup>
        );
      })}
    </>
  );
}
