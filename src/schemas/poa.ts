/**
 * The 1996 Programme of Action: numbered paragraphs 1-149 (the Declaration is 1-7), the headings
 * that structure them, footnotes, and the annexes. Paragraph numbers come from the document and
 * are public URLs (/poa/N/, #para-N, #para-N-x).
 */
import { z } from 'astro/zod';
import { lineRange, slugId, text } from './common.ts';
import { canonicalPoaRef, POA_REF } from './refs.ts';

export { POA_REF, canonicalPoaRef } from './refs.ts';
/** A PoA reference as written in the content: "47" or "13-c" (parsed by src/schemas/refs.ts). */
export const poaRef = z
  .string()
  .regex(POA_REF, { message: 'must be a PoA paragraph number such as "47", or a subparagraph such as "13-c"', abort: true })
  .superRefine((ref, ctx) => {
    const canonical = canonicalPoaRef(ref);
    if (canonical !== ref) {
      ctx.addIssue({ code: 'custom', message: `write the reference as "${canonical}" (no leading zeros): "${ref}" would publish a broken link` });
    }
  });

export const poaSubparagraphSchema = z.strictObject({
  /** The letter as printed, without brackets: "a". */
  label: z.string().regex(/^[a-z]$/, { message: 'must be a single lower-case letter, e.g. "a"' }),
  /** Verbatim text without the "(a)" prefix. */
  text,
});

export const poaParagraphSchema = z
  .strictObject({
    /** Paragraph number as printed (1-149). */
    number: z.number().int().min(1).max(149),
    /** Verbatim text before any subparagraphs; footnote markers stay as "[1]". */
    text: text.optional(),
    /** Lettered subparagraphs, each addressable as #para-N-x. */
    subparagraphs: z.array(poaSubparagraphSchema).default([]),
    /** Verbatim text after the subparagraphs, if any. */
    trailing: text.optional(),
    /** Categories of concern (content/categories) the paragraph addresses. */
    categories: z.array(slugId).default([]),
    /** Treaties (content/treaties) the paragraph names. */
    treaties: z.array(slugId).default([]),
    /** Footnote numbers whose markers occur in the paragraph. */
    footnotes: z.array(z.number().int().min(1)).default([]),
    /** Line range in the seed file. */
    lines: lineRange,
  })
  .refine((p) => p.text !== undefined || p.subparagraphs.length > 0, {
    message: 'a paragraph needs text or subparagraphs',
    path: ['text'],
  })
  .superRefine((p, ctx) => {
    p.subparagraphs.forEach((sub, i) => {
      const expected = String.fromCharCode(97 + i);
      if (sub.label !== expected) {
        ctx.addIssue({ code: 'custom', path: ['subparagraphs', i, 'label'], message: `subparagraph labels must run a, b, c… in order: expected "${expected}", found "${sub.label}"` });
      }
    });
  });
export type PoaParagraph = z.infer<typeof poaParagraphSchema>;

export const HEADING_KINDS = ['part', 'chapter', 'section', 'subsection', 'label', 'annex'] as const;

export const poaHeadingSchema = z.strictObject({
  /** Level of the heading. Labels are "Basis for action", "Objective", "Actions". */
  kind: z.enum(HEADING_KINDS),
  /** Chapter "II", section "II-A", subsection "II-A-1"; null for labels. */
  id: z.string().regex(/^[A-Za-z0-9-]+$/).nullable(),
  /** Heading text verbatim. */
  title: text,
  /** Number of the paragraph the heading introduces (null for the annexes, which follow paragraph 149). */
  firstParagraph: z.number().int().min(1).max(149).nullable(),
  lines: lineRange,
});
export type PoaHeading = z.infer<typeof poaHeadingSchema>;

export const poaStructureSchema = z.strictObject({ headings: z.array(poaHeadingSchema).min(1) });

export const poaFootnoteSchema = z.strictObject({
  number: z.number().int().min(1),
  /** Verbatim footnote text. */
  text,
  lines: lineRange,
});
export const poaFootnotesSchema = z.strictObject({ footnotes: z.array(poaFootnoteSchema).min(1) });
export type PoaFootnote = z.infer<typeof poaFootnoteSchema>;

export const annexOneSchema = z.strictObject({
  /** The annex's own heading, e.g. "ANNEX 1". */
  heading: text,
  title: text,
  lines: lineRange,
  intro: text.optional(),
  /** Lists of participants under their headings; level 2 marks sub-headings. */
  groups: z
    .array(z.strictObject({ heading: text, level: z.number().int().min(1).max(3).default(1), lines: lineRange, entries: z.array(text) }))
    .min(1),
  /** How the interleaved columns were restored. */
  note: text,
  source: slugId.optional(),
});
export type AnnexOne = z.infer<typeof annexOneSchema>;

export const annexTwoSchema = z.strictObject({
  heading: text,
  title: text,
  intro: text.optional(),
  lines: lineRange,
  /** The lead-ins that group the definitions (A: universal, B: CIS working definitions). */
  groups: z
    .array(
      z.strictObject({
        text,
        definitionKind: z.enum(['universal', 'cis-working']),
        categories: z.array(slugId).min(1),
        lines: lineRange,
      }),
    )
    .default([]),
  note: text.optional(),
  source: slugId,
});
export type AnnexTwo = z.infer<typeof annexTwoSchema>;
