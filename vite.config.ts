import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The web app lives in web/ and is built into dist/web, which the server serves.
export default defineConfig({
  root: 'web',
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    assetsDir: 'assets',
    target: 'es2022',
    modulePreload: {
      // A chunk with nothing else to load (a page's texts) would be requested only once the
      // script importing it has finished running; listed as its own dependency, it is requested
      // at once, so start-page.ts gets the texts on their way before the app is evaluated.
      resolveDependencies: (file, deps, { hostType }) =>
        hostType === 'js' && !deps.includes(file) ? [file, ...deps] : deps,
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': 'http://127.0.0.1:8080',
      '/healthz': 'http://127.0.0.1:8080',
      '/.well-known': 'http://127.0.0.1:8080',
    },
  },
});
