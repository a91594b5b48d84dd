import { afterAll, beforeAll, expect, test } from 'vitest';
import { expectAccessible, open, startHarness, type Harness } from './harness.js';
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });
test('probe', async () => {
  const page = await h.newPage();
  await open(page, '/');
  const v = await expectAccessible(page, 'probe');
  console.log(JSON.stringify(v).slice(0, 500));
  expect(true).toBe(true);
});
