#!/usr/bin/env node
// Runs the compiled CLI from dist/ when it has been built (npm run build), else the TypeScript
// sources through tsx (development checkouts). A dist/ older than the sources next to it is
// stale: then the sources run, so a forgotten build never runs yesterday's code.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const compiled = fileURLToPath(new URL('../dist/cli/index.js', import.meta.url));
const sources = fileURLToPath(new URL('../src', import.meta.url));

/** Newest modification time of the non-test TypeScript files under `dir` (0 when none). */
function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts')) {
      continue;
    }
    const file = path.join(entry.parentPath ?? entry.path, entry.name);
    newest = Math.max(newest, statSync(file).mtimeMs);
  }
  return newest;
}

async function loadTsx() {
  try {
    return await import('tsx/esm/api');
  } catch {
    return undefined; // production install without dev dependencies
  }
}

const built = existsSync(compiled);
const stale = built && existsSync(sources) && newestSource(sources) > statSync(compiled).mtimeMs;
const tsx = !built || stale ? await loadTsx() : undefined;

if (tsx !== undefined) {
  tsx.register();
  await import(new URL('../src/cli/index.ts', import.meta.url).href);
} else if (built) {
  await import(pathToFileURL(compiled).href);
} else {
  process.stderr.write('vulndesk: not built; run `npm run build` (or install dev dependencies)\n');
  process.exit(1);
}
