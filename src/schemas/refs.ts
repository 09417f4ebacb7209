/**
 * The two kinds of reference written as short strings in the content, parsed in one place:
 * - seed line ranges, "120-134" (`lines:` in citations and in every entry publishing seed text);
 * - Programme of Action references, "47" or "13-c" (a paragraph, or one of its subparagraphs).
 * The schemas validate with these parsers; code that needs the parts asks them too, so the
 * format is written down once. The strings stay as they are in the content and in the downloads.
 */

/** A seed line range: first and last line of the seed file, 1-based and inclusive. */
export interface LineRange {
  start: number;
  end: number;
}

/** The written form of a line range: two numbers joined by a hyphen. */
export const LINE_RANGE = /^\d+-\d+$/;

/** The parts of "start-end", or undefined when the text is not written that way. */
export function parseLineRange(text: string): LineRange | undefined {
  if (!LINE_RANGE.test(text)) return undefined;
  const [start = '', end = ''] = text.split('-');
  return { start: Number(start), end: Number(end) };
}

/** True for a range that starts at line 1 or later and ends at or after its start. */
export function isOrderedLineRange(range: LineRange): boolean {
  return range.start >= 1 && range.start <= range.end;
}

/** The parts of a range that the schema has already accepted (throws on anything else). */
export function lineRangeOf(text: string): LineRange {
  const range = parseLineRange(text);
  if (!range) throw new Error(`"${text}" is not a seed line range 'start-end'`);
  return range;
}

/** A PoA reference: paragraph 13, or its subparagraph (c). */
export interface PoaRef {
  /** The paragraph number, 1-149. */
  paragraph: number;
  /** The subparagraph's letter, when the reference is to one. */
  letter?: string;
}

/** The written form of a PoA reference: "47" or "13-c" (leading zeros are accepted here and refused by the schema). */
export const POA_REF = /^(\d{1,3})(?:-([a-z]))?$/;

/** The parts of "47" or "13-c" (a number is a paragraph), or undefined when it is not a PoA reference. */
export function parsePoaRef(ref: string | number): PoaRef | undefined {
  const match = POA_REF.exec(String(ref));
  if (!match) return undefined;
  return { paragraph: Number(match[1]), ...(match[2] ? { letter: match[2] } : {}) };
}

/** The parts of a reference the schema has already accepted (throws on anything else). */
export function poaRefOf(ref: string | number): PoaRef {
  const parsed = parsePoaRef(ref);
  if (!parsed) throw new Error(`"${ref}" is not a PoA reference such as "47" or "13-c"`);
  return parsed;
}

/** The id form, as written in the content and in anchors after "para-": "47", "13-c". */
export function formatPoaRef(ref: PoaRef): string {
  return `${ref.paragraph}${ref.letter ? `-${ref.letter}` : ''}`;
}

/** The printed form, as a citation gives it: "47", "13(c)". */
export function printPoaRef(ref: PoaRef): string {
  return `${ref.paragraph}${ref.letter ? `(${ref.letter})` : ''}`;
}

/** The canonical form of a PoA reference ("047" -> "47", "013-c" -> "13-c"), or undefined when it is not one. */
export function canonicalPoaRef(ref: string): string | undefined {
  const parsed = parsePoaRef(ref);
  return parsed ? formatPoaRef(parsed) : undefined;
}

/**
 * Footnote markers in verbatim text, as the content writes them: "[12]". The text as alternating
 * pieces, plain text and marker numbers: "a [1] b" → "a ", {footnote: "1"}, " b".
 */
export function footnoteParts(text: string): (string | { footnote: string })[] {
  return text
    .split(/\[(\d+)\]/)
    .map((piece, i) => (i % 2 === 1 ? { footnote: piece } : piece))
    .filter((piece) => piece !== '');
}

/** The numbers of the footnote markers in a text, in order. */
export function footnoteNumbers(text: string): number[] {
  return footnoteParts(text).flatMap((piece) => (typeof piece === 'string' ? [] : [Number(piece.footnote)]));
}
