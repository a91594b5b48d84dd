import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { NotFound } from '../../components/not-found.js';
import { Enrolment } from './enrolment.js';
import { Queue } from './queue.js';
import { ReportPage } from './report-page.js';
import { StaffSignIn } from './staff-sign-in.js';
import '../account/account.css';
import './console.css';

/** The metrics page and its charts load only when asked for, so the rest of the console stays small. */
const MetricsPage = lazy(() =>
  import('./metrics-page.js').then((m) => ({ default: m.MetricsPage })),
);

function Loading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="muted">
      {t('console.loading')}
    </p>
  );
}

/** The staff console, mounted at `console/*` as its own chunk, out of the public pages' bundle. */
export function Console() {
  return (
    <Routes>
      <Route index element={<Queue />} />
      <Route path="enrol" element={<Enrolment />} />
      <Route path="sign-in" element={<StaffSignIn />} />
      <Route path="reports/:id" element={<ReportPage />} />
      <Route
        path="metrics"
        element={
          <Suspense fallback={<Loading />}>
            <MetricsPage />
          </Suspense>
        }
      />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
