/** Starts the server; shuts it down gracefully on SIGINT/SIGTERM. Nothing else lives here. */
import { buildApp } from './app.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { openDb } from './db/client.js';
import { migrateToLatest } from './db/migrate.js';
import { countStaff } from './services/staff.service.js';

export async function serve(config: Config): Promise<void> {
  const db = openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrateToLatest(db);
  const { fastify } = await buildApp({ config, db });

  const address = await fastify.listen({ port: config.port, host: config.host });
  fastify.log.info(
    `vulndesk listening on ${address} (public URL ${config.publicUrl}); database ${db.location}`,
  );
  if ((await countStaff(db)) === 0) {
    fastify.log.info(
      'No staff account yet. Create the first admin with: npx vulndesk user add --email you@example.com --role admin',
    );
  }

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    fastify.log.info(`${signal} received: finishing requests in flight, then stopping`);
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    fastify
      .close()
      .then(() => db.close())
      .then(() => process.exit(0))
      .catch(() => process.exit(1));
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
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

if (import.meta.url === `file://${process.argv[1]}`) {
  serve(loadConfigOrExit()).catch((err: unknown) => {
    process.stderr.write(
      `vulndesk failed to start: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    process.exit(1);
  });
}
