/**
 * The order in which test files start: the slowest first, so that on two cores the long files
 * run side by side from the start instead of one of them starting last and running alone.
 *
 * Vitest orders files by the durations it recorded on an earlier run, and by file size when it
 * has none, which is every run on a fresh clone (CI): there, file size put the two slowest site
 * files last. The files below are the slowest, slowest first (seconds each when run alone, with
 * `npx vitest run --project site --reporter=json`); the rest keep Vitest's order.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const SLOWEST_FIRST = [
  'tests/browser/accessibility.test.ts', // ~55 s: axe on every template in both languages
  'tests/site/built-output.test.ts', // ~40 s: html-validate on every page
  'tests/site/astro-pipeline.test.ts', // ~18 s: astro dev and two builds of a fixture project
  'tests/browser/matrix.test.ts', // ~18 s
  'tests/site/russian.test.ts', // ~15 s
  'tests/browser/matrix-views.test.ts', // ~13 s
  'tests/browser/search.test.ts', // ~13 s
  'tests/unit/content-rules.test.ts', // ~18 s: the content check on 140 fixture trees
];

function rank(spec: TestSpecification): number {
  const index = SLOWEST_FIRST.findIndex((path) => spec.moduleId.endsWith(path));
  return index === -1 ? SLOWEST_FIRST.length : index;
}

export class SlowestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    // Array.prototype.sort is stable: files outside the list keep Vitest's own order.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}
