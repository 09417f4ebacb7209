/** A national legal act (law, decree, code, programme, draft, bilateral agreement). */
import { z } from 'astro/zod';
import { LAW_TOPICS, citations, countryId, isoDate, slugId, text } from './common.ts';

export const LAW_KINDS = ['law', 'decree', 'code', 'programme', 'draft-law', 'bilateral-agreement', 'resolution', 'other'] as const;
export const LAW_STATUSES = ['in-force', 'amended', 'replaced', 'repealed', 'draft', 'unknown'] as const;
export type LawStatus = (typeof LAW_STATUSES)[number];

export const lawSchema = z
  .strictObject({
    /** Stable id "<iso3>-<year>-<slug>", e.g. "kaz-1997-law-population-migration"; URL /laws/<id>/. */
    id: z.string().regex(/^[a-z]{3}-(?:\d{4}|undated)-[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      message: 'must be "<iso3>-<year>-<slug>" in lower case, e.g. "kaz-1997-law-population-migration"',
    }),
    /** Country that adopted it. */
    country: countryId,
    /** Title as the source writes it. */
    title: text,
    /** Other wordings of the title in other sources. */
    titleVariants: z.array(text).default([]),
    /** Kind of act. */
    kind: z.enum(LAW_KINDS, { error: `kind must be one of ${LAW_KINDS.join(', ')}` }),
    /** Official number, as given. */
    number: text.optional(),
    /** Date adopted, at the source's precision. */
    adopted: isoDate.optional(),
    /** Status as far as the sources show. */
    status: z.enum(LAW_STATUSES, { error: `status must be one of ${LAW_STATUSES.join(', ')}` }),
    /** Date the act stopped being in force (replaced or repealed), if known. */
    ended: isoDate.optional(),
    /** Legislative topics (controlled vocabulary). */
    topics: z.array(z.enum(LAW_TOPICS, { error: `topic must be one of ${LAW_TOPICS.join(', ')}` })),
    /** Treaties the act implements, where a source says so. */
    treaties: z.array(slugId).default([]),
    /** Acts this one replaces. */
    replaces: z.array(slugId).default([]),
    /** Acts that replaced this one. */
    replacedBy: z.array(slugId).default([]),
    /** Acts this one amends. */
    amends: z.array(slugId).default([]),
    /** Our own short summary. */
    summary: text,
    note: text.optional(),
    sources: citations,
    /** Date the entry was last checked against its sources. */
    verified: isoDate,
  })
  .refine((l) => !l.ended || !l.adopted || l.adopted <= l.ended, { message: 'ended is before adopted', path: ['ended'] })
  .refine((l) => l.id.startsWith(l.country.toLowerCase() + '-'), {
    message: 'the id must start with the country code in lower case',
    path: ['id'],
  });
export type Law = z.infer<typeof lawSchema>;
