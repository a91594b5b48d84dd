import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DateTime } from '../../components/date-time.js';
import { BulkReject } from './bulk-reject.js';
import { QueueFilterForm } from './queue-filter-form.js';
import { filtersFromSearch, searchFromFilters, type QueueFilters } from './queue-filters.js';
import { SlaBadge } from './sla-badge.js';
import { StaffPage } from './staff-gate.js';
import { may } from './staff-roles.js';
import { useQueue, type QueueItem } from './use-queue.js';

/** `/console`: the reports to handle, what is due first at the top. */
export function Queue() {
  const { t } = useTranslation();
  return (
    <StaffPage title={t('console.queue.title')}>
      {(account) => <QueueContent canReject={may(account, 'report.bulk-reject')} />}
    </StaffPage>
  );
}

/** The queue; selecting reports and rejecting them as spam only for roles that may. */
function QueueContent({ canReject }: { canReject: boolean }) {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const filters = filtersFromSearch(search);
  const { state, reload } = useQueue(filters);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const apply = (next: QueueFilters) => {
    setSelected(new Set());
    setSearch(searchFromFilters(next));
  };
  const toggle = (id: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <>
      <QueueFilterForm key={search.toString()} filters={filters} onApply={apply} />
      {state.kind === 'loading' && (
        <p role="status" className="muted">
          {t('console.loading')}
        </p>
      )}
      {state.kind === 'failed' && (
        <p role="alert" className="panel notice-warn">
          {state.detail !== undefined
            ? t('console.failed', { detail: state.detail })
            : t('console.network')}
        </p>
      )}
      {state.kind === 'ready' && (
        <>
          {canReject && (
            <BulkReject
              ids={state.page.items.filter((i) => selected.has(i.id)).map((i) => i.id)}
              onDone={() => {
                setSelected(new Set());
                reload();
              }}
            />
          )}
          {state.page.items.length === 0 ? (
            <p>{t('console.queue.empty')}</p>
          ) : (
            <QueueTable
              items={state.page.items}
              selected={selected}
              onToggle={canReject ? toggle : undefined}
            />
          )}
          <p className="actions">
            {filters.cursor !== undefined && (
              <Link to={{ search: searchFromFilters({ ...filters, cursor: '' }).toString() }}>
                {t('console.queue.firstPage')}
              </Link>
            )}{' '}
            {state.page.next !== null && (
              <Link
                to={{
                  search: searchFromFilters({ ...filters, cursor: state.page.next }).toString(),
                }}
              >
                {t('console.queue.nextPage')}
              </Link>
            )}
          </p>
        </>
      )}
    </>
  );
}

function QueueTable({
  items,
  selected,
  onToggle,
}: {
  items: readonly QueueItem[];
  selected: ReadonlySet<string>;
  /** Selecting reports (for bulk rejection); without it the table has no select column. */
  onToggle: ((id: string, on: boolean) => void) | undefined;
}) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="queue-table">
        <caption className="visually-hidden">{t('console.queue.caption')}</caption>
        <thead>
          <tr>
            {onToggle !== undefined && (
              <th scope="col">
                <span className="visually-hidden">{t('console.queue.select')}</span>
              </th>
            )}
            <th scope="col">{t('console.queue.col.report')}</th>
            <th scope="col">{t('console.queue.col.sla')}</th>
            <th scope="col">{t('console.queue.col.status')}</th>
            <th scope="col">{t('console.queue.col.severity')}</th>
            <th scope="col">{t('console.queue.col.reporter')}</th>
            <th scope="col">{t('console.queue.col.received')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              {onToggle !== undefined && (
                <td>
                  <input
                    type="checkbox"
                    name="ids"
                    value={item.id}
                    checked={selected.has(item.id)}
                    onChange={(e) => onToggle(item.id, e.target.checked)}
                    aria-label={t('console.queue.selectOne', { id: item.id })}
                  />
                </td>
              )}
              <td>
                <Link to={`/console/reports/${encodeURIComponent(item.id)}`}>{item.title}</Link>
                <br />
                <span className="mono muted">{item.id}</span>
                {item.caseNumber !== null && (
                  <>
                    {' · '}
                    <span className="mono">
                      {t('console.queue.caseNumber', { number: item.caseNumber })}
                    </span>
                  </>
                )}
              </td>
              <td>
                <SlaBadge state={item.sla} />
                {item.nextDueAt !== null && (
                  <>
                    <br />
                    <span className="muted">
                      {t('console.queue.due')} <DateTime value={item.nextDueAt} />
                    </span>
                  </>
                )}
              </td>
              <td>{t(`console.status.${item.status}`)}</td>
              <td>
                {item.severity === null
                  ? t('console.severity.unrated')
                  : t(`console.severity.${item.severity}`, { defaultValue: item.severity })}
              </td>
              <td>
                <span className={`badge reporter-${item.reporter.label}`}>
                  {t(`console.reporter.${item.reporter.label}`)}
                </span>
                <br />
                <span className="muted">
                  {t('console.reporter.record', {
                    valid: item.reporter.valid,
                    invalid: item.reporter.invalid,
                    submitted: item.reporter.submitted,
                  })}
                </span>
                {item.reporter.overLimit !== null && (
                  <>
                    <br />
                    <span className="badge reporter-over-limit">
                      {t('console.reporter.overLimit', {
                        reports: item.reporter.overLimit.count,
                        hours: item.reporter.overLimit.windowHours,
                        max: item.reporter.overLimit.max,
                      })}
                    </span>
                  </>
                )}
              </td>
              <td>
                <DateTime value={item.receivedAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
