/**
 * Ratification records: one file per treaty, one entry per country. Each country has dated
 * events (the acts the depositary records), an explicit `none` (the depositary lists no act),
 * or `unknown` (could not be verified). Status at any date is derived from these, never stored.
 */
import { z } from 'astro/zod';
import { citations, countryId, isoDate, slugId, text } from './common.ts';

export const TREATY_ACTIONS = [
  'signature', 'ratification', 'accession', 'succession', 'acceptance', 'approval', 'denunciation', 'withdrawal',
] as const;
export type TreatyAction = (typeof TREATY_ACTIONS)[number];

export const treatyEventSchema = z
  .strictObject({
    /** Kind of act recorded by the depositary. */
    action: z.enum(TREATY_ACTIONS, { error: `action must be one of ${TREATY_ACTIONS.join(', ')}` }),
    /** Date of the act (deposit of the instrument, or signature), as the depositary gives it. */
    date: isoDate,
    /** Date the act took effect, only where the depositary gives it. */
    effective: isoDate.optional(),
    /** E.g. the domestic act's date where it differs from the deposit date. */
    note: text.optional(),
    /** Depositary record(s) for this act. */
    sources: citations,
  })
  .refine((e) => !e.effective || e.effective >= e.date.slice(0, e.effective.length), {
    message: 'effective date is before the date of the act: effect cannot precede deposit',
    path: ['effective'],
  });
export type TreatyEvent = z.infer<typeof treatyEventSchema>;

export const countryRecordSchema = z
  .strictObject({
    /** ISO3 code of the country. */
    country: countryId,
    /** Acts in date order (empty when the country has taken none). */
    events: z.array(treatyEventSchema).default([]),
    /** Explicit "not party": the depositary lists no act by this country. */
    none: z.strictObject({ sources: citations, note: text.optional() }).optional(),
    /** Why the status could not be verified (only when neither events nor none can be sourced). */
    unknown: text.optional(),
  })
  .superRefine((record, ctx) => {
    const kinds = [record.events.length > 0, record.none !== undefined, record.unknown !== undefined].filter(Boolean);
    if (kinds.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message:
          'give exactly one of: events (dated acts), none (the depositary lists no act, with sources) or unknown (why it could not be verified)',
      });
    }
    for (let i = 1; i < record.events.length; i++) {
      const previous = record.events[i - 1]!;
      const current = record.events[i]!;
      if (current.date < previous.date) {
        ctx.addIssue({ code: 'custom', path: ['events', i, 'date'], message: `events must be listed in date order: this one (${current.date}) is listed after one dated ${previous.date}; reorder them or check the dates` });
      }
    }
    const signature = record.events.find((e) => e.action === 'signature');
    const binding = record.events.find((e) => e.action === 'ratification' || e.action === 'acceptance' || e.action === 'approval');
    if (signature && binding && binding.date < signature.date) {
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
