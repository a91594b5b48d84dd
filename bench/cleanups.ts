/**
 * What a benchmark must undo however it ends (temporary directories, databases, clusters):
 * registered as it is created, run in reverse order at the end, on failure, and on Ctrl-C.
 */

/** Cleanups run in reverse order at the end, on failure, and on Ctrl-C. */
export const cleanups: { name: string; run: () => Promise<void> | void }[] = [];

export async function runCleanups(): Promise<void> {
  for (let c = cleanups.pop(); c !== undefined; c = cleanups.pop()) {
    try {
      await c.run();
    } catch (err) {
      process.stderr.write(`cleanup "${c.name}" failed: ${String(err)}\n`);
    }
  }
}

/** Aborts the run (cleanups first) if it outlasts `budget` seconds: a hard upper bound. */
export function startWatchdog(budget: number): void {
  const watchdog = setTimeout(() => {
    process.stderr.write(`\n!!! watchdog: the benchmark ran longer than ${budget} s; aborting\n`);
    void runCleanups().finally(() => process.exit(2));
  }, budget * 1000);
  watchdog.unref();
}

/** Runs a benchmark's `main` and exits with its code; cleanups run at the end, on failure and on Ctrl-C. */
export function runBenchmark(main: () => Promise<number>): void {
  process.once('SIGINT', () => {
    process.stderr.write('\ninterrupted; cleaning up\n');
    void runCleanups().finally(() => process.exit(130));
  });
  main()
    .then(async (code) => {
      await runCleanups();
      process.exit(code);
    })
    .catch(async (err: unknown) => {
      process.stderr.write(
        `\n!!! benchmark failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
      );
      await runCleanups();
      process.exit(1);
    });
}
