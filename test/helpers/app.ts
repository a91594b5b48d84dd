/** Builds the app on a fresh database of the dialect under test, with a controllable clock. */
import type { FastifyInstance } from 'fastify';
import { buildApp, type App } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import { createTestDb, type TestDb } from './db.js';

export interface TestApp extends App {
  testDb: TestDb;
  config: Config;
  clock: FakeClock;
  inject: FastifyInstance['inject'];
  close(): Promise<void>;
}

export class FakeClock {
  constructor(private current = new Date('2026-03-02T09:00:00.000Z')) {}
  now = (): Date => new Date(this.current.getTime());
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
  set(date: Date): void {
    this.current = date;
  }
}

export async function buildTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const testDb = await createTestDb();
  const config = loadConfig({
    DATA_DIR: testDb.dataDir,
    PUBLIC_URL: 'https://vulndesk.test',
    LOG_LEVEL: 'silent',
    REPORT_RATE_LIMIT: '0',
    ...env,
    ...(testDb.databaseUrl ? { DATABASE_URL: testDb.databaseUrl } : {}),
  });
  const clock = new FakeClock();
  // No web build: routes outside /api/ answer 404 whether or not dist/web exists.
  const webDir = `${testDb.dataDir}/no-web`;
  const app = await buildApp({ config, db: testDb.db, clock: clock.now, logger: false, webDir });
  return {
    ...app,
    testDb,
    config,
    clock,
    inject: app.fastify.inject.bind(app.fastify),
    close: async () => {
      await app.fastify.close();
      await testDb.dispose();
    },
  };
}

/**
 * Distinct client addresses in `10.<block>.0.0/16`, so the per-address attempt limits of one test
 * do not count another's requests. Each test file takes its own block.
 */
export function addressSequence(block: number): () => string {
  let next = 1;
  return () => {
    const host = next++;
    return `10.${block}.${Math.floor(host / 250)}.${(host % 250) + 1}`;
  };
}
