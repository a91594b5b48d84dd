/** The `vulndesk` command. It calls services, never SQL. */
import { Command } from 'commander';
import { loadConfigOrExit, serve } from '../main.js';
import { openDb } from '../db/client.js';
import { migrateToLatest } from '../db/migrate.js';
import { DomainError } from '../domain/errors.js';
import { addStaffUser } from '../services/staff.service.js';

const program = new Command();
program.name('vulndesk').description('Self-hosted security response center');

program
  .command('serve')
  .description('start the server (applies pending migrations first)')
  .action(async () => {
    await serve(loadConfigOrExit());
  });

program
  .command('migrate')
  .description('apply pending database migrations and exit')
  .action(async () => {
    const config = loadConfigOrExit();
    const db = openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    try {
      const { applied } = await migrateToLatest(db);
      process.stdout.write(
        applied.length === 0
          ? `database ${db.location} is up to date\n`
          : `applied ${applied.join(', ')} to ${db.location}\n`,
      );
    } finally {
      await db.close();
    }
  });

const user = program.command('user').description('manage staff accounts');
user
  .command('add')
  .description('create a staff account and print its initial password once')
  .requiredOption('--email <email>', 'e-mail address')
  .requiredOption('--role <role>', 'triager, case-manager, program-admin, admin or auditor')
  .action(async (opts: { email: string; role: string }) => {
    const config = loadConfigOrExit();
    const db = openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    try {
      await migrateToLatest(db);
      const created = await addStaffUser(db, opts, new Date());
      process.stdout.write(
        `created ${created.role} ${created.email}\ninitial password (shown once): ${created.password}\n`,
      );
    } finally {
      await db.close();
    }
  });

/** One line saying what went wrong; never a stack trace, never connection secrets. */
function describeError(err: unknown): string {
  // pg reports "connection refused on every address" as an AggregateError without a message.
  if (err instanceof AggregateError && err.message === '') {
    return err.errors.map(describeError).join('; ') || 'unknown error';
  }
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code;
    return err.message || (typeof code === 'string' ? code : err.name);
  }
  return String(err);
}

program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`vulndesk: ${describeError(err)}\n`);
  // 2: the request was refused (exists already, invalid input); 1: anything else.
  process.exit(err instanceof DomainError ? 2 : 1);
});
