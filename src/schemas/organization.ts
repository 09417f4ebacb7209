/** A regional organization (CIS, CSTO, SCO, EurAsEC, CICA, ECO) and its members with dates. */
import { z } from 'astro/zod';
import { citations, countryId, isoDate, slugId, text } from './common.ts';

export const organizationSchema = z.strictObject({
  /** Stable id, e.g. "eurasec". */
  id: slugId,
  /** Full name. */
  name: text,
  /** Abbreviation used in tables, e.g. "EurAsEC". */
  shortName: text,
  /** Date founded (signature of the founding treaty unless the note says otherwise). */
  founded: isoDate.optional(),
  /** What the founding date stands for, where it needs saying. */
  foundedNote: text.optional(),
  /** Date the organization ceased to exist, if it has. */
  dissolved: isoDate.optional(),
  /** How it ended. */
  dissolvedNote: text.optional(),
  /** Our own short description. */
  summary: text,
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
      sources: citations,
    }),
  ),
});
export type MembershipFile = z.infer<typeof membershipFileSchema>;
