/**
 * Russian versions of content, and where each comes from. Two kinds:
 *
 * - A **title or name in Russian** (`titleRu`, `nameRu`, `officialNameRu`) says its origin:
 *   `authentic` (Russian is an authentic language of the instrument: UN treaties, CIS agreements),
 *   `official` (a Russian version published by the body or State concerned, e.g. a Council of Europe
 *   or ILO Russian translation, a national Russian-language publication) or `site-translation`
 *   (ours). An authentic or official title names the source that publishes it.
 * - **Prose we wrote in English** (summaries, notes, reasons) has a Russian sibling with the suffix
 *   `Ru` (`summaryRu`, `noteRu`, `reasonRu` …). These are always the site's own translation and the
 *   Russian pages say so.
 *
 * The seed documents are never translated: Russian pages show them in English, marked `lang="en"`.
 */
import { z } from 'astro/zod';
import { slugId, text } from './common.ts';

export const RU_ORIGINS = ['authentic', 'official', 'site-translation'] as const;
export type RuOrigin = (typeof RU_ORIGINS)[number];

/** Cyrillic must be present: a Russian field written in Latin letters is a slip (e.g. the English pasted twice). */
const CYRILLIC = /[\u0400-\u04FF]/;

/** Russian text we wrote (a translation of our own English prose). */
export const ruText = text.refine((value) => CYRILLIC.test(value), {
  message: 'a Russian field must be written in Russian (no Cyrillic letter found): translate the English, or remove the field',
});

/** A title or name in Russian with its origin and, unless it is our translation, the source that publishes it. */
export const ruTitle = z
  .strictObject({
    /** The Russian title or name, exactly as the source writes it (or our translation). */
    text: ruText,
    /** authentic, official or site-translation (see the top of this file). */
    origin: z.enum(RU_ORIGINS, { error: `origin must be one of ${RU_ORIGINS.join(', ')}` }),
    /** Id of a file in content/sources/ that publishes this Russian text (required unless origin is site-translation). */
    source: slugId.optional(),
    /** Where in that source (e.g. "title of the Russian text", "row Kazakhstan"). */
    locator: z.string().min(3, { message: 'say where in the source the Russian title is (e.g. "heading of the Russian text")' }).optional(),
  })
  .refine((title) => title.origin === 'site-translation' || (title.source !== undefined && title.locator !== undefined), {
    message:
      'an authentic or official Russian title needs its source: add `source: <id>` (a file in content/sources/) and `locator:`, or set origin to site-translation if the text is ours',
    path: ['source'],
  });
export type RuTitle = z.infer<typeof ruTitle>;
