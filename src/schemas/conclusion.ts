/**
 * A paragraph of the 2004 Minsk Chair's Conclusions. The document has no numbers: ids are ours,
 * "<heading-slug>-<n>" (see content/conclusions-2004/README.md), and are public anchors.
 */
import { z } from 'astro/zod';
import { lineRange, slugId, text } from './common.ts';
import { poaRef } from './poa.ts';
import { ruText } from './translation.ts';

/** The written form of a conclusion id: the heading's slug and the conclusion's position under it, "refugee-3". */
export const CONCLUSION_ID = /^[a-z]+(?:-[a-z]+)*-\d+$/;

/** The position of a conclusion under its heading, from its id ("refugee-3" → 3; throws on anything the schema refuses). */
export function conclusionPosition(id: string): number {
  if (!CONCLUSION_ID.test(id)) throw new Error(`"${id}" is not a conclusion id "<heading-slug>-<n>"`);
  return Number(id.slice(id.lastIndexOf('-') + 1));
}

export const conclusionSchema = z.strictObject({
  /** Permanent anchor, e.g. "refugee-3": /conclusions/2004/#refugee-3. */
  id: z.string().regex(CONCLUSION_ID, { message: 'must be "<heading-slug>-<n>", e.g. "refugee-3"' }),
  /** The heading it stands under, verbatim. */
  heading: text,
  /** Position in the document, from 1. */
  order: z.number().int().min(1),
  /** Verbatim text. */
  text,
  lines: lineRange,
  /** PoA paragraphs this conclusion takes up, each with a reason shown to readers. */
  poaLinks: z
    .array(z.strictObject({ paragraph: poaRef, reason: text, /** Russian version of the reason (the site's translation). */ reasonRu: ruText.optional() }))
    .default([]),
  /** Treaties it names. */
  treaties: z.array(slugId).default([]),
  /** The paragraph of the 2005 Secretary-General report that restates it. */
  sgReport: z
    .strictObject({
      paragraph: z.number().int().min(1).max(66),
      wording: z.enum(['same', 'differs', 'summarised']),
      note: text.optional(),
      noteRu: ruText.optional(),
    })
    .refine((s) => s.wording === 'same' || s.note !== undefined, {
      message: 'say how the wording differs in `note`',
      path: ['note'],
    })
    .optional(),
});
export type Conclusion = z.infer<typeof conclusionSchema>;
