import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { fieldErrorText } from '../../api/problem.js';
import { DateTime } from '../../components/date-time.js';
import { ChangeForm } from './change-form.js';
import {
  emptyToNull,
  isOnlineService,
  productFields,
  type Catalogue,
  type Product,
} from './catalogue.js';
import { sendChange } from './send-change.js';
import { useFieldProblems } from './use-field-problems.js';

/**
 * One product or online service: kind, address, retirement and versions with their support
 * dates (an online service has none); for roles that keep the catalogue, editing, retiring and
 * adding versions to a product.
 */
export function ProductCard({
  product,
  catalogue,
  manage,
  onChanged,
}: {
  product: Product;
  catalogue: Catalogue;
  manage: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [addingVersion, setAddingVersion] = useState(false);
  const key = `product-${product.id}`;
  const shared = productFields(catalogue, t);
  const versioned = !isOnlineService(product);
  return (
    <li className="panel">
      <h4 className="console-card-title">
        {product.name} <span className="badge">{t(`console.products.kind.${product.kind}`)}</span>
        {product.retiredAt !== null && (
          <>
            {' '}
            <span className="badge muted">{t('console.products.retired')}</span>
          </>
        )}
      </h4>
      <dl className="case-facts">
        <dt>{t('console.products.field.url')}</dt>
        <dd>
          {product.url === null ? (
            t('console.products.none')
          ) : (
            <a href={product.url} rel="noopener noreferrer" target="_blank" className="url">
              {product.url}
            </a>
          )}
        </dd>
        {product.retiredAt !== null && (
          <>
            <dt>{t('console.products.retiredSince')}</dt>
            <dd>
              <DateTime value={product.retiredAt} />
            </dd>
          </>
        )}
      </dl>
      {!versioned ? (
        <p className="muted">{t('console.products.serviceVersions')}</p>
      ) : product.versions.length === 0 ? (
        <p className="muted">{t('console.products.noVersions')}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">
              {t('console.products.versionsCaption', { name: product.name })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('console.products.field.versionName')}</th>
                <th scope="col">{t('console.products.field.releasedOn')}</th>
                <th scope="col">{t('console.products.field.supportedUntil')}</th>
              </tr>
            </thead>
            <tbody>
              {product.versions.map((v) => (
                <tr key={v.id}>
                  <th scope="row">{v.name}</th>
                  <td>{v.releasedOn ?? '—'}</td>
                  <td>{v.supportedUntil ?? t('console.products.noEnd')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {manage && (
        <>
          <p className="actions">
            {versioned && (
              <button
                type="button"
                className="button"
                aria-expanded={addingVersion}
                onClick={() => setAddingVersion((v) => !v)}
              >
                {t('console.products.addVersion')}
              </button>
            )}
            <button
              type="button"
              className="button"
              aria-expanded={editing}
              onClick={() => setEditing((v) => !v)}
            >
              {t('console.products.edit')}
            </button>
            <RetireButton product={product} onChanged={onChanged} />
          </p>
          {versioned && addingVersion && (
            <ChangeForm
              id={`${key}-version`}
              heading={t('console.products.addVersionHeading', { name: product.name })}
              submitLabel={t('console.products.addVersionSubmit')}
              fields={[
                {
                  name: 'name',
                  label: t('console.products.field.versionName'),
                  hint: t('console.products.versionHint'),
                  required: true,
                  input: { type: 'text', maxLength: 100 },
                },
                {
                  name: 'releasedOn',
                  label: t('console.products.field.releasedOn'),
                  input: { type: 'date' },
                },
                {
                  name: 'supportedUntil',
                  label: t('console.products.field.supportedUntil'),
                  hint: t('console.products.supportedUntilHint'),
                  input: { type: 'date' },
                },
              ]}
              send={(values) =>
                api.POST('/api/v1/products/{productId}/versions', {
                  params: { path: { productId: product.id } },
                  body: {
                    name: values.name ?? '',
                    releasedOn: emptyToNull(values.releasedOn),
                    supportedUntil: emptyToNull(values.supportedUntil),
                  },
                })
              }
              onDone={() => {
                setAddingVersion(false);
                onChanged();
              }}
            />
          )}
          {editing && (
            <ChangeForm
              id={`${key}-edit`}
              heading={t('console.products.editHeading', { name: product.name })}
              submitLabel={t('console.products.save')}
              initial={{
                name: product.name,
                familyId: product.familyId ?? '',
                url: product.url ?? '',
              }}
              fields={[shared.name, shared.familyId, shared.url]}
              send={(values) =>
                api.PATCH('/api/v1/products/{productId}', {
                  params: { path: { productId: product.id } },
                  body: {
                    name: values.name ?? '',
                    familyId: emptyToNull(values.familyId),
                    url: emptyToNull(values.url),
                  },
                })
              }
              onDone={() => {
                setEditing(false);
                onChanged();
              }}
            />
          )}
        </>
      )}
    </li>
  );
}

/** Retires a product (it stays in the catalogue, marked) or puts it back in service. */
function RetireButton({ product, onChanged }: { product: Product; onChanged: () => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const { detail, errors, show, clear } = useFieldProblems();
  const retired = product.retiredAt !== null;
  const toggle = async () => {
    if (busy) return;
    clear();
    setBusy(true);
    const done = await sendChange(
      () =>
        api.PATCH('/api/v1/products/{productId}', {
          params: { path: { productId: product.id } },
          body: { retired: !retired },
        }),
      (answer) => show(answer, t('console.network')),
    );
    setBusy(false);
    if (done !== undefined) onChanged();
  };
  const problem = errors.map((e) => fieldErrorText(e, t)).join(' ') || detail;
  return (
    <>
      <button
        type="button"
        className="button"
        name="retired"
        aria-disabled={busy}
        onClick={() => void toggle()}
      >
        {retired ? t('console.products.reinstate') : t('console.products.retire')}
      </button>
      {problem !== undefined && problem !== '' && (
        <span className="field-error" role="alert">
          {problem}
        </span>
      )}
    </>
  );
}
