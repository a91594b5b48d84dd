import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { NotFound } from '../../components/not-found.js';
import { Enrolment } from './enrolment.js';
import { Queue } from './queue.js';
import { ReportPage } from './report-page.js';
import { StaffSignIn } from './staff-sign-in.js';
import '../account/account.css';
import './console.css';

/**
 * Pages most staff open rarely (metrics and its charts; products, users and the audit log) load
 * only when asked for, so the rest of the console stays small.
 */
const MetricsPage = lazy(() =>
  import('./metrics-page.js').then((m) => ({ default: m.MetricsPage })),
);
const Products = lazy(() => import('./products.js').then((m) => ({ default: m.Products })));
const Users = lazy(() => import('./users.js').then((m) => ({ default: m.Users })));
const Audit = lazy(() => import('./audit.js').then((m) => ({ default: m.Audit })));

function Loading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="muted">
      {t('console.loading')}
    </p>
  );
}

const later = (page: ReactNode) => <Suspense fallback={<Loading />}>{page}</Suspense>;

/** The staff console, mounted at `console/*` as its own chunk, out of the public pages' bundle. */
export function Console() {
  return (
    <Routes>
      <Route index element={<Queue />} />
      <Route path="enrol" element={<Enrolment />} />
      <Route path="sign-in" element={<StaffSignIn />} />
      <Route path="reports/:id" element={<ReportPage />} />
      <Route path="metrics" element={later(<MetricsPage />)} />
      <Route path="products" element={later(<Products />)} />
      <Route path="users" element={later(<Users />)} />
      <Route path="audit" element={later(<Audit />)} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
