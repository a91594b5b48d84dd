/**
 * Keeping figures in bench/README.md: a benchmark replaces its own section (from its `## `
 * heading to the next one), or only a marked block inside it so that the analysis written by
 * hand around the figures stays; then the file is formatted with Prettier (the lint checks it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

export const BENCH_README = path.join(path.dirname(fileURLToPath(import.meta.url)), 'README.md');

function readReadme(): string {
  return fs.existsSync(BENCH_README) ? fs.readFileSync(BENCH_README, 'utf8') : '# Benchmarks\n';
}

async function writeReadme(text: string): Promise<void> {
  const options = (await prettier.resolveConfig(BENCH_README)) ?? {};
  fs.writeFileSync(
    BENCH_README,
    await prettier.format(text, { ...options, filepath: BENCH_README }),
  );
}

/** Replaces the section that starts with `heading` (a `## ` line), or appends it. */
export async function replaceReadmeSection(heading: string, text: string): Promise<void> {
  const current = readReadme();
  const start = current.indexOf(`${heading}\n`);
  let next: string;
  if (start === -1) {
    next = `${current.trimEnd()}\n\n${text}`;
  } else {
    const after = current.indexOf('\n## ', start + heading.length);
    const rest = after === -1 ? '' : current.slice(after + 1);
    next = `${current.slice(0, start)}${text}${rest === '' ? '' : `\n${rest}`}`;
  }
  await writeReadme(next);
}

/**
 * Replaces what stands between `<!-- name -->` and `<!-- /name -->`; when the markers are not
 * there yet, appends `initial(block)` (a whole section holding the markers) at the end.
 */
export async function replaceReadmeBlock(
  name: string,
  block: string,
  initial: (markedBlock: string) => string,
): Promise<void> {
  const open = `<!-- ${name} -->`;
  const close = `<!-- /${name} -->`;
  const marked = `${open}\n\n${block.trim()}\n\n${close}`;
  const current = readReadme();
  const start = current.indexOf(open);
  const end = current.indexOf(close);
  const next =
    start === -1 || end < start
      ? `${current.trimEnd()}\n\n${initial(marked)}`
      : `${current.slice(0, start)}${marked}${current.slice(end + close.length)}`;
  await writeReadme(next);
}
