/** A document a fact is taken from: one of the five seed documents, or a public web page. */
import { z } from 'astro/zod';
import { isoDate, slugId, text } from './common.ts';

const sourceBase = {
  /** Stable id, used in citations and in the URL /sources/<id>/. */
  id: slugId,
  /** Title of the document or page, as it titles itself. */
  title: text,
  /** Who published it (e.g. "United Nations Treaty Collection", "UNHCR"). */
  publisher: text.optional(),
  /** Date of the document itself, at its own precision. */
  date: isoDate.optional(),
  /** Anything a reader should know about how it was read. */
  note: text.optional(),
};

/** One of the five documents in shared/seeds, published verbatim on the site. */
export const seedSourceSchema = z.strictObject({
  ...sourceBase,
  kind: z.literal('seed'),
  /** File name in shared/seeds/. */
  file: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, { message: 'must be a seed file name such as "000_196af0d4bbf060ca.txt"' }),
  /** A short label used in citations, e.g. "2000 assessment". */
  shortTitle: text,
  date: isoDate,
});

/** A public page (depositary record, legal database) read on a given date. */
export const webSourceSchema = z.strictObject({
  ...sourceBase,
  kind: z.literal('web'),
  /** The page's address. */
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }),
  /** The date the page was read. */
  accessed: isoDate,
});

export const sourceSchema = z.discriminatedUnion('kind', [seedSourceSchema, webSourceSchema], {
  error: 'kind must be "seed" (a seed document) or "web" (a public page with url and accessed)',
});
export type Source = z.infer<typeof sourceSchema>;
export type SeedSource = z.infer<typeof seedSourceSchema>;
export type WebSource = z.infer<typeof webSourceSchema>;
