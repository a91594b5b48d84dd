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

program.parseAsync(process.argv).catch((err: unknown) => {
  if (err instanceof DomainError) {
    process.stderr.write(`vulndesk: ${err.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`vulndesk: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
