import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          setupFiles: ['test/setup/no-outbound-network.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'interop',
          include: ['interop/**/*.test.ts'],
          setupFiles: ['test/setup/no-outbound-network.ts'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'web',
          include: ['web/src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['web/src/test-setup.ts'],
        },
      },
      {
        test: {
          // Real server + Chromium; `npm run test:e2e` builds first. One file at a time: each
          // starts a server and a browser, and two cores run out of room with more.
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          setupFiles: ['test/setup/no-outbound-network.ts'],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'conformance',
          include: ['conformance/**/*.test.ts'],
          testTimeout: 120_000,
        },
      },
    ],
  },
});
