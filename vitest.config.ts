import { defineConfig } from 'vitest/config';

// Two projects: fast tests beside the code and across layers, and end-to-end tests that drive Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'test/{store,cli,config,demo,web,sync}/**/*.test.ts', 'test/import/**/*.test.ts', 'test/export/**/*.test.ts', 'test/mapExport/**/*.test.ts', 'test/underlay/**/*.test.ts'],
          environment: 'node',
          // CLI and store tests spawn real processes; on a loaded 2-core machine start-up alone can take seconds.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
