/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Two layers run at different moments of `npm test`:
// - unit: schemas, derivations, the content check and content integrity, and components rendered
//   with Astro's container API (before the build);
// - site: checks on the built dist/ and browser tests against `astro preview` (after the build).
// getViteConfig adds Astro's compiler so tests can import .astro components; the project's
// astro.config (content sync, integrations) is left out: components need none of it.
export default getViteConfig(
  {
    test: {
      projects: [
        {
          extends: true,
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
  },
  { configFile: false, logLevel: 'error' },
);
