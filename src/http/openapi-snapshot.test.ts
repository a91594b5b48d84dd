import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLIENT_TYPES, OPENAPI_JSON, generateOpenApi } from '../../scripts/openapi.js';

describe('committed OpenAPI document and web client types', () => {
  it('match the API as the code defines it (run `npm run openapi` after changing a route)', async () => {
    const { json, types } = await generateOpenApi();
    expect(fs.readFileSync(OPENAPI_JSON, 'utf8')).toBe(json);
    expect(fs.readFileSync(CLIENT_TYPES, 'utf8')).toBe(types);
  });
});
