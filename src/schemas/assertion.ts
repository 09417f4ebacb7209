/**
 * What a seed document states about party status, as of its date, kept apart from the
 * depositary records so the two can be compared.
 */
import { z } from 'astro/zod';
import { countryId, isoDate, lineRange, slugId, text } from './common.ts';

export const STATED_STATUSES = ['party', 'signed', 'not-party', 'unclear'] as const;
export type StatedStatus = (typeof STATED_STATUSES)[number];

const located = { locator: text, lines: lineRange };

export const cellAssertionSchema = z.strictObject({
  ...located,
  kind: z.literal('cell').default('cell'),
  country: countryId,
  /** The treaty the cell is about (the first, when a column covers several). */
  treaty: slugId,
  /** When one column covers several treaties (e.g. "1951 Convention and/or 1967 Protocol"). */
  treaties: z.array(slugId).min(2).optional(),
  /** With `treaties`: true when being party to any of them is what the cell states. */
  anyOf: z.boolean().optional(),
  /** What the document says. */
  stated: z.enum(STATED_STATUSES),
  /** The cell or phrase verbatim. */
  cellText: z.string().optional(),
  statedText: z.string().optional(),
  confidence: z.enum(['high', 'medium', 'low']).optional(),
  note: text.optional(),
});

export const countAssertionSchema = z.strictObject({
  ...located,
  kind: z.literal('count'),
  treaties: z.array(slugId).min(1),
  /** true: party to any of the treaties counts; false: to all. */
  anyOf: z.boolean(),
  countries: z.union([z.literal('all'), z.array(countryId)]),
  /** The number of countries the document states; null when it only implies "not all" (explain in note). */
  statedCount: z.number().int().min(0).nullable(),
  statedText: text,
  note: text.optional(),
});

export const assertionSchema = z.union([countAssertionSchema, cellAssertionSchema]);
export type CellAssertion = z.infer<typeof cellAssertionSchema>;
export type CountAssertion = z.infer<typeof countAssertionSchema>;
export type Assertion = z.infer<typeof assertionSchema>;

/** A column of a source table: its heading and the treaty it stands for. */
export const instrumentSchema = z.strictObject({
  /** The heading as we normalise it (e.g. "CAT84"). */
  heading: text,
  /** The heading exactly as the extracted text has it, when it differs (e.g. split over lines). */
  headingAsExtracted: text.optional(),
  /** Seed lines holding the heading. */
  headingLines: lineRange.optional(),
  /** The table's legend entry for this column, verbatim. */
  legend: text.optional(),
  /** Seed lines holding the legend entry. */
  legendLines: lineRange.optional(),
  /** The treaty the column stands for; null where none of ours fits. */
  treaty: slugId.nullable().optional(),
  /** When the column covers several treaties (e.g. "1951 Convention and/or 1967 Protocol"). */
  treaties: z.array(slugId).min(2).optional(),
  /** With `treaties`: true when being party to any of them is what a mark in the column states. */
  anyOf: z.boolean().optional(),
  /** How the column was read. */
  note: text.optional(),
});

/** An annex of a seed whose table did not survive text extraction, with what is left of it. */
export const lostAnnexSchema = z.strictObject({
  /** Annex number (inferred where the extraction lost it; say so in the file's annexNumberingNote). */
  annex: z.number().int().min(1),
  /** The annex title, verbatim. */
  title: text,
  /** Its subtitle, verbatim. */
  subtitle: text.optional(),
  /** Seed lines of the annex. */
  lines: lineRange,
  /** Column headings that survive, verbatim. */
  columnsSurviving: z.array(text).default([]),
  /** Row labels that survive, verbatim. */
  rowsSurviving: z.array(text).default([]),
  /** Marks that survive in identifiable cells. */
  marksSurviving: z.array(z.strictObject({ row: text, column: text, text, lines: lineRange })).optional(),
  /** Other surviving text fragments, verbatim. */
  textSurviving: text.optional(),
  /** What was lost and how the survivors were located. */
  note: text,
});

export const assertionFileSchema = z.strictObject({
  /** The seed source making the statements. */
  document: slugId,
  /** The date the statements describe. */
  asOf: isoDate,
  /** How the asOf date was established (the seed lines that support it). */
  asOfNote: text.optional(),
  /** Title of the table the assertions come from, verbatim. */
  title: text.optional(),
  /** Seed lines of that table. */
  lines: lineRange.optional(),
  method: text.optional(),
  /** The columns of a source table, mapped to treaty ids (null where none fits). */
  instruments: z.array(instrumentSchema).optional(),
  assertions: z.array(assertionSchema),
  /** Editorial note on the file as a whole (e.g. why it has no cell assertions). */
  note: text.optional(),
  /** Annexes whose tables were lost in the extraction. */
  lostAnnexes: z.array(lostAnnexSchema).optional(),
  /** How the annex numbers were established when the extraction lost them. */
  annexNumberingNote: text.optional(),
  /** Statements on participation that are too vague to record as assertions, and why. */
  notesOnOtherStatements: z.array(z.strictObject({ text, lines: lineRange, note: text })).optional(),
});
export type AssertionFile = z.infer<typeof assertionFileSchema>;
