/**
 * Rules written in the schemas themselves (src/schemas/, as refinements with their own message):
 * the check runs them by validating each entry (./schema.ts) and prints their messages as they
 * are. Listed here so that every message has a documented fix and a fixture.
 */
import { defineRule, type ReadingRule, type RuleDeclaration } from './types.ts';

const reading = (rule: Omit<RuleDeclaration<ReadingRule>, 'kind'>): ReadingRule => defineRule<ReadingRule>({ kind: 'reading', ...rule });

export const schemaIds = reading({
  id: 'schema-ids',
  summary: 'Ids are lower-case kebab-case (src/schemas/common.ts); countries use the twelve ISO 3166-1 alpha-3 codes.',
  messages: {
    'must be lower-case kebab-case': ['write the id in lower case with single hyphens', 'bad-id'],
    'unknown country "': ['use one of the twelve ISO codes (`KAZ`, `KGZ`…)', 'dangling-country'],
  },
});

export const schemaDates = reading({
  id: 'schema-dates',
  summary: 'Dates are ISO strings, real calendar dates, from 1900 to the build date (src/schemas/common.ts).',
  messages: {
    "must be 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'": ['write the date in ISO form, as precise as the source', 'bad-date-format'],
    'is not a real calendar date': ['check the month and the day against the source', 'impossible-date'],
    'is in the future': ['a date after today cannot be right: check it', 'future-date'],
    'is before 1900': ['a typing error in the year: check it against the source', 'year-before-1900'],
  },
});

export const schemaCitations = reading({
  id: 'schema-citations',
  summary: 'Every fact cites at least one source (src/schemas/common.ts, src/schemas/ratification.ts).',
  messages: {
    'cite at least one source': ['every fact needs `sources:` with a `source` id and a `locator`', 'fact-without-source-treaty'],
    'a declaration needs its source': ['add `sources:` to the declaration', 'declaration-without-source'],
  },
});

export const schemaRatifications = reading({
  id: 'schema-ratifications',
  summary: 'A country record of a ratification file is coherent: one kind of record, acts in date order (src/schemas/ratification.ts).',
  messages: {
    'give exactly one of: events': ['a country entry has two of events, none, notOpen and unknown, or none of them: keep one', 'none-and-events-together'],
    'events must be listed in date order': ['put the acts oldest first', 'events-out-of-order'],
    'is dated before signature': ['check both dates against the depositary', 'date-order'],
    'only a succession can take effect before its deposit': ['check `effective` and `date` against the depositary', 'effective-before-deposit'],
    'an unknown record has no evidence date': ['remove `asOf` from the unknown record', 'as-of-on-unknown'],
    'a cessation needs `basis:`': ['say in words on what legal basis the State ceased to be party', 'cessation-without-basis'],
  },
});

export const schemaLaws = reading({
  id: 'schema-laws',
  summary: 'A law’s dates and status agree, and a "none-found" coverage record holds its search (src/schemas/law.ts, src/schemas/law-coverage.ts).',
  messages: {
    'inForce is before adopted': ['check both dates against the official publication', 'law-in-force-before-adopted'],
    'needs statusAsOf': ['add `statusAsOf`, the date of the source that states the status, or set status to unknown', 'law-in-force-without-status-date'],
    'but status is "unknown"': ['set the status that source states, or remove `statusAsOf`', 'law-status-as-of-on-unknown'],
    '"none-found" is a finding': ['add `search:` with date, consulted, queries and result (or set outcome to unknown)', 'none-found-without-search'],
  },
});

export const schemaPoaReferences = reading({
  id: 'schema-poa-references',
  summary: 'A PoA reference is written as the document numbers it: "47" or "13-c" (src/schemas/poa.ts).',
  messages: { 'write the reference as "': ['PoA references have no leading zeros (`47`, `13-c`)', 'poa-ref-leading-zero'] },
});
