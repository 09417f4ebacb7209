/** A seed document (2000 assessment, 2005 SG report, 2011 paper) rendered as ordered blocks. */
import { z } from 'astro/zod';
import { lineRange, slugId, text } from './common.ts';

const anchorId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'anchor ids are lower-case kebab-case, e.g. "para-11"' });
const blockBase = {
  id: anchorId,
  lines: lineRange,
  /** Editorial note shown with the block (e.g. what the extraction lost around it). */
  note: text.optional(),
};

export const documentBlockSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...blockBase, kind: z.literal('heading'), level: z.number().int().min(1).max(6), text }),
  z.strictObject({ ...blockBase, kind: z.literal('paragraph'), number: z.number().int().min(1).optional(), text }),
  z.strictObject({ ...blockBase, kind: z.literal('list'), items: z.array(text).min(1), ordered: z.boolean().default(false) }),
  z.strictObject({
    ...blockBase,
    kind: z.literal('table'),
    caption: text,
    columns: z.array(z.string()),
    rows: z.array(z.array(z.string())),
  }),
  z.strictObject({ ...blockBase, kind: z.literal('footnote'), number: z.union([z.number().int(), z.string()]).optional(), /** The footnote mark as printed ("1", "*"). */ marker: z.string().optional(), /** Where the footnote runs on at the foot of the next page. */ continuedLines: lineRange.optional(), text }),
  /** A passage the source itself lost: shown plainly to readers. */
  z.strictObject({ ...blockBase, kind: z.literal('lost'), note: text }),
], { error: 'kind must be one of heading, paragraph, list, table, footnote, lost' });
export type DocumentBlock = z.infer<typeof documentBlockSchema>;

export const sourceDocumentSchema = z.strictObject({
  /** The seed source this renders (content/sources/<id>.yaml). */
  source: slugId,
  blocks: z.array(documentBlockSchema).min(1),
});
export type SourceDocument = z.infer<typeof sourceDocumentSchema>;
