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
export const isCountAssertion = (a: Assertion): a is CountAssertion => a.kind === 'count';
export const isCellAssertion = (a: Assertion): a is CellAssertion => a.kind === 'cell';

export const assertionFileSchema = z.looseObject({
  /** The seed source making the statements. */
  document: slugId,
  /** The date the statements describe. */
  asOf: isoDate,
  method: text.optional(),
  /** The columns of a source table, mapped to treaty ids (null where none fits). */
  instruments: z.array(z.looseObject({ heading: text, treaty: slugId.nullable().optional() })).optional(),
  assertions: z.array(assertionSchema),
});
export type AssertionFile = z.infer<typeof assertionFileSchema>;
