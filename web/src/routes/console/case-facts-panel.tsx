import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { DateTime } from '../../components/date-time.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { Field } from '../../components/field.js';
import { messagesFor } from '../account/field-errors.js';
import {
  CASE_FACTS_ID,
  changedFacts,
  factsOf,
  type CaseFactField,
  type CaseFactsValues,
} from './case-facts.js';
import { AffectedEditor, AffectedList } from './affected-editor.js';
import { affectedEntries, entryOfPath, type AffectedEntry } from './affected-products.js';
import { ProductOptions } from './product-options.js';
import { useCatalogue, type Catalogue, type CatalogueProduct } from './use-catalogue.js';
import type { CaseView } from './use-case-file.js';
import { useFieldProblems } from './use-field-problems.js';

/**
 * The case facts: product, affected products and versions, planned fix release date, agreed disclosure date, whether the fix has
 * shipped and the advisory is public. Staff whose role may set them (`report.case.edit`) get a
 * form whose controls are named by the API's fields; everyone else reads them.
 */
export function CaseFactsPanel({
  reportId,
  view,
  editable,
  onSaved,
}: {
  reportId: string;
  view: CaseView;
  editable: boolean;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const catalogue = useCatalogue();
  const [saved, setSaved] = useState(false);
  const facts = factsOf(view);
  return (
    <section className="panel" id={CASE_FACTS_ID} aria-labelledby="case-facts-heading">
      <h2 id="case-facts-heading">{t('console.caseFacts.heading')}</h2>
      {editable ? (
        <CaseFactsForm
          // A new answer from the server (after saving) starts the form over from it.
          key={JSON.stringify(facts)}
          reportId={reportId}
          view={view}
          facts={facts}
          catalogue={catalogue}
          onChange={() => setSaved(false)}
          onSaved={() => {
            setSaved(true);
            onSaved();
          }}
        />
      ) : (
        <CaseFactsList view={view} catalogue={catalogue} />
      )}
      {saved && (
        <p role="status" className="muted">
          {t('console.caseFacts.saved')}
        </p>
      )}
    </section>
  );
}

function productName(catalogue: Catalogue | undefined, id: string): string {
  return catalogue?.products.find((p) => p.id === id)?.name ?? id;
}

function CaseFactsList({ view, catalogue }: { view: CaseView; catalogue: Catalogue | undefined }) {
  const { t } = useTranslation();
  const notSet = t('console.caseFacts.notSet');
  const flag = (at: string | null) =>
    at === null ? (
      t('console.caseFacts.no')
    ) : (
      <>
        {t('console.caseFacts.yes')} · {t('console.caseFacts.since')} <DateTime value={at} />
      </>
    );
  return (
    <dl className="case-facts">
      <dt>{t('console.caseFacts.field.productId')}</dt>
      <dd>{view.productId === null ? notSet : productName(catalogue, view.productId)}</dd>
      <dt>{t('console.caseFacts.field.affected')}</dt>
      <dd>
        <AffectedList affected={view.affected} catalogue={catalogue} />
      </dd>
      <dt>{t('console.caseFacts.field.fixReleaseDate')}</dt>
      <dd>{view.fixReleaseDate ?? notSet}</dd>
      <dt>{t('console.caseFacts.field.cvdDate')}</dt>
      <dd>{view.cvdDate ?? notSet}</dd>
      <dt>{t('console.caseFacts.field.fixReleased')}</dt>
      <dd>{flag(view.fixReleasedAt)}</dd>
      <dt>{t('console.caseFacts.field.advisoryPublished')}</dt>
      <dd>{flag(view.advisoryPublishedAt)}</dd>
    </dl>
  );
}

function CaseFactsForm({
  reportId,
  view,
  facts,
  catalogue,
  onChange,
  onSaved,
}: {
  reportId: string;
  view: CaseView;
  facts: CaseFactsValues;
  catalogue: Catalogue | undefined;
  onChange: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(facts);
  const [busy, setBusy] = useState(false);
  const [unchanged, setUnchanged] = useState(false);
  const [sent, setSent] = useState<AffectedEntry[]>([]);
  const { errors, detail, show, clear } = useFieldProblems();
  const set = <K extends keyof CaseFactsValues>(name: K, value: CaseFactsValues[K]) => {
    setValues((v) => ({ ...v, [name]: value }));
    setUnchanged(false);
    onChange();
  };
  const label = (name: CaseFactField | 'productId') => t(`console.caseFacts.field.${name}`);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const body = changedFacts(facts, values);
    clear();
    if (Object.keys(body).length === 0) {
      setUnchanged(true);
      return;
    }
    setBusy(true);
    setSent(affectedEntries(values.affected));
    try {
      const { response, error } = await api.PATCH('/api/v1/reports/{id}/case', {
        params: { path: { id: reportId } },
        body,
      });
      if (response.ok) onSaved();
      else show(error, t('console.network'));
    } catch {
      show(undefined, t('console.network'));
    }
    setBusy(false);
  };

  const product = catalogue?.products.find((p) => p.id === values.productId);
  return (
    <form noValidate onSubmit={(e) => void submit(e)}>
      {(errors.length > 0 || detail !== undefined) && (
        <ErrorSummary
          errors={errors}
          detail={detail}
          labelFor={(p) => {
            const entry = entryOfPath(sent, p);
            return entry === undefined
              ? t(`console.caseFacts.field.${p}`, { defaultValue: p })
              : t('console.caseFacts.affected.entry', {
                  name: productName(catalogue, entry.productId),
                });
          }}
        />
      )}
      <Field
        name="productId"
        label={label('productId')}
        hint={product !== undefined ? <Versions product={product} /> : undefined}
        errors={messagesFor(errors, 'productId', t)}
      >
        {(control) => (
          <select
            {...control}
            value={values.productId}
            onChange={(e) => set('productId', e.target.value)}
          >
            <option value="">{t('console.caseFacts.noProduct')}</option>
            <ProductOptions catalogue={catalogue} selected={view.productId} />
          </select>
        )}
      </Field>
      <AffectedEditor
        rows={values.affected}
        onChange={(rows) => set('affected', rows)}
        catalogue={catalogue}
        affected={view.affected}
        errors={errors}
        sent={sent}
      />
      {(['fixReleaseDate', 'cvdDate'] as const).map((name) => (
        <Field
          key={name}
          name={name}
          label={label(name)}
          hint={t(`console.caseFacts.hint.${name}`)}
          errors={messagesFor(errors, name, t)}
        >
          {(control) => (
            <input
              {...control}
              type="date"
              value={values[name]}
              onChange={(e) => set(name, e.target.value)}
            />
          )}
        </Field>
      ))}
      {(['fixReleased', 'advisoryPublished'] as const).map((name) => {
        const at = name === 'fixReleased' ? view.fixReleasedAt : view.advisoryPublishedAt;
        const problems = messagesFor(errors, name, t);
        return (
          <p className="checkbox" key={name}>
            <label>
              <input
                type="checkbox"
                id={`field-${name}`}
                name={name}
                checked={values[name]}
                aria-invalid={problems.length > 0 ? true : undefined}
                onChange={(e) => set(name, e.target.checked)}
              />{' '}
              {label(name)}
            </label>
            {at !== null && values[name] && (
              <span className="muted">
                {' '}
                ({t('console.caseFacts.since')} <DateTime value={at} />)
              </span>
            )}
            {problems.map((m) => (
              <span key={m} className="field-error">
                {' '}
                {m}
              </span>
            ))}
          </p>
        );
      })}
      {unchanged && (
        <p role="status" className="muted">
          {t('console.caseFacts.unchanged')}
        </p>
      )}
      <p className="actions">
        <button type="submit" className="button primary" aria-disabled={busy}>
          {busy ? t('console.caseFacts.busy') : t('console.caseFacts.save')}
        </button>
      </p>
    </form>
  );
}

/** The chosen product's versions in the catalogue, with the end of their security support. */
function Versions({ product }: { product: CatalogueProduct }) {
  const { t } = useTranslation();
  if (product.versions.length === 0) return <>{t('console.caseFacts.noVersions')}</>;
  return (
    <>
      {t('console.caseFacts.versions', {
        list: product.versions
          .map((v) =>
            v.supportedUntil === null
              ? v.name
              : t('console.caseFacts.supportedUntil', { name: v.name, date: v.supportedUntil }),
          )
          .join(', '),
      })}
    </>
  );
}
