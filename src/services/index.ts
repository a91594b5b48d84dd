/** Wires the use cases to their repositories and adapters. */
import type { BlobStore } from '../blobs/blob-store.js';
import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import { AccountService } from './account.service.js';
import { cweCatalogue } from './cwe-catalogue.js';
import { ReportService } from './report.service.js';

export interface Services {
  reports: ReportService;
  accounts: AccountService;
}

export interface ServiceContext {
  config: Config;
  db: Db;
  blobs: BlobStore;
  clock: () => Date;
}

export function createServices({ config, db, blobs, clock }: ServiceContext): Services {
  return {
    reports: new ReportService({
      db,
      blobs,
      cwe: cweCatalogue(),
      clock,
      firstResponseHours: config.firstResponseHours,
      maxAttachmentBytes: config.maxAttachmentMb * 1_048_576,
      publicUrl: config.publicUrl,
      slaPolicy: config.slaPolicy,
    }),
    accounts: new AccountService({ db, clock, publicUrl: config.publicUrl }),
  };
}
