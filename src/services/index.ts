/** Wires the use cases to their repositories and adapters. */
import type { BlobStore } from '../blobs/blob-store.js';
import type { Config } from '../config.js';
import { totpSecretBox } from '../crypto/secret-box.js';
import type { Db } from '../db/client.js';
import { AccountService } from './account.service.js';
import { AttachmentService } from './attachment.service.js';
import { AuditService } from './audit.service.js';
import { cweCatalogue } from './cwe-catalogue.js';
import { HelpService } from './help.service.js';
import { ReportService } from './report.service.js';
import { StaffService } from './staff.service.js';
import { MessageService } from './message.service.js';
import { MetricsService } from './metrics.service.js';
import { ProductService } from './product.service.js';
import { TokenOwnerCache } from './token-owner-cache.js';
import { TriageService } from './triage.service.js';

export interface Services {
  reports: ReportService;
  attachments: AttachmentService;
  accounts: AccountService;
  staff: StaffService;
  audit: AuditService;
  help: HelpService;
  triage: TriageService;
  messages: MessageService;
  products: ProductService;
  metrics: MetricsService;
}

export interface ServiceContext {
  config: Config;
  db: Db;
  blobs: BlobStore;
  clock: () => Date;
  /** The master key (MASTER_KEY or DATA_DIR/master.key): keys for secrets are derived from it. */
  masterKey: Buffer;
}

export function createServices({ config, db, blobs, clock, masterKey }: ServiceContext): Services {
  const totpSecrets = totpSecretBox(masterKey);
  const tokenOwners = new TokenOwnerCache();
  const help = new HelpService({
    overrides: config.helpDestinations,
    supportEmail: config.supportEmail,
  });
  const triage = new TriageService({
    db,
    clock,
    slaPolicy: config.slaPolicy,
    help,
    publicUrl: config.publicUrl,
  });
  return {
    help,
    triage,
    products: new ProductService({ db, clock }),
    messages: new MessageService({
      db,
      clock,
      slaPolicy: config.slaPolicy,
      triage,
      publicUrl: config.publicUrl,
      oncallEmail: config.oncallEmail,
    }),
    reports: new ReportService({
      db,
      cwe: cweCatalogue(),
      clock,
      firstResponseHours: config.firstResponseHours,
      publicUrl: config.publicUrl,
      slaPolicy: config.slaPolicy,
      submissionLimits: config.submissionLimits,
    }),
    attachments: new AttachmentService({
      db,
      blobs,
      maxAttachmentBytes: config.maxAttachmentMb * 1_048_576,
    }),
    accounts: new AccountService({
      db,
      clock,
      publicUrl: config.publicUrl,
      totpSecrets,
      tokenOwners,
    }),
    staff: new StaffService({ db, clock, publicUrl: config.publicUrl, totpSecrets, tokenOwners }),
    audit: new AuditService({ db }),
    metrics: new MetricsService({ db, clock, slaPolicy: config.slaPolicy }),
  };
}
