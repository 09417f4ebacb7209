/** Per country and topic: whether an act was found, none was found in a searched database, or unknown. */
import { z } from 'astro/zod';
import { LAW_TOPICS, citation, countryId, text } from './common.ts';

export const lawCoverageSchema = z.strictObject({
  country: countryId,
  topics: z.array(
    z
      .strictObject({
        topic: z.enum(LAW_TOPICS),
        /** found: an act is recorded; none-found: a database covering it lists none; unknown: not established. */
        outcome: z.enum(['found', 'none-found', 'unknown']),
        note: text.optional(),
        /** Where we searched. */
        sources: z.array(citation).default([]),
      })
      .refine((t) => t.outcome !== 'none-found' || t.sources.length > 0, {
        message: '"none-found" needs the sources that were searched',
        path: ['sources'],
      }),
  ),
});
export type LawCoverage = z.infer<typeof lawCoverageSchema>;
