import { describe, expect, it } from 'vitest';
import {
  comparePartialDates, endOfPeriod, formatDate, happenedBy, isAfter, isBefore, isPartialDate, notAfter, parsePartialDate,
  sortPartialDates, startOfPeriod,
} from '../../src/lib/partial-date.ts';
import { countryRecordSchema } from '../../src/schemas/ratification.ts';
import { isoDate } from '../../src/schemas/common.ts';
import { poaRef } from '../../src/schemas/poa.ts';

describe('dates at the precision of the source', () => {
  it('a year-only act counts as done only once the whole year has passed', () => {
    expect(happenedBy('1993', '1993-06-30')).toBe(false);
    expect(happenedBy('1993', '1993-12-31')).toBe(true);
  });
  it('the end of a month period respects leap years', () => {
    expect(endOfPeriod('2000-02')).toBe('2000-02-29');
    expect(endOfPeriod('1999-02')).toBe('1999-02-28');
    expect(startOfPeriod('1999')).toBe('1999-01-01');
  });
  it('formats dates in words without inventing precision', () => {
    expect(formatDate('1993-07-06')).toBe('6 July 1993');
    expect(formatDate('1993-07')).toBe('July 1993');
    expect(formatDate('1993')).toBe('1993');
  });
  it('parses only the three shapes, and only real calendar periods', () => {
    expect(parsePartialDate('1993-07')).toEqual({ year: 1993, month: 7, precision: 'month', text: '1993-07' });
    expect(isPartialDate('1993-02-29')).toBe(false);
    expect(isPartialDate('1996-02-29')).toBe(true);
    expect(isPartialDate('1993-13')).toBe(false);
    expect(isPartialDate('93-07-06')).toBe(false);
    expect(isPartialDate('1993-7-6')).toBe(false);
  });
});

describe('precision-aware comparison', () => {
  it('orders two periods only when one ends before the other starts', () => {
    expect(comparePartialDates('1984', '1985-12-19')).toBe('before');
    expect(comparePartialDates('1986-01', '1985-12-19')).toBe('after');
    expect(comparePartialDates('1985', '1985-12-19')).toBe('overlap');
    expect(comparePartialDates('1985-12', '1985-12-19')).toBe('overlap');
    expect(comparePartialDates('1985-12-19', '1985-12-19')).toBe('same');
    expect(comparePartialDates('1985-11-30', '1985-12')).toBe('before');
  });
  it('string order would get these wrong; the module does not', () => {
    // As strings, '1985' < '1985-12-19': the year would wrongly count as earlier.
    expect('1985' < '1985-12-19').toBe(true);
    expect(isBefore('1985', '1985-12-19')).toBe(false);
    expect(isAfter('1985', '1985-12-19')).toBe(false);
  });
  it('sorts by start of period, coarser first', () => {
    expect(['1993-01-01', '1992-12', '1993', '1993-01'].sort(sortPartialDates)).toEqual(['1992-12', '1993', '1993-01', '1993-01-01']);
  });
  it('a period that starts by the limit is not in the future', () => {
    expect(notAfter('2026', '2026-11-29')).toBe(true);
    expect(notAfter('2026-12', '2026-11-29')).toBe(false);
  });
});

describe('schemas use the partial-date module', () => {
  const source = [{ source: 'untc-v-2', locator: 'row Armenia' }];
  it('accepts a year-only ratification after a same-year signature', () => {
    const result = countryRecordSchema.safeParse({
      country: 'ARM',
      events: [
        { action: 'signature', date: '1985-12-19', sources: source },
        { action: 'ratification', date: '1985', sources: source },
      ],
    });
    expect(result.success).toBe(true);
  });
  it('still refuses a ratification certainly before the signature', () => {
    const result = countryRecordSchema.safeParse({
      country: 'ARM',
      events: [
        { action: 'signature', date: '1985-12-19', sources: source },
        { action: 'ratification', date: '1985-11', sources: source },
      ],
    });
    expect(result.success).toBe(false);
  });
  it('refuses years before 1900', () => {
    expect(isoDate.safeParse('0993').success).toBe(false);
    expect(isoDate.safeParse('1899-12-31').success).toBe(false);
    expect(isoDate.safeParse('1900').success).toBe(true);
  });
  it('PoA references are canonical', () => {
    expect(poaRef.safeParse('47').success).toBe(true);
    expect(poaRef.safeParse('13-c').success).toBe(true);
    const zero = poaRef.safeParse('047');
    expect(zero.success).toBe(false);
    expect(zero.error?.issues[0]?.message).toContain('"47"');
  });
});
