/** The `vulndesk` command. It calls services, never SQL. */
import { Command, InvalidArgumentError } from 'commander';
import type { Config } from '../config.js';
import { loadConfigOrExit, serve } from '../main.js';
import { loadMasterKey } from '../crypto/master-key.js';
import { totpSecretBox } from '../crypto/secret-box.js';
import { openDb, type Db } from '../db/client.js';
import { migrateToLatest } from '../db/migrate.js';
import { DomainError } from '../domain/errors.js';
import { AuditService } from '../services/audit.service.js';
import { StaffService, type EnrolmentLink } from '../services/staff.service.js';

/** Exit code of `audit verify` when the chain is broken (1 is any other failure). */
const AUDIT_BROKEN_EXIT = 3;

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

/** Runs `fn` on the database (migrated first unless `migrate` is false), then closes it. */
async function withDb<T>(
  fn: (db: Db, config: Config) => Promise<T>,
  { migrate = true } = {},
): Promise<T> {
  const config = loadConfigOrExit();
  const db = openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    if (migrate) await migrateToLatest(db);
    return await fn(db, config);
  } finally {
    await db.close();
  }
}

function withStaff<T>(fn: (staff: StaffService) => Promise<T>): Promise<T> {
  return withDb((db, config) =>
    fn(
      new StaffService({
        db,
        clock: () => new Date(),
        publicUrl: config.publicUrl,
        totpSecrets: totpSecretBox(loadMasterKey(config.masterKey, config.dataDir)),
      }),
    ),
  );
}

const enrolmentLine = (link: EnrolmentLink): string =>
  `enrolment link (shown once, valid until ${link.expiresAt}): ${link.url}\n`;

const user = program.command('user').description('manage staff accounts');
user
  .command('add')
  .description(
    'create a staff account without a password and print its one-time enrolment link (password and authenticator are set there)',
  )
  .requiredOption('--email <email>', 'e-mail address')
  .requiredOption('--role <role>', 'triager, case-manager, program-admin, admin or auditor')
  .action(async (opts: { email: string; role: string }) => {
    const created = await withStaff((staff) => staff.addUser(opts));
    process.stdout.write(
      `created ${created.role} ${created.email}\n${enrolmentLine(created.enrolment)}`,
    );
  });

user
  .command('reset')
  .description(
    'for a lost authenticator: disable the password and the authenticator, end the sessions, and print a new enrolment link',
  )
  .requiredOption('--email <email>', 'e-mail address of the staff account')
  .action(async (opts: { email: string }) => {
    const reset = await withStaff((staff) => staff.resetUser(opts));
    process.stdout.write(
      `reset ${reset.role} ${reset.email}: password and authenticator disabled, ${reset.sessionsEnded} ${reset.sessionsEnded === 1 ? 'session' : 'sessions'} ended\n${enrolmentLine(reset.enrolment)}`,
    );
  });

const token = program.command('token').description('manage API tokens of staff accounts');
token
  .command('create')
  .description('create an API token for a staff account and print it once (only its hash is kept)')
  .requiredOption('--email <email>', 'e-mail address of the staff account')
  .requiredOption('--name <name>', 'what the token is for')
  .action(async (opts: { email: string; name: string }) => {
    const created = await withStaff((staff) => staff.createToken(opts));
    process.stdout.write(
      `created token "${created.name}" (id ${created.id}) for ${created.email}\ntoken (shown once): ${created.token}\n`,
    );
  });

const positiveInt = (raw: string): number => {
  const n = Number(raw);
  if (!/^[1-9][0-9]{0,6}$/.test(raw)) throw new InvalidArgumentError('must be a positive integer');
  return n;
};

const audit = program.command('audit').description('the hash-chained audit log');
audit
  .command('verify')
  .description(
    `check every entry of the audit log against the hash chain; exits 0 when intact, ${AUDIT_BROKEN_EXIT} naming the first broken entry`,
  )
  .option('--page-size <n>', 'entries read per query', positiveInt)
  .action(async (opts: { pageSize?: number }) => {
    // Read-only: no migrations are applied.
    const verdict = await withDb((db) => new AuditService({ db }).verify(opts.pageSize), {
      migrate: false,
    });
    if (verdict.ok) {
      process.stdout.write(
        `audit log intact: ${verdict.entries} entries, head ${verdict.head.hash}\n`,
      );
      return;
    }
    const b = verdict.break;
    process.stdout.write(
      `audit log broken at seq ${b.seq}${b.id !== null ? ` (id ${b.id})` : ''}: ${b.reason} (${b.detail})\n`,
    );
    process.exitCode = AUDIT_BROKEN_EXIT;
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
