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
  /** "seed": a seed document, published in full on the site. */
  kind: z.literal('seed'),
  /** File name in shared/seeds/. */
  file: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, { message: 'must be a seed file name such as "000_196af0d4bbf060ca.txt"' }),
  /** A short label used in citations, e.g. "2000 assessment". */
  shortTitle: text,
  date: isoDate,
  /**
   * Where the document's official text in another of the site's languages is read: for each
   * language, a web source (content/sources/<id>.yaml) reproducing that text. The site never
   * translates a seed document; its pages in that language link to this source instead.
   */
  officialTexts: z
    .strictObject({
      /** The web source reproducing the official Russian text, e.g. "cntd-ru-901870816-poa". */
      ru: slugId,
    })
    .optional(),
});

/** A public page (depositary record, legal database) read on a given date. */
export const webSourceSchema = z.strictObject({
  ...sourceBase,
  /** "web": a public page, with its address and the date it was read. */
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
