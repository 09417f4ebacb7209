/**
 * Building blocks shared by every entity schema: ids, ISO dates at the source's precision,
 * and citations. Messages are written for editors: they say what is wrong and how to fix it.
 */
import { z } from 'astro/zod';
import { MIN_YEAR, PARTIAL_DATE, isRealIsoDate, notAfter } from '../lib/partial-date.ts';
import { LINE_RANGE, isOrderedLineRange, lineRangeOf } from './refs.ts';

/** The twelve CIS countries covered, by ISO 3166-1 alpha-3 code. */
export const COUNTRY_IDS = [
  'ARM', 'AZE', 'BLR', 'GEO', 'KAZ', 'KGZ', 'MDA', 'RUS', 'TJK', 'TKM', 'UKR', 'UZB',
] as const;
export type CountryId = (typeof COUNTRY_IDS)[number];

export const REGION_IDS = ['south-caucasus', 'central-asia', 'western-cis', 'russian-federation'] as const;
export type RegionId = (typeof REGION_IDS)[number];

export const TREATY_FAMILIES = [
  'refugees', 'statelessness', 'human-rights', 'humanitarian', 'labour-migration', 'trafficking', 'regional',
] as const;
export type TreatyFamily = (typeof TREATY_FAMILIES)[number];

export const LAW_TOPICS = [
  'refugees-asylum', 'citizenship-statelessness', 'migration-entry-stay', 'labour-migration', 'trafficking',
  'idps-formerly-deported', 'readmission-agreements', 'statelessness-determination',
] as const;
export type LawTopic = (typeof LAW_TOPICS)[number];

/** Lower-case kebab-case id, part of a public URL. */
export const slugId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: 'must be lower-case kebab-case (letters, digits, single hyphens), e.g. "refugee-convention-1951"',
  });

export const countryId = z.enum(COUNTRY_IDS, {
  error: (issue) =>
    `unknown country "${String(issue.input)}": use one of the ISO 3166-1 alpha-3 codes ${COUNTRY_IDS.join(', ')}`,
});

/** The date of the build; no fact may be dated after it. Overridable for reproducible tests. */
export function buildDate(): string {
  return process.env['CONTENT_AS_OF'] ?? new Date().toISOString().slice(0, 10);
}

/** True when a YYYY, YYYY-MM or YYYY-MM-DD string names a real calendar date (see src/lib/partial-date.ts). */
export { isRealIsoDate };

/**
 * An ISO date string at the precision the source gives: "1993", "1993-07" or "1993-07-06".
 * Never a YAML date object (quote it), never an impossible date, never before 1900, never after the build date.
 */
export const isoDate = z
  .string({
    error: (issue) =>
      issue.input instanceof Date
        ? `write the date in quotes, e.g. '${issue.input.toISOString().slice(0, 10)}' (an unquoted YAML date becomes a timestamp and can shift by a day)`
        : 'must be a date written as a quoted string: \'YYYY\', \'YYYY-MM\' or \'YYYY-MM-DD\'',
  })
  .regex(PARTIAL_DATE, { message: "must be 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (ISO 8601, as precise as the source)", abort: true })
  .refine(isRealIsoDate, { message: 'is not a real calendar date (check the month and the day)', abort: true })
  .refine((value) => Number(value.slice(0, 4)) >= MIN_YEAR, {
    message: `is before ${MIN_YEAR}: nothing in this knowledge base is that old; check the year (a typo such as '0993' for '1993'?)`,
    abort: true,
  })
  .refine((value) => notAfter(value, buildDate()), {
    message: 'is in the future: no fact can be dated after the build date',
  });

/** Seed line range, "start-end", 1-based and inclusive (parsed by src/schemas/refs.ts). */
export const lineRange = z
  .string()
  .regex(LINE_RANGE, { message: "must be a seed line range 'start-end', e.g. '120-134'", abort: true })
  .refine((value) => isOrderedLineRange(lineRangeOf(value)), { message: 'must start at line 1 or later and end at or after its start' });

/** Where a fact comes from: a source id, a human-readable place in it, and for seeds the lines. */
export const citation = z
  .object({
    /** Id of a file in content/sources/ (e.g. "seed-2000-assessment", "untc-v-2"). */
    source: slugId,
    /** Where in the source, in words: "para. 47", "Appendix A, row Kazakstan", "Participants table, row Armenia". */
    locator: z.string().min(3, { message: 'say where in the source the fact is (e.g. "para. 47")' }),
    /** For a seed document: the 1-based line range in the seed file; the site links to the block holding it. */
    lines: lineRange.optional(),
  })
  .strict();
export type Citation = z.infer<typeof citation>;

/** A non-empty list of citations: every fact-bearing record has at least one. */
export const citations = z.array(citation).min(1, {
  message: 'cite at least one source: add `- source: <id>` with a `locator` (and `lines` for a seed)',
});

/**
 * A non-empty list of citations that is required, with its own message for when it is missing
 * altogether (the content check shows it instead of the generic "is required but missing").
 */
export function requiredCitations(whenMissing: string) {
  return z
    .array(citation, { error: (issue) => (issue.input === undefined ? `is required but missing: ${whenMissing}` : undefined) })
    .min(1, { message: 'cite at least one source: add `- source: <id>` with a `locator` (and `lines` for a seed)' });
}

/** Free text from the source or written by us; never empty. */
export const text = z.string().trim().min(1, { message: 'must not be empty' });

