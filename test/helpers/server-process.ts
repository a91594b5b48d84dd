/**
 * The real `vulndesk` command as a child process: `runCli(args, env)` for one-shot commands and
 * `startServer(env)` for `serve` on a free loopback port, ready once `/healthz` answers 200.
 *
 * Output is collected in memory and handed to the test; this module never prints it (a server
 * under test holds report contents, and a failure message only ever quotes startup stderr).
 * Every child is tracked: call `stopAllChildren()` in `afterAll`, so none outlives its test
 * file even when the test fails.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = path.join(REPO_ROOT, 'bin', 'vulndesk.js');

/** Startup through tsx on a loaded two-core machine can take a while. */
const DEFAULT_START_TIMEOUT_MS = 60_000;
const DEFAULT_CLI_TIMEOUT_MS = 60_000;
/** Per stream; enough for any log a test produces, bounded so a runaway child cannot eat memory. */
const MAX_OUTPUT_CHARS = 4_000_000;

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface CliResult extends Exit {
  stdout: string;
  stderr: string;
}

export interface ServerProcess {
  readonly pid: number;
  readonly port: number;
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  stdout(): string;
  stderr(): string;
  /** Resolves when the process has exited. */
  readonly exited: Promise<Exit>;
  running(): boolean;
  /** Sends `signal` and waits for the exit; SIGKILL after `timeoutMs`. */
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<Exit>;
}

const live = new Set<ChildProcess>();

// A last resort when the test process dies without running afterAll.
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

/** A port that was free a moment ago on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        if (address !== null && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

/**
 * The child's environment is built from scratch: only what node needs plus `env`. Inheriting
 * the test runner's environment would hand the child the administrative DATABASE_URL.
 */
function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const base: Record<string, string> = {};
  for (const name of ['PATH', 'HOME', 'TMPDIR', 'LANG', 'TZ']) {
    const value = process.env[name];
    if (value !== undefined) base[name] = value;
  }
  return { ...base, ...env };
}

interface Spawned {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<Exit>;
}

function spawnCli(args: readonly string[], env: Record<string, string>): Spawned {
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: REPO_ROOT,
    env: childEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  const out = { stdout: '', stderr: '' };
  const collect = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
    if (out[stream].length < MAX_OUTPUT_CHARS) out[stream] += chunk.toString('utf8');
  };
  child.stdout?.on('data', collect('stdout'));
  child.stderr?.on('data', collect('stderr'));
  const exited = new Promise<Exit>((resolve) => {
    // 'close' (not 'exit'): every byte of output has been read by then.
    child.once('close', (code, signal) => {
      live.delete(child);
      resolve({ code, signal });
    });
    child.once('error', () => {
      live.delete(child);
      resolve({ code: null, signal: null });
    });
  });
  return { child, stdout: () => out.stdout, stderr: () => out.stderr, exited };
}

async function waitOrKill(spawned: Spawned, timeoutMs: number): Promise<Exit> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  const first = await Promise.race([spawned.exited, timedOut]);
  clearTimeout(timer);
  if (first !== 'timeout') return first;
  spawned.child.kill('SIGKILL');
  return spawned.exited;
}

/** Runs `vulndesk <args>` to completion (killed after `timeoutMs`). */
export async function runCli(
  args: readonly string[],
  env: Record<string, string>,
  timeoutMs = DEFAULT_CLI_TIMEOUT_MS,
): Promise<CliResult> {
  const spawned = spawnCli(args, env);
  const exit = await waitOrKill(spawned, timeoutMs);
  return { ...exit, stdout: spawned.stdout(), stderr: spawned.stderr() };
}

/**
 * Starts `vulndesk serve` with `env` (PORT and HOST are set here) and waits for `/healthz`.
 * The port was free when chosen; if something took it meanwhile, another port is tried.
 */
export async function startServer(
  env: Record<string, string>,
  options: { timeoutMs?: number } = {},
): Promise<ServerProcess> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await startOnFreePort(env, options.timeoutMs ?? DEFAULT_START_TIMEOUT_MS);
    } catch (err) {
      if (!(err instanceof PortTakenError) || attempt >= 3) throw err;
    }
  }
}

class PortTakenError extends Error {}

async function startOnFreePort(
  env: Record<string, string>,
  timeoutMs: number,
): Promise<ServerProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const spawned = spawnCli(['serve'], { ...env, PORT: String(port), HOST: '127.0.0.1' });
  let exitedWith: Exit | undefined;
  void spawned.exited.then((exit) => {
    exitedWith = exit;
  });

  const server: ServerProcess = {
    pid: spawned.child.pid ?? -1,
    port,
    url,
    stdout: spawned.stdout,
    stderr: spawned.stderr,
    exited: spawned.exited,
    running: () => exitedWith === undefined,
    stop: async (signal = 'SIGTERM', timeoutMs = 15_000) => {
      if (exitedWith !== undefined) return exitedWith;
      spawned.child.kill(signal);
      return waitOrKill(spawned, timeoutMs);
    },
  };

  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; attempt < 10_000 && Date.now() < deadline; attempt += 1) {
    if (exitedWith !== undefined) {
      if (spawned.stderr().includes('EADDRINUSE')) throw new PortTakenError(`port ${port} taken`);
      throw new Error(
        `vulndesk serve exited during startup (code ${String(exitedWith.code)}, signal ${String(exitedWith.signal)}); stderr: ${spawned.stderr().slice(-2000)}`,
      );
    }
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) });
      await res.arrayBuffer();
      // (Answered by our child, not by whoever might have taken the port.)
      if (res.status === 200 && exitedWith === undefined) return server;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  await server.stop('SIGKILL');
  throw new Error(`vulndesk serve did not answer /healthz on ${url} in time`);
}

/** Kills every child this module started that is still running, and waits for them. */
export async function stopAllChildren(): Promise<void> {
  const children = [...live];
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) {
            resolve();
            return;
          }
          const timer = setTimeout(resolve, 5_000);
          child.once('close', () => {
            clearTimeout(timer);
            resolve();
          });
          child.kill('SIGKILL');
        }),
    ),
  );
}

export const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms));

/** The JSON log lines a server wrote to stdout (pino), skipping anything that is not JSON. */
export function logLines(stdout: string): { level?: number; msg?: string }[] {
  const lines: { level?: number; msg?: string }[] = [];
  for (const line of stdout.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      lines.push(JSON.parse(line) as { level?: number; msg?: string });
    } catch {
      // a partial line at the moment of a kill
    }
  }
  return lines;
}
