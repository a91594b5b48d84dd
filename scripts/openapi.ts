/**
 * Writes the OpenAPI document (docs/openapi.json) and the web client's types generated from it
 * (web/src/api/schema.d.ts). Both are committed so API changes show up in review;
 * `src/http/openapi-snapshot.test.ts` fails when they are stale. Run: npm run openapi
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openDb } from '../src/db/client.js';
import { migrateToLatest } from '../src/db/migrate.js';

export const OPENAPI_JSON = 'docs/openapi.json';
export const CLIENT_TYPES = 'web/src/api/schema.d.ts';

export async function generateOpenApi(): Promise<{ json: string; types: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vulndesk-openapi-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    PUBLIC_URL: 'http://127.0.0.1:8080',
    LOG_LEVEL: 'silent',
  });
  const db = openDb({ databaseUrl: undefined, dataDir });
  try {
    await migrateToLatest(db);
    const { fastify } = await buildApp({
      config,
      db,
      logger: false,
      webDir: path.join(dataDir, 'none'),
    });
    const doc = fastify.swagger() as unknown as Record<string, unknown>;
    await fastify.close();
    const options = (await prettier.resolveConfig(OPENAPI_JSON)) ?? {};
    const json = await prettier.format(JSON.stringify(doc), { ...options, parser: 'json' });
    const ast = await openapiTS(JSON.parse(json) as Parameters<typeof openapiTS>[0]);
    const types = await prettier.format(
      `/* Generated from docs/openapi.json by npm run openapi. Do not edit. */\n${astToString(ast)}`,
      { ...options, parser: 'typescript' },
    );
    return { json, types };
  } finally {
    await db.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { json, types } = await generateOpenApi();
  fs.writeFileSync(OPENAPI_JSON, json);
  fs.writeFileSync(CLIENT_TYPES, types);
  process.stdout.write(`wrote ${OPENAPI_JSON} and ${CLIENT_TYPES}\n`);
}
