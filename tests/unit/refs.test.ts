/**
 * Line ranges ("120-134") and PoA references ("47", "13-c") are parsed by one module; the schemas
 * accept exactly what it parses, and the written forms come back unchanged.
 */
import { describe, expect, it } from 'vitest';
import { lineRange } from '../../src/schemas/common.ts';
import { poaRef } from '../../src/schemas/poa.ts';
import {
  canonicalPoaRef, formatPoaRef, lineRangeOf, parseLineRange, parsePoaRef, poaRefOf, printPoaRef,
} from '../../src/schemas/refs.ts';

describe('seed line ranges', () => {
  it('a range gives its first and last line', () => {
    expect(parseLineRange('120-134')).toEqual({ start: 120, end: 134 });
    expect(lineRangeOf('7-7')).toEqual({ start: 7, end: 7 });
  });
  it('anything not written start-end is not a range', () => {
    for (const text of ['120', '120-', '-134', '120–134', '120 - 134', 'a-b', '1-2-3']) expect(parseLineRange(text), text).toBeUndefined();
    expect(() => lineRangeOf('120')).toThrow(/not a seed line range/);
  });
  it('the schema refuses a range that is not written start-end, or that runs backwards', () => {
    expect(lineRange.safeParse('120-134').success).toBe(true);
    expect(lineRange.safeParse('120').error?.issues[0]?.message).toBe("must be a seed line range 'start-end', e.g. '120-134'");
    expect(lineRange.safeParse('134-120').error?.issues[0]?.message).toBe('must start at line 1 or later and end at or after its start');
    expect(lineRange.safeParse('0-3').error?.issues[0]?.message).toBe('must start at line 1 or later and end at or after its start');
  });
  it('the schema keeps the written form', () => {
    expect(lineRange.parse('120-134')).toBe('120-134');
  });
});

describe('PoA references', () => {
  it('a paragraph reference gives its number, a subparagraph reference its letter too', () => {
    expect(parsePoaRef('47')).toEqual({ paragraph: 47 });
    expect(parsePoaRef('13-c')).toEqual({ paragraph: 13, letter: 'c' });
    expect(parsePoaRef(81)).toEqual({ paragraph: 81 });
  });
  it('anything else is not a reference', () => {
    for (const ref of ['', 'para-47', '13c', '13-C', '13-cd', '1234']) expect(parsePoaRef(ref), ref).toBeUndefined();
    expect(() => poaRefOf('13c')).toThrow(/not a PoA reference/);
  });
  it('the id form and the printed form', () => {
    expect(formatPoaRef(poaRefOf('13-c'))).toBe('13-c');
    expect(printPoaRef(poaRefOf('13-c'))).toBe('13(c)');
    expect(printPoaRef(poaRefOf('47'))).toBe('47');
  });
  it('leading zeros are read, and the schema asks for the canonical form', () => {
    expect(canonicalPoaRef('047')).toBe('47');
    expect(canonicalPoaRef('013-c')).toBe('13-c');
    expect(poaRef.safeParse('013-c').error?.issues[0]?.message).toBe('write the reference as "13-c" (no leading zeros): "013-c" would publish a broken link');
    expect(poaRef.parse('13-c')).toBe('13-c');
  });
});

describe('2004 conclusion ids', () => {
  it('give the position under the heading, and refuse what the schema refuses', async () => {
    const { conclusionPosition, conclusionSchema } = await import('../../src/schemas/conclusion.ts');
    expect(conclusionPosition('refugee-3')).toBe(3);
    expect(conclusionPosition('formerly-deported-peoples-12')).toBe(12);
    for (const id of ['refugee', 'Refugee-3', '3', 'refugee-3a']) {
      expect(() => conclusionPosition(id), id).toThrow(/not a conclusion id/);
      expect(conclusionSchema.shape.id.safeParse(id).success, id).toBe(false);
    }
  });
});

describe('footnote markers in verbatim text', () => {
  it('split the text into plain pieces and marker numbers, and list the numbers in order', async () => {
    const { footnoteParts, footnoteNumbers } = await import('../../src/schemas/refs.ts');
    expect(footnoteParts('States [1] and organizations.[12]')).toEqual(['States ', { footnote: '1' }, ' and organizations.', { footnote: '12' }]);
    expect(footnoteNumbers('a [3] b [10] c')).toEqual([3, 10]);
    // Brackets that are not a number stay text (the seed writes "[sic]" and "[...]").
    expect(footnoteParts('[sic] and [...]')).toEqual(['[sic] and [...]']);
    expect(footnoteNumbers('no markers')).toEqual([]);
  });
});
