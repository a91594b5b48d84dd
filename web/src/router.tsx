/**
 * Routes. The home page is in the main bundle; every other page is its own chunk, loaded with
 * its texts (`routes/pages.ts`); console and guide code, when it lands, is lazy-loaded the same
 * way so public pages stay small.
 */
import { createBrowserRouter } from 'react-router';
import { Layout } from './components/layout.js';
import { NotFound } from './components/not-found.js';
import { loadAreas } from './i18n/index.js';
import { LAZY_PAGES } from './routes/pages.js';
import { Home } from './routes/public/home.js';

export const router = createBrowserRouter([
  {
    path: '/',
    element: <Layout />,
    // Shown while the first page's lazy chunk loads (no server rendering here). The page's files
    // are already on their way (start-page.ts) and usually arrive before the app has started,
    // so the layout and the page are rendered and painted together, once.
    hydrateFallbackElement: <></>,
    children: [
      { index: true, element: <Home /> },
      ...LAZY_PAGES.map((page) => ({
        path: page.path,
        lazy: () =>
          Promise.all([page.load(), loadAreas(...page.areas)]).then(([Component]) => ({
            Component,
          })),
      })),
      { path: '*', element: <NotFound /> },
    ],
  },
]);
