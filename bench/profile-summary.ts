/**
 * `npx tsx bench/profile-summary.ts FILE.cpuprofile [--top N]`
 *
 * Summarizes a V8 CPU profile (as written by `npm run bench:intake -- --profile DIR`): sampled
 * time by package (self time), the functions with the most self time, and the project functions
 * (src/) with the most inclusive time. Percentages are of the profile's wall time; `(idle)` is
 * time the event loop had nothing to run (waiting on the network, PostgreSQL, or other work).
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

function packageOf(url: string, fn: string): string {
  if (url === '') return fn.startsWith('(') ? fn : '(native)';
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm?.[1] !== undefined) return nm[1];
  if (url.startsWith('node:')) return 'node:internals';
  const src = /\/(src|bench|test)\/(.*)$/.exec(url);
  if (src !== undefined && src !== null) return `${src[1]}/${(src[2] ?? '').split('/')[0]}`;
  return url;
}

function shortUrl(url: string): string {
  const nm = /node_modules\/(.*)$/.exec(url);
  if (nm?.[1] !== undefined) return nm[1];
  const src = /\/((?:src|bench|test)\/.*)$/.exec(url);
  return src?.[1] ?? url;
}

function main(): void {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    options: { top: { type: 'string', default: '20' } },
    allowPositionals: true,
  });
  const file = positionals[0];
  if (file === undefined) {
    process.stderr.write('usage: tsx bench/profile-summary.ts FILE.cpuprofile [--top N]\n');
    process.exit(2);
  }
  const top = Math.max(1, Math.min(200, Number(values.top) || 20));
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;

  const byId = new Map<number, ProfileNode>();
  const parent = new Map<number, number>();
  for (const n of profile.nodes) {
    byId.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const total = profile.endTime - profile.startTime;

  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, us] of self) {
    const node = byId.get(id);
    if (node === undefined) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const pkg = packageOf(url, functionName);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
    const key = `${functionName || '(anonymous)'}  ${shortUrl(url)}${url ? `:${lineNumber + 1}` : ''}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);
    // Inclusive time of project functions: credit every distinct src/ frame on the stack once.
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const f = byId.get(cur)?.callFrame;
      if (f === undefined || !/\/src\//.test(f.url)) continue;
      const k = `${f.functionName || '(anonymous)'}  ${shortUrl(f.url)}:${f.lineNumber + 1}`;
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + us);
    }
  }

  const print = (title: string, map: Map<string, number>): void => {
    process.stdout.write(`\n${title}\n`);
    const rows = [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
    for (const [k, us] of rows) {
      const share = ((us / total) * 100).toFixed(1).padStart(5);
      process.stdout.write(`${share} %  ${(us / 1000).toFixed(0).padStart(7)} ms  ${k}\n`);
    }
  };
  process.stdout.write(`${file}: ${(total / 1e6).toFixed(1)} s sampled\n`);
  print('self time by package', byPackage);
  print('self time by function', byFunction);
  print('inclusive time of project functions (src/)', inclusive);
}

// `… | head` closes the pipe early: stop quietly.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
main();
