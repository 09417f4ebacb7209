/** Per country and topic: whether an act was found, none was found in a searched database, or unknown. */
import { ruText } from './translation.ts';
import { z } from 'astro/zod';
import { LAW_TOPICS, citation, countryId, isoDate, text } from './common.ts';

/** The record of a search that found no act: what was consulted, how, when, and what came back. */
export const lawSearchSchema = z.strictObject({
  /** Date of the search. */
  date: isoDate,
  /** The registers and databases consulted (each a source with a locator: the listing or query page read). */
  consulted: z.array(citation).min(1, { message: 'list the registers or databases consulted (source and locator)' }),
  /** The query strings used, in the languages used. */
  queries: z.array(text).min(1, { message: 'list the queries used (e.g. "statelessness", "безгражданств")' }),
  /** What the searches returned, in words (e.g. "the country's topic listing has no act on readmission"). */
  result: text,
  /** Russian version of the result (the site's translation). */
  resultRu: ruText.optional(),
});
export type LawSearch = z.infer<typeof lawSearchSchema>;

export const lawCoverageSchema = z.strictObject({
  country: countryId,
  topics: z.array(
    z
      .strictObject({
        topic: z.enum(LAW_TOPICS),
        /** found: an act is recorded; none-found: a database covering it lists none; unknown: not established. */
        outcome: z.enum(['found', 'none-found', 'unknown']),
        note: text.optional(),
        /** Russian version of the note (the site's translation). */
        noteRu: ruText.optional(),
        /** Where the finding comes from (for "found", the acts' sources; for "unknown", what was read). */
        sources: z.array(citation).default([]),
        /** Required for "none-found": the search that found nothing. */
        search: lawSearchSchema.optional(),
      })
      .refine((t) => t.outcome !== 'none-found' || t.search !== undefined, {
        message: '"none-found" is a finding: add `search:` with date, consulted, queries and result (or set outcome to unknown)',
        path: ['search'],
      })
      .refine((t) => t.outcome === 'none-found' || t.search === undefined, {
        message: '`search:` records a search that found nothing: use it only with outcome "none-found" (say what was tried in note)',
        path: ['search'],
      }),
  ),
});
export type LawCoverage = z.infer<typeof lawCoverageSchema>;
