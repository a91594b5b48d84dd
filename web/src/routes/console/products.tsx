import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import type { SessionAccount } from '../../api/session.js';
import { emptyToNull, PRODUCT_KINDS, productFields } from './catalogue.js';
import { ChangeForm } from './change-form.js';
import { ProductCard } from './product-card.js';
import { StaffPage } from './staff-gate.js';
import { may } from './staff-roles.js';
import { useLoaded } from './use-loaded.js';

/**
 * `/console/products`: the catalogue that cases and advisories refer to, by family. Every staff
 * role reads it; roles that keep it (`product.manage`) also see the forms.
 */
export function Products() {
  const { t } = useTranslation();
  return (
    <StaffPage title={t('console.products.title')} requires="product.read">
      {(account) => <ProductsContent account={account} />}
    </StaffPage>
  );
}

function ProductsContent({ account }: { account: SessionAccount }) {
  const { t } = useTranslation();
  const { state, reload } = useLoaded(() => api.GET('/api/v1/products'), 'products');
  const manage = may(account, 'product.manage');
  const [announcement, setAnnouncement] = useState('');
  if (state.kind === 'loading') {
    return (
      <p role="status" className="muted">
        {t('console.loading')}
      </p>
    );
  }
  if (state.kind === 'failed') {
    return (
      <p role="alert" className="panel notice-warn">
        {t('console.products.failed')}
      </p>
    );
  }
  const catalogue = state.data;
  const shared = productFields(catalogue, t);
  const groups = [
    ...catalogue.families.map((f) => ({ id: f.id, name: f.name })),
    { id: null, name: t('console.products.noFamily') },
  ]
    .map((family) => ({
      ...family,
      products: catalogue.products.filter((p) => p.familyId === family.id),
    }))
    .filter((group) => group.id !== null || group.products.length > 0);

  return (
    <>
      {manage && (
        <section aria-labelledby="catalogue-add" className="catalogue-add">
          <h2 id="catalogue-add">{t('console.products.addHeading')}</h2>
          <p role="status" className="visually-hidden">
            {announcement}
          </p>
          <div className="console-columns">
            <div className="panel">
              <ChangeForm
                id="family-add"
                heading={t('console.products.addFamily')}
                submitLabel={t('console.products.addFamilySubmit')}
                fields={[
                  {
                    name: 'name',
                    label: t('console.products.field.familyName'),
                    required: true,
                    input: { type: 'text', maxLength: 200 },
                  },
                ]}
                send={(values) =>
                  api.POST('/api/v1/product-families', { body: { name: values.name ?? '' } })
                }
                onDone={(_, sent) => {
                  setAnnouncement(t('console.products.added', { name: sent.name?.trim() }));
                  reload();
                }}
              />
            </div>
            <div className="panel">
              <ChangeForm
                id="product-add"
                heading={t('console.products.addProduct')}
                submitLabel={t('console.products.addProductSubmit')}
                initial={{ kind: 'product' }}
                fields={[
                  shared.name,
                  {
                    name: 'kind',
                    label: t('console.products.field.kind'),
                    hint: t('console.products.kindHint'),
                    required: true,
                    input: {
                      type: 'select',
                      options: PRODUCT_KINDS.map((k) => [k, t(`console.products.kind.${k}`)]),
                    },
                  },
                  shared.familyId,
                  shared.url,
                ]}
                send={(values) => {
                  const kind = PRODUCT_KINDS.find((k) => k === values.kind) ?? 'product';
                  return api.POST('/api/v1/products', {
                    body: {
                      name: values.name ?? '',
                      kind,
                      familyId: emptyToNull(values.familyId),
                      url: emptyToNull(values.url),
                    },
                  });
                }}
                onDone={(_, sent) => {
                  setAnnouncement(t('console.products.added', { name: sent.name?.trim() }));
                  reload();
                }}
              />
            </div>
          </div>
        </section>
      )}
      <section aria-labelledby="catalogue-list">
        <h2 id="catalogue-list">{t('console.products.listHeading')}</h2>
        {catalogue.products.length === 0 && <p>{t('console.products.empty')}</p>}
        {groups.map((group) => (
          <section
            key={group.id ?? 'none'}
            aria-labelledby={`family-${group.id ?? 'none'}`}
            className="catalogue-family"
          >
            <h3 id={`family-${group.id ?? 'none'}`}>{group.name}</h3>
            {group.products.length === 0 ? (
              <p className="muted">{t('console.products.familyEmpty')}</p>
            ) : (
              <ul className="console-cards">
                {group.products.map((product) => (
                  <ProductCard
                    key={product.id}
                    product={product}
                    catalogue={catalogue}
                    manage={manage}
                    onChanged={reload}
                  />
                ))}
              </ul>
            )}
          </section>
        ))}
      </section>
    </>
  );
}
