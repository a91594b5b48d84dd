import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/field.js';
import {
  ASSIGNEE_FILTERS,
  DUE_FILTERS,
  REPORT_STATES,
  filtersFromForm,
  type QueueFilters,
} from './queue-filters.js';

/**
 * The queue's filters, named as the API's query parameters. Keyed by the address's query, so
 * going back in history shows the filters of that page.
 */
export function QueueFilterForm({
  filters,
  onApply,
}: {
  filters: QueueFilters;
  onApply: (filters: QueueFilters) => void;
}) {
  const { t } = useTranslation();
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    onApply(filtersFromForm(new FormData(e.currentTarget)));
  };
  return (
    <form className="queue-filters" role="search" onSubmit={onSubmit}>
      <FilterSelect
        name="status"
        label={t('console.queue.filter.status')}
        value={filters.status}
        options={[
          ['', t('console.queue.filter.open')],
          ...REPORT_STATES.map((s) => [s, t(`console.status.${s}`)] as const),
        ]}
      />
      <FilterSelect
        name="assignee"
        label={t('console.queue.filter.assignee')}
        value={filters.assignee}
        options={[
          ['', t('console.queue.filter.anyone')],
          ...ASSIGNEE_FILTERS.map((a) => [a, t(`console.queue.filter.assignees.${a}`)] as const),
        ]}
      />
      <FilterSelect
        name="due"
        label={t('console.queue.filter.due')}
        value={filters.due}
        options={[
          ['', t('console.queue.filter.anyDue')],
          ...DUE_FILTERS.map((d) => [d, t(`console.queue.filter.dues.${d}`)] as const),
        ]}
      />
      <Field name="q" label={t('console.queue.filter.q')} hint={t('console.queue.filter.qHint')}>
        {(control) => <input {...control} type="search" defaultValue={filters.q ?? ''} />}
      </Field>
      <p className="actions">
        <button type="submit" className="button primary">
          {t('console.queue.filter.apply')}
        </button>
      </p>
    </form>
  );
}

/** A filter's choices as value and label; the empty value means "not filtered". */
function FilterSelect({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value: string | undefined;
  options: readonly (readonly [string, string])[];
}) {
  return (
    <Field name={name} label={label}>
      {(control) => (
        <select {...control} defaultValue={value ?? ''}>
          {options.map(([v, text]) => (
            <option key={v} value={v}>
              {text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
