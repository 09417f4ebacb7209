/** A regional organization (CIS, CSTO, SCO, EurAsEC, CICA, ECO) and its members with dates. */
import { ruText, ruTitle } from './translation.ts';
import { z } from 'astro/zod';
import { citations, countryId, isoDate, slugId, text } from './common.ts';

export const organizationSchema = z.strictObject({
  /** Stable id, e.g. "eurasec". */
  id: slugId,
  /** Full name. */
  name: text,
  /** Russian full name with its origin and source. */
  nameRu: ruTitle.optional(),
  /** Abbreviation used in tables, e.g. "EurAsEC". */
  shortName: text,
  /** Date founded (signature of the founding treaty unless the note says otherwise). */
  founded: isoDate.optional(),
  /** What the founding date stands for, where it needs saying. */
  foundedNote: text.optional(),
  foundedNoteRu: ruText.optional(),
  /** Date the organization ceased to exist, if it has. */
  dissolved: isoDate.optional(),
  /** How it ended. */
  dissolvedNote: text.optional(),
  dissolvedNoteRu: ruText.optional(),
  /** Our own short description. */
  summary: text,
  /** Russian version of the summary (the site's translation). */
  summaryRu: ruText.optional(),
  sources: citations,
});
export type Organization = z.infer<typeof organizationSchema>;

export const membershipFileSchema = z.strictObject({
  organization: slugId,
  members: z.array(
    z.looseObject({
      country: countryId,
      role: z.enum(['member', 'associate', 'observer', 'participant', 'founding-member', 'dialogue-partner']),
      joined: isoDate.optional(),
      left: isoDate.optional(),
      suspended: isoDate.optional(),
      note: text.optional(),
      noteRu: ruText.optional(),
      sources: citations,
    }),
  ),
});
export type MembershipFile = z.infer<typeof membershipFileSchema>;
