/** A national legal act (law, decree, code, programme, draft, bilateral agreement). */
import { ruText } from './translation.ts';
import { z } from 'astro/zod';
import { LAW_TOPICS, citations, countryId, isoDate, lineRange, slugId, text } from './common.ts';
import { poaRef } from './poa.ts';
import { isBefore } from '../lib/partial-date.ts';

export const LAW_KINDS = ['law', 'decree', 'code', 'programme', 'draft-law', 'bilateral-agreement', 'resolution', 'other'] as const;
export const LAW_STATUSES = ['in-force', 'amended', 'replaced', 'repealed', 'draft', 'unknown'] as const;
export type LawStatus = (typeof LAW_STATUSES)[number];

/** Languages of official titles (ISO 639-1): the region's official languages and Russian. */
export const TITLE_LANGUAGES = ['ru', 'uk', 'be', 'ro', 'ka', 'hy', 'az', 'kk', 'ky', 'tg', 'tk', 'uz', 'en'] as const;

/** The fields of a law that a seed document may state differently from the official record. */
export const SEED_CLAIM_FIELDS = ['title', 'number', 'adopted', 'inForce'] as const;

/** The official title of an act in one language, as the official publication writes it. */
export const officialTitleSchema = z.strictObject({
  /** ISO 639-1 code of the language of this title. */
  lang: z.enum(TITLE_LANGUAGES, { error: `lang must be one of ${TITLE_LANGUAGES.join(', ')} (ISO 639-1)` }),
  /** The title in that language, exactly as published. */
  text,
});

/**
 * What a seed document says about the act where it differs from the official record: the entry
 * follows the official record and the seed's statement is kept here, so the difference is shown.
 */
export const seedClaimSchema = z.strictObject({
  /** Id of the seed source (e.g. "seed-2011-unhcr-paper"). */
  source: slugId,
  /** Where in the seed, in words. */
  locator: z.string().min(3, { message: 'say where in the seed the statement is (e.g. "footnote 12")' }),
  /** Line range in the seed file. */
  lines: lineRange,
  /** Which field of this entry the seed states differently. */
  field: z.enum(SEED_CLAIM_FIELDS, { error: `field must be one of ${SEED_CLAIM_FIELDS.join(', ')}` }),
  /** What the seed states, as it states it. */
  value: text,
  note: text.optional(),
});
export type SeedClaim = z.infer<typeof seedClaimSchema>;

/** Statuses that claim the act is law: they must say how current their evidence is (statusAsOf). */
export const IN_FORCE_STATUSES: readonly LawStatus[] = ['in-force', 'amended'];

export const lawSchema = z
  .strictObject({
    /** Stable id "<iso3>-<year>-<slug>", e.g. "kaz-1997-law-population-migration"; URL /laws/<id>/. */
    id: z.string().regex(/^[a-z]{3}-(?:\d{4}|undated)-[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      message: 'must be "<iso3>-<year>-<slug>" in lower case, e.g. "kaz-1997-law-population-migration"',
    }),
    /** Country that adopted it. */
    country: countryId,
    /** Title in English (the official English title, or as an English-language source gives it). */
    title: text,
    /** Official title(s) in the original language(s), and the official Russian title where the country publishes one. */
    originalTitles: z.array(officialTitleSchema).default([]),
    /**
     * Our Russian translation of the English title, shown on Russian pages only when originalTitles
     * has no official Russian title (marked there as the site's translation).
     */
    titleRu: ruText.optional(),
    /** Other wordings of the title in other sources. */
    titleVariants: z.array(text).default([]),
    /** Kind of act. */
    kind: z.enum(LAW_KINDS, { error: `kind must be one of ${LAW_KINDS.join(', ')}` }),
    /** Official number, as given. */
    number: text.optional(),
    /** Date adopted, at the source's precision. */
    adopted: isoDate.optional(),
    /** Date of entry into force, only where a source gives it. */
    inForce: isoDate.optional(),
    /** Status as far as the sources show; "unknown" when no source read states it. */
    status: z.enum(LAW_STATUSES, { error: `status must be one of ${LAW_STATUSES.join(', ')}` }),
    /** Date of the source that states the status (e.g. the date a register shows it as in force). */
    statusAsOf: isoDate.optional(),
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
    /** PoA paragraphs or subparagraphs the act answers, e.g. "43" or "13-c". */
    poa: z.array(poaRef).default([]),
    /** Statements of a seed document that differ from the official record (kept, and shown as such). */
    seedClaims: z.array(seedClaimSchema).default([]),
    /** Our own short summary. */
    summary: text,
    /** Russian version of the summary (the site's translation). */
    summaryRu: ruText.optional(),
    note: text.optional(),
    /** Russian version of the note (the site's translation). */
    noteRu: ruText.optional(),
    sources: citations,
    /** Date the entry was last checked against its sources. */
    verified: isoDate,
  })
  .refine((l) => !l.ended || !l.adopted || !isBefore(l.ended, l.adopted), { message: 'ended is before adopted', path: ['ended'] })
  .refine((l) => !l.inForce || !l.adopted || !isBefore(l.inForce, l.adopted), {
    message: 'inForce is before adopted: an act cannot enter into force before it is adopted; check both dates against the official publication',
    path: ['inForce'],
  })
  .refine((l) => !(IN_FORCE_STATUSES as readonly string[]).includes(l.status) || l.statusAsOf !== undefined, {
    message: 'a status that says the act is in force needs statusAsOf, the date of the source that states it (a register showing it in force, a consolidation as at a date); if no source read states it, set status to unknown',
    path: ['status'],
  })
  .refine((l) => l.status !== 'unknown' || l.statusAsOf === undefined, {
    message: 'statusAsOf dates a source that states the status, but status is "unknown": set the status that source states, or remove statusAsOf',
    path: ['statusAsOf'],
  })
  .refine((l) => l.id.startsWith(l.country.toLowerCase() + '-'), {
    message: 'the id must start with the country code in lower case',
    path: ['id'],
  });
export type Law = z.infer<typeof lawSchema>;
