/** A table of figures a seed document gives (e.g. 1997 migration flows), faithful to the seed. */
import { z } from 'astro/zod';
import { citation, countryId, slugId, text } from './common.ts';

export const statisticSchema = z.looseObject({
  id: slugId,
  title: text,
  source: citation,
  year: z.union([z.string(), z.number()]).optional(),
  unit: text.optional(),
  rows: z.array(
    z.looseObject({
      country: countryId.nullable().optional(),
      label: text,
      value: z.number().nullable(),
      valueText: z.string().optional(),
    }),
  ),
  note: text.optional(),
});
export type Statistic = z.infer<typeof statisticSchema>;
