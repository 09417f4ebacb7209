/** An international or regional instrument, with its depositary reference. */
import { ruText, ruTitle } from './translation.ts';
import { z } from 'astro/zod';
import { TREATY_FAMILIES, citations, isoDate, slugId, text } from './common.ts';
import { isBefore } from '../lib/partial-date.ts';

export const treatySchema = z
  .strictObject({
    /** Stable id, e.g. "refugee-convention-1951"; URL /treaties/<id>/. */
    id: slugId,
    /** Short name shown in matrices, e.g. "1951 Refugee Convention". */
    shortName: text,
    /** Full official title. */
    title: text,
    /** The Russian title with its origin (authentic for UN and CIS instruments) and source. */
    titleRu: ruTitle.optional(),
    /** Short name in Russian for matrices (ours). */
    shortNameRu: ruText.optional(),
    /** Family used to group matrix columns. */
    family: z.enum(TREATY_FAMILIES),
    /** Date adopted or opened for signature. */
    adopted: isoDate.optional(),
    /** Date of entry into force. */
    entryIntoForce: isoDate.optional(),
    /** Depositary (e.g. "Secretary-General of the United Nations"). */
    depositary: text.optional(),
    /** Depositary reference, e.g. "UNTC V-2", "CETS 005", "ILO C097". */
    depositaryRef: text.optional(),
    /** Our own short description (never copied). */
    summary: text,
    /** Russian version of the summary (the site's translation). */
    summaryRu: ruText.optional(),
    /** How the seed documents name it, to help search. */
    namesInSources: z.array(text).default([]),
    /** Editorial note (e.g. what a seed says about participation). */
    note: text.optional(),
    /** Russian version of the note (the site's translation). */
    noteRu: ruText.optional(),
    /** Where the treaty facts above come from. */
    sources: citations,
  })
  .refine((t) => !t.adopted || !t.entryIntoForce || !isBefore(t.entryIntoForce, t.adopted), {
    message: 'entryIntoForce is before adopted: check both dates against the depositary',
    path: ['entryIntoForce'],
  });
export type Treaty = z.infer<typeof treatySchema>;
