/**
 * Routes. Public and portal pages are in the main bundle's reach (each page its own chunk);
 * console and guide code, when it lands, is lazy-loaded so public pages stay small.
 */
import { createBrowserRouter } from 'react-router';
import { Layout } from './components/layout.js';
import { NotFound } from './components/not-found.js';
import { Home } from './routes/public/home.js';

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
        lazy: () => import('./routes/public/help.js').then((m) => ({ Component: m.Help })),
      },
      {
        path: 'report',
        lazy: () =>
          import('./routes/portal/report-form.js').then((m) => ({ Component: m.ReportForm })),
      },
      {
        path: 'report/sent',
        lazy: () =>
          import('./routes/portal/confirmation.js').then((m) => ({ Component: m.Confirmation })),
      },
      {
        path: 'track',
        lazy: () => import('./routes/portal/track.js').then((m) => ({ Component: m.Track })),
      },
      {
        path: 'account/*',
        lazy: () => import('./routes/account/index.js').then((m) => ({ Component: m.Account })),
      },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
