/** Collections that hold one file per country: all twelve are there. */
import { COUNTRY_IDS } from '../../../schemas/common.ts';
import { defineRule, type EntriesRule } from './types.ts';

export const completeSets = defineRule<EntriesRule>({
  kind: 'entries',
  id: 'complete-sets',
  summary: 'Each of the twelve countries has its country file and its law-coverage file.',
  messages: {
    'missing: every country needs a law-coverage file': ['add content/law-coverage/<ISO3>.yaml', 'missing-law-coverage-file'],
    'missing: every one of the twelve countries needs a file': ['add content/countries/<ISO3>.yaml', 'missing-country-file'],
  },
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
});
