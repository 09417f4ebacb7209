/**
 * Ratification records: one file per treaty, one entry per country. Each country has dated
 * events (the acts the depositary records), an explicit `none` (the depositary lists no act),
 * or `unknown` (could not be verified). Status at any date is derived from these, never stored.
 * `asOf` says up to when the cited evidence reflects the depositary's record.
 */
import { ruText } from './translation.ts';
import { z } from 'astro/zod';
import { citations, countryId, isoDate, requiredCitations, slugId, text } from './common.ts';
import { isBefore } from '../lib/partial-date.ts';

export const TREATY_ACTIONS = [
  'signature', 'ratification', 'accession', 'succession', 'acceptance', 'approval', 'denunciation', 'withdrawal',
  'cessation',
] as const;
export type TreatyAction = (typeof TREATY_ACTIONS)[number];

export const DECLARATION_KINDS = [
  'reservation', 'interpretative-declaration', 'territorial-declaration', 'objection', 'reservation-withdrawal',
] as const;
export type DeclarationKind = (typeof DECLARATION_KINDS)[number];

/** A reservation, declaration or objection made with an act (or later), as the depositary records it. */
export const declarationSchema = z.strictObject({
  /** What it is: reservation, interpretative-declaration, territorial-declaration, objection or reservation-withdrawal. */
  kind: z.enum(DECLARATION_KINDS, { error: `kind must be one of ${DECLARATION_KINDS.join(', ')}` }),
  /** Articles concerned, as the depositary cites them, e.g. ['40(1)'] (empty when it names none). */
  articles: z.array(text).default([]),
  /** What it says, in our own words (never copied from the depositary's text). */
  summary: text,
  /** Russian version of the summary (the site's translation). */
  summaryRu: ruText.optional(),
  /** Depositary record(s) stating it. */
  sources: requiredCitations(
    'a declaration needs its source: add `sources:` with the depositary record that states it (`- source: <id>` and a `locator`)',
  ),
  /** Date it was made, where it differs from the act's date (e.g. a later objection or withdrawal). */
  date: isoDate.optional(),
});
export type Declaration = z.infer<typeof declarationSchema>;

export const treatyEventSchema = z
  .strictObject({
    /** Kind of act recorded by the depositary. */
    action: z.enum(TREATY_ACTIONS, { error: `action must be one of ${TREATY_ACTIONS.join(', ')}` }),
    /** Date of the act (deposit of the instrument, or signature), as the depositary gives it. */
    date: isoDate,
    /**
     * Date the act took effect, only where the depositary gives it. Only a succession may take
     * effect before its deposit (from the date of succession, usually independence).
     */
    effective: isoDate.optional(),
    /** For a cessation only: its legal basis in words (e.g. the article and the decision that ended membership). */
    basis: text.optional(),
    basisRu: ruText.optional(),
    /** E.g. the domestic act's date where it differs from the deposit date. */
    note: text.optional(),
    /** Russian version of the note (the site's translation). */
    noteRu: ruText.optional(),
    /** Reservations, declarations and objections made with this act (or later, with their own date). */
    declarations: z.array(declarationSchema).optional(),
    /** Depositary record(s) for this act. */
    sources: citations,
  })
  .superRefine((e, ctx) => {
    if (e.effective && e.action !== 'succession') {
      if (isBefore(e.effective, e.date)) {
        ctx.addIssue({
          code: 'custom',
          path: ['effective'],
          message: `effective date (${e.effective}) is before the date of the ${e.action} (${e.date}): only a succession can take effect before its deposit; check both dates against the depositary`,
        });
      }
    }
    if (e.action === 'cessation' && e.basis === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['basis'],
        message: 'a cessation needs `basis:`: say in words on what legal basis the State ceased to be party (e.g. the article and the decision ending its membership), or use denunciation/withdrawal if it notified one',
      });
    }
    if (e.action !== 'cessation' && e.basis !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['basis'],
        message: `basis is only for a cessation: move it into note, or change action to cessation if the State ceased to be party without notifying a denunciation`,
      });
    }
  });
export type TreatyEvent = z.infer<typeof treatyEventSchema>;

export const countryRecordSchema = z
  .strictObject({
    /** ISO3 code of the country. */
    country: countryId,
    /**
     * Date up to which the cited evidence reflects the depositary's record (scrape date, the
     * "status as at" line, the date of a national list), at the source's precision. On records
     * with events or none; never on unknown records; never later than when the sources were read.
     */
    asOf: isoDate.optional(),
    /** Acts in date order (empty when the country has taken none). */
    events: z.array(treatyEventSchema).default([]),
    /** Explicit "not party": the depositary lists no act by this country. */
    none: z.strictObject({ sources: citations, note: text.optional(), noteRu: ruText.optional() }).optional(),
    /** Why the status could not be verified (only when neither events nor none can be sourced). */
    unknown: text.optional(),
    /**
     * "Not open to this State": the treaty's own terms close it to this country (e.g. ECHR
     * Article 59: only members of the Council of Europe may sign). `basis` names the provision,
     * `sources` cite the treaty text (and, where needed, the record of membership), `note` explains.
     * Applies at every date: if the country becomes eligible, replace it with `none` or `events`.
     */
    notOpen: z.strictObject({ basis: text, basisRu: ruText.optional(), note: text.optional(), noteRu: ruText.optional(), sources: citations }).optional(),
  })
  .superRefine((record, ctx) => {
    const kinds = [record.events.length > 0, record.none !== undefined, record.unknown !== undefined, record.notOpen !== undefined].filter(Boolean);
    if (record.unknown !== undefined && record.asOf !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['asOf'],
        message: 'an unknown record has no evidence date: remove asOf (it belongs on records with events or none)',
      });
    }
    if (kinds.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message:
          'give exactly one of: events (dated acts), none (the depositary lists no act, with sources), notOpen (the treaty is closed to this State, with the provision as basis and sources) or unknown (why it could not be verified)',
      });
    }
    for (let i = 1; i < record.events.length; i++) {
      const previous = record.events[i - 1]!;
      const current = record.events[i]!;
      if (isBefore(current.date, previous.date)) {
        ctx.addIssue({ code: 'custom', path: ['events', i, 'date'], message: `events must be listed in date order: this one (${current.date}) is listed after one dated ${previous.date}; reorder them or check the dates` });
      }
    }
    const signature = record.events.find((e) => e.action === 'signature');
    const binding = record.events.find((e) => e.action === 'ratification' || e.action === 'acceptance' || e.action === 'approval');
    if (signature && binding && isBefore(binding.date, signature.date)) {
      ctx.addIssue({ code: 'custom', path: ['events'], message: `${binding.action} (${binding.date}) is dated before signature (${signature.date}): check both dates against the depositary` });
    }
  });
export type CountryRecord = z.infer<typeof countryRecordSchema>;

export const ratificationFileSchema = z.strictObject({
  /** Id of the treaty these records are for (a file in content/treaties/). */
  treaty: slugId,
  /** One entry per country; all twelve must be present. */
  countries: z.array(countryRecordSchema),
});
export type RatificationFile = z.infer<typeof ratificationFileSchema>;
