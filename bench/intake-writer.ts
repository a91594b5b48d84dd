/**
 * `npx tsx bench/intake-writer.ts [batch] [nofts]`
 * `WRITER_DATABASE_URL=postgres://…/empty_db npx tsx bench/intake-writer.ts [batch] [nofts]`
 *
 * The writer's share of intake: `writeIntakeBatch` in transactions of `batch` reports (default
 * 20) on a fresh SQLite database (or the given empty PostgreSQL database), in this thread, 4,000
 * reports after a first round of 4,000; CPU (this process only) and wall time per report.
 * `nofts` drops what fills the trigram index (the FTS5 trigger; the `pg_trgm` GIN indexes), to
 * show what it costs. Used for the Analysis in bench/README.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { openDb } from '../src/db/client.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { inTransaction } from '../src/db/group-commit.js';
import { writeIntakeBatch, type IntakeItem } from '../src/services/intake-batch.js';
import { searchText } from '../src/domain/report/search-text.js';
import { PADDED_REPORT } from './report-body.js';
import { countPendingReports } from '../src/db/repositories/search-index.js';
import { maintainSearchIndex, SEARCH_INDEX_CHUNK } from '../src/services/search-indexer.js';
import { uuidv7 } from 'uuidv7';
import { DEFAULT_SUBMISSION_LIMITS } from '../src/domain/reporter/submission-limits.js';
async function main() {
  const batch = Number(process.argv[2] ?? 20);
  const dropFts = process.argv[3] === 'nofts';
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-w-'));
  const db = openDb({ databaseUrl: process.env.WRITER_DATABASE_URL, dataDir });
  await migrateToLatest(db);
  if (dropFts && db.dialect === 'sqlite') {
    await sql`drop trigger report_search_insert`.execute(db.kysely);
  }
  if (dropFts && db.dialect === 'postgres') {
    await sql`drop index if exists reports_search_trgm, reports_open_search_trgm`.execute(
      db.kysely,
    );
  }
  const run = inTransaction(db.kysely, (trx, items: readonly IntakeItem[]) =>
    writeIntakeBatch(trx, items, 'https://x', DEFAULT_SUBMISSION_LIMITS),
  );
  const json = JSON.stringify(PADDED_REPORT);
  const st = searchText(PADDED_REPORT);
  const now = new Date();
  const mk = (i: number): IntakeItem => ({
    reportId: uuidv7(),
    year: 2026,
    receivedAt: now.toISOString(),
    firstResponseDueAt: now.toISOString(),
    title: `t${i}`,
    submissionJson: json,
    qualityTier: 'high',
    language: 'en',
    reporterEmail: `r${i % 500}@example.org`,
    encryptTo: false,
    accountId: null,
    trackingTokenHash: `h${i}${Math.random()}`,
    cvss: { vector: 'CVSS:3.1/AV:N', score: 9.8 },
    staged: [],
    reporterKey: `r${i % 500}@example.org`,
    searchText: `${st} ${i}`,
    nextDueAt: now.toISOString(),
    nextAtRiskAt: null,
  });
  let n = 0;
  for (const round of [0, 1]) {
    const N = 4000;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const upkeepMs: number[] = [];
    for (let i = 0; i < N; i += batch) {
      await run(Array.from({ length: batch }, () => mk(n++)));
      if (dropFts) continue;
      // As the writer thread does after each group: a chunk into the trigram index when one waits.
      const chunkDue = (await countPendingReports(db.kysely, db.dialect)) >= SEARCH_INDEX_CHUNK;
      const t = performance.now();
      await maintainSearchIndex(db, false);
      if (chunkDue) upkeepMs.push(performance.now() - t);
    }
    const c = process.cpuUsage(c0);
    if (round)
      console.log(
        `batch ${batch} ${dropFts ? 'no FTS' : 'FTS'}: CPU ${((c.user + c.system) / 1000 / N).toFixed(3)} ms/report, wall ${((performance.now() - t0) / N).toFixed(3)} ms/report` +
          (upkeepMs.length === 0
            ? ''
            : `; ${upkeepMs.length} index chunks of ${SEARCH_INDEX_CHUNK}, median ${[...upkeepMs].sort((a, b) => a - b)[upkeepMs.length >> 1]?.toFixed(1)} ms, longest ${Math.max(...upkeepMs).toFixed(1)} ms`),
      );
  }
  await db.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
main().catch((err: unknown) => {
  process.stderr.write(`${String(err)}\n`);
  process.exit(1);
});
