/**
 * Editorial choices the site presents, kept as data (content/editorial/) rather than in code:
 * which PoA paragraphs each legislation topic answers to, and the dated views of the matrices
 * (the source documents' dates, with the prose that explains each date).
 */
import { z } from 'astro/zod';
import { LAW_TOPICS, countryId, isoDate, slugId, text } from './common.ts';
import { ruText } from './translation.ts';

/** A topic of the legislation matrix (content/editorial/law-topics/<topic>.yaml). */
export const lawTopicSchema = z.strictObject({
  /** The topic, one of the law topics in src/schemas/common.ts. */
  id: z.enum(LAW_TOPICS, { error: `must be one of the law topics: ${LAW_TOPICS.join(', ')}` }),
  /** PoA paragraphs bearing on legislation on the topic, in the order shown (column headings, law and country pages). */
  poaParagraphs: z.array(z.number().int().min(1).max(149)).min(1, { message: 'name at least one PoA paragraph (1-149)' }),
});
export type LawTopicEntry = z.infer<typeof lawTopicSchema>;

/** A date at which the site shows the legislation matrix, with its label. */
const legislationDate = z.strictObject({
  /** The date the legislation is shown at. */
  at: isoDate,
  /** How the date is named in the list of other dates on the legislation matrix, e.g. "28 May 2004 (Minsk review)". */
  label: text,
  /** label in Russian (the site's translation), e.g. "28 мая 2004 года (Минское совещание)". */
  labelRu: ruText.optional(),
  /** How the date is named in a country page's history of each topic, e.g. "28 May 2004". */
  historyLabel: text,
});

/**
 * A dated view of the matrices at a source document's date (content/editorial/snapshots/<slug>.yaml):
 * /matrix/<slug>/ (the treaty matrix beside what the document states) and /matrix/legislation/<slug>/.
 */
export const snapshotSchema = z.strictObject({
  /** Public id, part of the addresses /matrix/<slug>/ and /matrix/legislation/<slug>/, e.g. "2004". */
  slug: z.string().regex(/^\d{4}$/, { message: 'must be the year of the document, e.g. "2004"' }),
  /** The seed source whose statements the treaty matrix is compared with (content/sources/<id>.yaml). */
  document: slugId,
  /** Title of the treaty matrix page, after "Treaty matrix: ". */
  title: text,
  /** The title in Russian (the site's own). */
  titleRu: ruText.optional(),
  /** Date of the treaty matrix when it differs from the assertion file's asOf (the reason goes in dateNote). */
  matrixDate: isoDate.optional(),
  /** What the date stands for, shown in brackets after it. */
  dateNote: text.optional(),
  /** dateNote in Russian (the site's translation). */
  dateNoteRu: ruText.optional(),
  /** A notice shown above the treaty matrix. */
  intro: text.optional(),
  /** intro in Russian (the site's translation). */
  introRu: ruText.optional(),
  /** The countries shown, when the document covers only some of the twelve. */
  countries: z.array(countryId).min(1).optional(),
  /** Organizations whose membership is shown at the date (content/organizations/<id>.yaml), in column order. */
  organizations: z.array(slugId).min(1).optional(),
  /** The legislation matrix at the document's date. */
  legislation: legislationDate,
});
export type Snapshot = z.infer<typeof snapshotSchema>;
