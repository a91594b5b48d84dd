import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client.js';
import type { FieldError } from '../../api/problem.js';
import type { paths } from '../../api/schema.js';
import { DateTime, timeZoneName } from '../../components/date-time.js';
import { Field } from '../../components/field.js';
import { messagesFor } from '../account/field-errors.js';
import {
  auditFiltersFromForm,
  auditFiltersFromSearch,
  filterFieldOf,
  isoToLocalInput,
  searchFromAuditFilters,
  type AuditFilterName,
  type AuditFilters,
} from './audit-filters.js';
import { StaffPage } from './staff-gate.js';
import { useLoaded } from './use-loaded.js';

type AuditPage = paths['/api/v1/audit']['get']['responses'][200]['content']['application/json'];
type AuditEntry = AuditPage['items'][number];

/**
 * `/console/audit` (auditors and admins): the hash-chained audit log, newest first, with the
 * filters the API takes kept in the address.
 */
export function Audit() {
  const { t } = useTranslation();
  return (
    <StaffPage title={t('console.audit.title')} requires="audit.read">
      {() => <AuditContent />}
    </StaffPage>
  );
}

function AuditContent() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const filters = auditFiltersFromSearch(search);
  const key = searchFromAuditFilters(filters).toString();
  const { state } = useLoaded(() => api.GET('/api/v1/audit', { params: { query: filters } }), key);
  const refused: FieldError[] =
    state.kind === 'failed' && state.problem !== undefined
      ? state.problem.errors.map((e) => ({ ...e, path: filterFieldOf(e.path) }))
      : [];

  return (
    <>
      <p className="muted">{t('console.audit.lead')}</p>
      <AuditFilterForm
        key={key}
        filters={filters}
        errors={refused}
        onApply={(next) => setSearch(searchFromAuditFilters(next))}
      />
      {state.kind === 'loading' && (
        <p role="status" className="muted">
          {t('console.loading')}
        </p>
      )}
      {state.kind === 'failed' && (
        <p role="alert" className="panel notice-warn">
          {refused.length > 0
            ? t('console.audit.refused')
            : state.problem !== undefined
              ? t('console.failed', { detail: state.problem.detail })
              : t('console.network')}
        </p>
      )}
      {state.kind === 'ready' && (
        <>
          {state.data.items.length === 0 ? (
            <p>{t('console.audit.empty')}</p>
          ) : (
            <AuditTable items={state.data.items} />
          )}
          <p className="actions">
            {filters.cursor !== undefined && (
              <Link to={{ search: searchFromAuditFilters({ ...filters, cursor: '' }).toString() }}>
                {t('console.audit.newest')}
              </Link>
            )}{' '}
            {state.data.next !== null && (
              <Link
                to={{
                  search: searchFromAuditFilters({
                    ...filters,
                    cursor: state.data.next,
                  }).toString(),
                }}
              >
                {t('console.audit.older')}
              </Link>
            )}
          </p>
        </>
      )}
    </>
  );
}

function AuditFilterForm({
  filters,
  errors,
  onApply,
}: {
  filters: AuditFilters;
  errors: readonly FieldError[];
  onApply: (filters: AuditFilters) => void;
}) {
  const { t } = useTranslation();
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    onApply(auditFiltersFromForm(new FormData(e.currentTarget)));
  };
  const text = (name: AuditFilterName) => (
    <Field
      name={name}
      label={t(`console.audit.filter.${name}`)}
      hint={t(`console.audit.filter.${name}Hint`)}
      errors={messagesFor(errors, name, t)}
    >
      {(control) => (
        <input {...control} type="text" spellCheck={false} defaultValue={filters[name] ?? ''} />
      )}
    </Field>
  );
  const time = (name: 'from' | 'to') => (
    <Field
      name={name}
      label={t(`console.audit.filter.${name}`)}
      hint={t('console.audit.filter.timeHint', { zone: timeZoneName() })}
      errors={messagesFor(errors, name, t)}
    >
      {(control) => (
        <input {...control} type="datetime-local" defaultValue={isoToLocalInput(filters[name])} />
      )}
    </Field>
  );
  return (
    <form className="queue-filters" role="search" onSubmit={onSubmit}>
      {text('actor')}
      {text('action')}
      {text('target')}
      {time('from')}
      {time('to')}
      <p className="actions">
        <button type="submit" className="button primary">
          {t('console.audit.filter.apply')}
        </button>
      </p>
    </form>
  );
}

function AuditTable({ items }: { items: readonly AuditEntry[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="queue-table audit-table">
        <caption className="visually-hidden">{t('console.audit.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('console.audit.col.seq')}</th>
            <th scope="col">{t('console.audit.col.at')}</th>
            <th scope="col">{t('console.audit.col.actor')}</th>
            <th scope="col">{t('console.audit.col.action')}</th>
            <th scope="col">{t('console.audit.col.target')}</th>
            <th scope="col">{t('console.audit.col.diff')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((entry) => {
            // Words for the stored codes, where there are some (not for an account id).
            const actorKind = t(`console.audit.actorKind.${entry.actor}`, { defaultValue: '' });
            const actionWords = t(`console.audit.action.${entry.action}`, { defaultValue: '' });
            return (
              <tr key={entry.seq}>
                <td className="mono">{entry.seq}</td>
                <td>
                  <DateTime value={entry.at} />
                </td>
                <td>
                  {entry.actorEmail !== null && (
                    <span className="audit-actor-email">{entry.actorEmail}</span>
                  )}
                  {entry.actorEmail === null && actorKind !== '' && (
                    <span className="audit-actor-kind">{actorKind}</span>
                  )}
                  <FilterLink name="actor" value={entry.actor} />
                </td>
                <td>
                  {actionWords !== '' && <span className="audit-action-words">{actionWords}</span>}
                  <span className="mono audit-value">{entry.action}</span>
                </td>
                <td>
                  <FilterLink name="target" value={entry.target} />
                </td>
                <td>
                  <AuditDiff entry={entry} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** A value that, followed, shows only the entries with it. */
function FilterLink({ name, value }: { name: 'actor' | 'target'; value: string }) {
  const { t } = useTranslation();
  return (
    <Link
      className="mono audit-value"
      to={{ search: new URLSearchParams({ [name]: value }).toString() }}
      aria-label={t(`console.audit.only.${name}`, { value })}
    >
      {value}
    </Link>
  );
}

/** What changed, `{ field: [before, after] }`, folded away until asked for. */
function AuditDiff({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  if (entry.diff === null) {
    return <span className="field-error">{t('console.audit.unreadable')}</span>;
  }
  const fields = Object.entries(entry.diff);
  if (fields.length === 0) return <span className="muted">{t('console.audit.noChanges')}</span>;
  return (
    <details>
      <summary>{t('console.audit.changes', { count: fields.length })}</summary>
      <table className="audit-diff">
        <thead>
          <tr>
            <th scope="col">{t('console.audit.diff.field')}</th>
            <th scope="col">{t('console.audit.diff.before')}</th>
            <th scope="col">{t('console.audit.diff.after')}</th>
          </tr>
        </thead>
        <tbody>
          {fields.map(([field, [before, after]]) => (
            <tr key={field}>
              <th scope="row" className="mono">
                {field}
              </th>
              <td className="mono">{JSON.stringify(before)}</td>
              <td className="mono">{JSON.stringify(after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted mono audit-hash">
        {t('console.audit.hash')} {entry.hash}
      </p>
    </details>
  );
}
