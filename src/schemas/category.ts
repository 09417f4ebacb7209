/** A category of concern defined in Annex 2 of the Programme of Action. */
import { ruTitle } from './translation.ts';
import { z } from 'astro/zod';
import { lineRange, slugId, text } from './common.ts';

export const categorySchema = z.strictObject({
  /** Stable id, e.g. "internally-displaced-persons"; URL /poa/categories/<id>/. */
  id: slugId,
  /** The category's name as Annex 2 prints it. */
  name: text,
  /** The category's name in Russian, with its origin and source. */
  nameRu: ruTitle.optional(),
  /** Position in Annex 2 (1-8). */
  order: z.number().int().min(1),
  /** Verbatim working definition; paragraphs separated by a blank line. */
  definition: text,
  /** Whether the annex presents it as a universal definition or a working definition for the CIS. */
  definitionKind: z.enum(['universal', 'cis-working', 'unspecified']),
  footnotes: z.array(z.number().int().min(1)).default([]),
  lines: lineRange,
  source: slugId,
});
export type Category = z.infer<typeof categorySchema>;
