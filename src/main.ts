/** Starts the server; shuts it down gracefully on SIGINT/SIGTERM. Nothing else lives here. */
import { pathToFileURL } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { durabilityWarnings, openDb, type Db } from './db/client.js';
import { migrateToLatest } from './db/migrate.js';
import { loggableError } from './http/plugins/problem.js';
import { startPeriodic, type PeriodicRunner } from './jobs/periodic.js';
import { slaWarningsJob } from './jobs/sla-warnings.js';
import { countStaff } from './services/staff.service.js';

/** How long requests in flight may take to finish after a stop signal before the process exits. */
const SHUTDOWN_GRACE_MS = 10_000;

export async function serve(config: Config): Promise<void> {
  const db = openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  /** Set once the app is built; the signal handler closes it. */
  const started: { fastify?: FastifyInstance; jobs?: PeriodicRunner[] } = {};
  let running = false;
  let stopRequested = false;

  // Signals are handled from the first moment. While starting, the step under way finishes
  // (migrations run in a transaction) and the startup sequence then closes and exits.
  const stop = (signal: NodeJS.Signals): void => {
    if (stopRequested) process.exit(1); // a second signal does not wait any longer
    stopRequested = true;
    started.fastify?.log.info(`${signal} received: finishing requests in flight, then stopping`);
    setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
    if (running) void closeAndExit(started.fastify, db, started.jobs);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  const { applied } = await migrateToLatest(db);
  if (stopRequested) return closeAndExit(undefined, db);
  const staff = await countStaff(db);
  const warnings = await durabilityWarnings(db);
  if (stopRequested) return closeAndExit(undefined, db);
  const { fastify, services } = await buildApp({ config, db });
  started.fastify = fastify;
  // The SQLite writer thread starts now rather than with the first report, which would wait.
  services.reports.startWriter();
  if (stopRequested) return closeAndExit(fastify, db);
  const address = await fastify.listen({ port: config.port, host: config.host });
  if (stopRequested) return closeAndExit(fastify, db);
  running = true;
  started.jobs = [
    startPeriodic(
      db,
      slaWarningsJob({
        db,
        slaPolicy: config.slaPolicy,
        oncallEmail: config.oncallEmail,
        publicUrl: config.publicUrl,
      }),
      () => new Date(),
      (err) => fastify.log.error(loggableError(err as Error), 'SLA warnings run failed'),
    ),
  ];

  if (applied.length > 0) fastify.log.info(`applied database migrations ${applied.join(', ')}`);
  fastify.log.info(
    `vulndesk listening on ${address} (public URL ${config.publicUrl}); database ${db.location}`,
  );
  for (const warning of warnings) fastify.log.warn(warning);
  if (staff === 0) {
    fastify.log.info(
      'No staff account yet. Create the first admin with: npx vulndesk user add --email you@example.com --role admin',
    );
  }
}

/** Stops accepting connections, lets requests in flight finish, closes the database, exits 0. */
async function closeAndExit(
  fastify: FastifyInstance | undefined,
  db: Db,
  jobs: readonly PeriodicRunner[] = [],
): Promise<void> {
  // close() drops the connections idle at that moment; a keep-alive connection whose request was
  // in flight becomes idle later and would hold close() open until the client lets go of it.
  const sweeper = setInterval(() => fastify?.server.closeIdleConnections(), 100);
  try {
    await fastify?.close();
    await Promise.all(jobs.map((job) => job.stop()));
    await db.close();
  } catch {
    process.exit(1);
  } finally {
    clearInterval(sweeper);
  }
  process.exit(0);
}

export function loadConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      for (const p of err.problems) process.stderr.write(`config error: ${p}\n`);
      process.exit(1);
    }
    throw err;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  serve(loadConfigOrExit()).catch((err: unknown) => {
    process.stderr.write(
      `vulndesk failed to start: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    process.exit(1);
  });
}
