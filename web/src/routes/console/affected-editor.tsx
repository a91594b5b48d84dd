import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorText, type FieldError } from '../../api/problem.js';
import {
  affectedEntries,
  entryOfPath,
  type AffectedEntry,
  type AffectedRow,
  type AffectedView,
} from './affected-products.js';
import { isOnlineService } from './catalogue.js';
import { ProductOptions } from './product-options.js';
import type { Catalogue, CatalogueProduct } from './use-catalogue.js';

/** Names of products and versions: from the catalogue, else from the case view's list. */
function namesOf(catalogue: Catalogue | undefined, affected: AffectedView) {
  const product = (id: string): CatalogueProduct | undefined =>
    catalogue?.products.find((p) => p.id === id);
  return {
    product,
    productName: (id: string) =>
      product(id)?.name ?? affected.find((a) => a.productId === id)?.productName ?? id,
    versionName: (productId: string, versionId: string) =>
      product(productId)?.versions.find((v) => v.id === versionId)?.name ??
      affected.find((a) => a.versionId === versionId)?.version ??
      versionId,
  };
}

/** The affected products and versions, read-only: one line per product. */
export function AffectedList({
  affected,
  catalogue,
}: {
  affected: AffectedView;
  catalogue: Catalogue | undefined;
}) {
  const { t } = useTranslation();
  if (affected.length === 0) return <>{t('console.caseFacts.affected.none')}</>;
  const names = namesOf(catalogue, affected);
  const products = [...new Set(affected.map((a) => a.productId))];
  return (
    <ul className="affected-list">
      {products.map((productId) => {
        const versions = affected
          .filter((a) => a.productId === productId && a.versionId !== null)
          .map((a) => a.version ?? a.versionId);
        const online = isOnlineService(names.product(productId));
        return (
          <li key={productId}>
            {t('console.caseFacts.affected.line', {
              name: names.productName(productId),
              versions:
                versions.length > 0
                  ? versions.join(', ')
                  : online
                    ? t('console.caseFacts.affected.onlineService')
                    : t('console.caseFacts.affected.allVersions'),
            })}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Picks the affected products (by family, as the product picker does) and, for each, the
 * affected versions or all of them; an online service has none. The server's objections to
 * `affected[i]` are shown beside the product of entry i of the list last sent (`sent`).
 */
export function AffectedEditor({
  rows,
  onChange,
  catalogue,
  affected,
  errors,
  sent,
}: {
  rows: readonly AffectedRow[];
  onChange: (rows: AffectedRow[]) => void;
  catalogue: Catalogue | undefined;
  affected: AffectedView;
  errors: readonly FieldError[];
  sent: readonly AffectedEntry[];
}) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState('');
  const names = namesOf(catalogue, affected);
  const entries = affectedEntries(rows);
  const indexOf = (productId: string, versionId?: string) =>
    entries.findIndex((e) => e.productId === productId && e.versionId === versionId);
  const problemsOf = (productId: string) =>
    errors.flatMap((e) => {
      const entry = entryOfPath(sent, e.path);
      if (entry?.productId !== productId) return [];
      const text = fieldErrorText(e, t);
      return [
        entry.versionId === undefined
          ? text
          : `${names.versionName(productId, entry.versionId)}: ${text}`,
      ];
    });
  const replace = (productId: string, versionIds: string[]) =>
    onChange(rows.map((r) => (r.productId === productId ? { productId, versionIds } : r)));
  const chosen = new Set(rows.map((r) => r.productId));
  const label = t('console.caseFacts.field.affected');

  return (
    <fieldset className="affected-editor">
      <legend>{label}</legend>
      {rows.length === 0 && <p className="muted">{t('console.caseFacts.affected.none')}</p>}
      <ul>
        {rows.map((row) => {
          const name = names.productName(row.productId);
          const product = names.product(row.productId);
          const online = isOnlineService(product);
          const versions = product?.versions ?? [];
          // Ticked versions the catalogue no longer lists still show, so they can be unticked.
          const extra = row.versionIds.filter((id) => !versions.some((v) => v.id === id));
          const problems = problemsOf(row.productId);
          const first = entries.findIndex((e) => e.productId === row.productId);
          return (
            <li key={row.productId} className="affected-row">
              <fieldset aria-invalid={problems.length > 0 ? true : undefined}>
                <legend>{t('console.caseFacts.affected.versionsOf', { name })}</legend>
                {online ? (
                  <p className="muted">{t('console.caseFacts.affected.onlineService')}</p>
                ) : (
                  <>
                    <label className="checkbox">
                      <input
                        type="checkbox"
                        checked={row.versionIds.length === 0}
                        onChange={(e) => {
                          if (e.target.checked) replace(row.productId, []);
                        }}
                      />{' '}
                      {t('console.caseFacts.affected.allVersions')}
                    </label>
                    {[
                      ...versions.map((v) => ({ id: v.id, name: v.name })),
                      ...extra.map((id) => ({ id, name: names.versionName(row.productId, id) })),
                    ].map((v) => {
                      const ticked = row.versionIds.includes(v.id);
                      return (
                        <label className="checkbox" key={v.id}>
                          <input
                            type="checkbox"
                            name={
                              ticked
                                ? `affected[${indexOf(row.productId, v.id)}].versionId`
                                : 'affected.versionId'
                            }
                            value={v.id}
                            checked={ticked}
                            onChange={(e) =>
                              replace(
                                row.productId,
                                e.target.checked
                                  ? [...row.versionIds, v.id]
                                  : row.versionIds.filter((id) => id !== v.id),
                              )
                            }
                          />{' '}
                          {v.name}
                        </label>
                      );
                    })}
                  </>
                )}
                <button
                  type="button"
                  className="button"
                  name={`affected[${first}].productId`}
                  onClick={() => onChange(rows.filter((r) => r.productId !== row.productId))}
                >
                  {t('console.caseFacts.affected.remove', { name })}
                </button>
                {problems.map((m) => (
                  <span key={m} className="field-error">
                    {' '}
                    {m}
                  </span>
                ))}
              </fieldset>
            </li>
          );
        })}
      </ul>
      <p className="affected-add">
        <label htmlFor="field-affected-add">{t('console.caseFacts.affected.add')}</label>{' '}
        <select
          id="field-affected-add"
          name="affected.productId"
          value={adding}
          onChange={(e) => setAdding(e.target.value)}
        >
          <option value="">{t('console.caseFacts.affected.choose')}</option>
          <ProductOptions catalogue={catalogue} selected={null} exclude={chosen} />
        </select>{' '}
        <button
          type="button"
          className="button"
          aria-disabled={adding === '' ? true : undefined}
          onClick={() => {
            if (adding === '' || chosen.has(adding)) return;
            onChange([...rows, { productId: adding, versionIds: [] }]);
            setAdding('');
          }}
        >
          {t('console.caseFacts.affected.addButton')}
        </button>
      </p>
    </fieldset>
  );
}
