/** A regional organization (CIS, CSTO, SCO, EurAsEC, CICA, ECO) and its members with dates. */
import { z } from 'astro/zod';
import { citations, countryId, isoDate, slugId, text } from './common.ts';

export const organizationSchema = z.looseObject({
  id: slugId,
  name: text,
  shortName: text,
  founded: isoDate.optional(),
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
