/**
 * Routes. Public and portal pages are in the main bundle's reach (each page its own chunk);
 * console and guide code, when it lands, is lazy-loaded so public pages stay small.
 */
import { createBrowserRouter } from 'react-router';
import { Layout } from './components/layout.js';
import { NotFound } from './components/not-found.js';
import { Home } from './routes/public/home.js';
import { loadAreas } from './i18n/index.js';

export const router = createBrowserRouter([
  {
    path: '/',
    element: <Layout />,
    // Shown while the first page's lazy chunk loads (no server rendering here).
    hydrateFallbackElement: <></>,
    children: [
      { index: true, element: <Home /> },
      {
        path: 'help',
        lazy: () =>
          Promise.all([import('./routes/public/help.js'), loadAreas('help')]).then(([m]) => ({
            Component: m.Help,
          })),
      },
      {
        path: 'report',
        lazy: () =>
          Promise.all([import('./routes/portal/report-form.js'), loadAreas('report')]).then(
            ([m]) => ({
              Component: m.ReportForm,
            }),
          ),
      },
      {
        path: 'report/sent',
        lazy: () =>
          Promise.all([import('./routes/portal/confirmation.js'), loadAreas('report')]).then(
            ([m]) => ({ Component: m.Confirmation }),
          ),
      },
      {
        path: 'track',
        lazy: () =>
          Promise.all([import('./routes/portal/track.js'), loadAreas('track', 'report')]).then(
            ([m]) => ({ Component: m.Track }),
          ),
      },
      {
        path: 'account/*',
        lazy: () =>
          Promise.all([import('./routes/account/index.js'), loadAreas('account')]).then(([m]) => ({
            Component: m.Account,
          })),
      },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
