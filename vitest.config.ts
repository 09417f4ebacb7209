import { defineConfig } from 'vitest/config';

// Two layers run at different moments of `npm test`:
// - unit: schemas, derivations, the content check and content integrity (before the build);
// - site: checks on the built dist/ and browser tests against `astro preview` (after the build).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // Browser tests share one preview server and one Chromium; run files one after another.
          fileParallelism: false,
        },
      },
    ],
  },
});
