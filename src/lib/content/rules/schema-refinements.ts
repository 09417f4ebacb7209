/**
 * Rules written in the schemas themselves (src/schemas/, as refinements with their own message):
 * the check runs them by validating each entry (./schema.ts) and prints their messages as they
 * are. Listed here so that every message has a documented fix and a fixture.
 */
import type { ReadingRule } from './types.ts';

const reading = (rule: Omit<ReadingRule, 'kind'>): ReadingRule => ({ kind: 'reading', ...rule });

export const schemaIds = reading({
  id: 'schema-ids',
  summary: 'Ids are lower-case kebab-case (src/schemas/common.ts); countries use the twelve ISO 3166-1 alpha-3 codes.',
  messages: [
    { says: 'must be lower-case kebab-case', fix: 'write the id in lower case with single hyphens' },
    { says: 'unknown country "', fix: 'use one of the twelve ISO codes (`KAZ`, `KGZ`…)' },
  ],
  fixtures: ['bad-id', 'dangling-country'],
});

export const schemaDates = reading({
  id: 'schema-dates',
  summary: 'Dates are ISO strings, real calendar dates, from 1900 to the build date (src/schemas/common.ts).',
  messages: [
    { says: "must be 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'", fix: 'write the date in ISO form, as precise as the source' },
    { says: 'is not a real calendar date', fix: 'check the month and the day against the source' },
    { says: 'is in the future', fix: 'a date after today cannot be right: check it' },
    { says: 'is before 1900', fix: 'a typing error in the year: check it against the source' },
  ],
  fixtures: ['bad-date-format', 'impossible-date', 'future-date', 'year-before-1900'],
});

export const schemaCitations = reading({
  id: 'schema-citations',
  summary: 'Every fact cites at least one source (src/schemas/common.ts, src/schemas/ratification.ts).',
  messages: [
    { says: 'cite at least one source', fix: 'every fact needs `sources:` with a `source` id and a `locator`' },
    { says: 'a declaration needs its source', fix: 'add `sources:` to the declaration' },
  ],
  fixtures: ['fact-without-source-treaty', 'declaration-without-source'],
});

export const schemaRatifications = reading({
  id: 'schema-ratifications',
  summary: 'A country record of a ratification file is coherent: one kind of record, acts in date order (src/schemas/ratification.ts).',
  messages: [
    { says: 'give exactly one of: events', fix: 'a country entry has two of events, none, notOpen and unknown, or none of them: keep one' },
    { says: 'events must be listed in date order', fix: 'put the acts oldest first' },
    { says: 'is dated before signature', fix: 'check both dates against the depositary' },
    { says: 'only a succession can take effect before its deposit', fix: 'check `effective` and `date` against the depositary' },
    { says: 'an unknown record has no evidence date', fix: 'remove `asOf` from the unknown record' },
    { says: 'a cessation needs `basis:`', fix: 'say in words on what legal basis the State ceased to be party' },
  ],
  fixtures: ['none-and-events-together', 'events-out-of-order', 'date-order', 'effective-before-deposit', 'as-of-on-unknown', 'cessation-without-basis'],
});

export const schemaLaws = reading({
  id: 'schema-laws',
  summary: 'A law’s dates and status agree, and a "none-found" coverage record holds its search (src/schemas/law.ts, src/schemas/law-coverage.ts).',
  messages: [
    { says: 'inForce is before adopted', fix: 'check both dates against the official publication' },
    { says: 'needs statusAsOf', fix: 'add `statusAsOf`, the date of the source that states the status, or set status to unknown' },
    { says: 'but status is "unknown"', fix: 'set the status that source states, or remove `statusAsOf`' },
    { says: '"none-found" is a finding', fix: 'add `search:` with date, consulted, queries and result (or set outcome to unknown)' },
  ],
  fixtures: ['law-in-force-before-adopted', 'law-in-force-without-status-date', 'law-status-as-of-on-unknown', 'none-found-without-search'],
});

export const schemaPoaReferences = reading({
  id: 'schema-poa-references',
  summary: 'A PoA reference is written as the document numbers it: "47" or "13-c" (src/schemas/poa.ts).',
  messages: [{ says: 'write the reference as "', fix: 'PoA references have no leading zeros (`47`, `13-c`)' }],
  fixtures: ['poa-ref-leading-zero'],
});
