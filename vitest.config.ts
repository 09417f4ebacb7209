/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { SlowestFirstSequencer } from './tests/support/sequencer.ts';

// Two layers run at different moments of `npm test`:
// - unit: schemas, derivations, the content check and content integrity, and components rendered
//   with Astro's container API (before the build);
// - site: checks on the built dist/ and browser tests against a static server for it (after the build).
// getViteConfig adds Astro's compiler so tests can import .astro components; the project's
// astro.config (content sync, integrations) is left out: components need none of it.
export default getViteConfig(
  {
    test: {
      // Vitest leaves one core free by default, which on a two-core machine means one test file at
      // a time. Both layers are CPU-bound and their files independent, so use every core.
      maxWorkers: '100%',
      sequence: { sequencer: SlowestFirstSequencer },
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
            // Files run side by side: each browser-test file starts its own static server (on a free
            // port) and its own Chromium, and the built-site checks only read dist/.
          },
        },
      ],
    },
  },
  { configFile: false, logLevel: 'error' },
);
