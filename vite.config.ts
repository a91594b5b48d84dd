import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const MAIN = path.resolve(import.meta.dirname, 'web/src/main.tsx');
const APP_SOURCE = path.resolve(import.meta.dirname, 'web/src') + path.sep;
const STAFF_SOURCE = path.resolve(import.meta.dirname, 'web/src/routes/console') + path.sep;

/**
 * The app's own modules that two or more public pages share (form fields, the error summary,
 * small helpers) go into one chunk instead of one chunk each. A page then needs its own chunk,
 * this one, its stylesheet and its texts, rather than eight files: over HTTP/1.1 the browser
 * opens six connections to a server, so the rest would wait for a free one. What only the staff
 * console shares with one public page stays out of it, so the console adds nothing to what
 * public pages load.
 */
function sharedPageModules(): { plugin: Plugin; test: (id: string) => boolean } {
  const inMain = new Set<string>();
  const publicUse = new Map<string, number>();
  const plugin: Plugin = {
    name: 'vulndesk:shared-page-modules',
    apply: 'build',
    buildEnd() {
      const pending = [MAIN];
      for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
        if (inMain.has(id)) continue;
        inMain.add(id);
        pending.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
      const pages = new Set(
        [...inMain].flatMap((id) => this.getModuleInfo(id)?.dynamicallyImportedIds ?? []),
      );
      for (const page of pages) {
        if (!page.startsWith(APP_SOURCE) || page.startsWith(STAFF_SOURCE)) continue;
        const reached = new Set<string>();
        const next = [page];
        for (let id = next.pop(); id !== undefined; id = next.pop()) {
          if (reached.has(id) || inMain.has(id)) continue;
          reached.add(id);
          next.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
        for (const id of reached) publicUse.set(id, (publicUse.get(id) ?? 0) + 1);
      }
    },
  };
  const test = (id: string) => {
    if (inMain.size === 0) throw new Error('chunks are being formed before the module graph');
    // Code only: a stylesheet stays with the pages that import it.
    return (
      id.startsWith(APP_SOURCE) &&
      /\.tsx?$/.test(id) &&
      !inMain.has(id) &&
      (publicUse.get(id) ?? 0) >= 2
    );
  };
  return { plugin, test };
}

const shared = sharedPageModules();

/**
 * Writes a brotli (.br) and a gzip (.gz) copy beside each script and stylesheet of the build,
 * which the server sends to browsers that accept them (`src/http/plugins/web.ts`): a third of
 * the bytes, compressed once here rather than on every request.
 */
function precompressedAssets(): Plugin {
  const brotli = promisify(zlib.brotliCompress);
  const gzip = promisify(zlib.gzip);
  return {
    name: 'vulndesk:precompressed-assets',
    apply: 'build',
    async writeBundle(options, bundle) {
      const dir = options.dir ?? '.';
      const files = Object.keys(bundle).filter((f) => /\.(js|css)$/.test(f));
      await Promise.all(
        files.map(async (file) => {
          const content = await fs.promises.readFile(path.join(dir, file));
          const copies = {
            // Quality 10: within 2 % of the smallest (11) in half the time.
            br: await brotli(content, {
              params: {
                [zlib.constants.BROTLI_PARAM_QUALITY]: 10,
                [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length,
              },
            }),
            gz: await gzip(content, { level: zlib.constants.Z_BEST_COMPRESSION }),
          };
          for (const [extension, compressed] of Object.entries(copies)) {
            // A file too small to gain is sent as it is.
            if (compressed.length < content.length) {
              await fs.promises.writeFile(path.join(dir, `${file}.${extension}`), compressed);
            }
          }
        }),
      );
    },
  };
}

// The web app lives in web/ and is built into dist/web, which the server serves.
export default defineConfig({
  root: 'web',
  base: '/',
  plugins: [react(), shared.plugin, precompressedAssets()],
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
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'shared',
              test: shared.test,
              minShareCount: 2,
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
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
