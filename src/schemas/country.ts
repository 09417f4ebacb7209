/** One of the twelve CIS countries: names, region, and institutions the sources name. */
import { ruText, ruTitle } from './translation.ts';
import { z } from 'astro/zod';
import { REGION_IDS, citation, countryId, isoDate, slugId, text } from './common.ts';

export const countrySchema = z.strictObject({
  /** ISO 3166-1 alpha-3 code, upper case (e.g. "KAZ"). */
  id: countryId,
  /** URL segment: /countries/<slug>/ (e.g. "kazakhstan"). Never rename. */
  slug: slugId,
  /** Short English name used on the site. */
  name: text,
  /** Official name. */
  officialName: text.optional(),
  /** Russian short name, with its source. */
  nameRu: ruTitle.optional(),
  /** Russian official name, with its source. */
  officialNameRu: ruTitle.optional(),
  /** Region used for filtering and grouping. */
  region: z.enum(REGION_IDS),
  /** Every spelling the sources use (e.g. "Kazakstan"), each with where it occurs. */
  namesInSources: z.array(citation.extend({ /** The spelling as printed. */ text })).default([]),
  /** Institutions the sources name (e.g. migration agencies). */
  institutions: z
    .array(
      citation.extend({
        /** Name as the source writes it. */
        name: text,
        /** Date of establishment, if the source gives it. */
        established: isoDate.optional(),
        note: text.optional(),
        /** Russian version of the note (the site's translation). */
        noteRu: ruText.optional(),
      }),
    )
    .default([]),
});
export type Country = z.infer<typeof countrySchema>;
