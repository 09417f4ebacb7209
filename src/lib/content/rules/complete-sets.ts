/** Collections that hold one file per country: all twelve are there. */
import { COUNTRY_IDS } from '../../../schemas/common.ts';
import type { EntriesRule } from './types.ts';

export const completeSets: EntriesRule = {
  kind: 'entries',
  id: 'complete-sets',
  summary: 'Each of the twelve countries has its country file and its law-coverage file.',
  messages: [
    { says: 'missing: every country needs a law-coverage file', fix: 'add content/law-coverage/<ISO3>.yaml' },
    { says: 'missing: every one of the twelve countries needs a file', fix: 'add content/countries/<ISO3>.yaml' },
  ],
  fixtures: ['missing-country-file', 'missing-law-coverage-file'],
  check(ctx) {
    const coverage = ctx.ids('lawCoverage', 'country');
    if (coverage.size > 0) {
      for (const c of COUNTRY_IDS) if (!coverage.has(c)) ctx.report(ctx.contentPath(`law-coverage/${c}.yaml`), [], `missing: every country needs a law-coverage file (add it)`);
    }
    const countries = ctx.ids('countries');
    if (countries.size > 0) {
      for (const c of COUNTRY_IDS) if (!countries.has(c)) ctx.report(ctx.contentPath(`countries/${c}.yaml`), [], `missing: every one of the twelve countries needs a file (add it)`);
    }
  },
};
