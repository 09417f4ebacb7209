import { describe, expect, it } from 'vitest';
import { endOfPeriod, formatDate, happenedBy } from '../../src/lib/derive/dates.ts';

describe('dates at the precision of the source', () => {
  it('a year-only act counts as done only once the whole year has passed', () => {
    expect(happenedBy('1993', '1993-06-30')).toBe(false);
    expect(happenedBy('1993', '1993-12-31')).toBe(true);
  });
  it('the end of a month period respects leap years', () => {
    expect(endOfPeriod('2000-02')).toBe('2000-02-29');
    expect(endOfPeriod('1999-02')).toBe('1999-02-28');
  });
  it('formats dates in words without inventing precision', () => {
    expect(formatDate('1993-07-06')).toBe('6 July 1993');
    expect(formatDate('1993-07')).toBe('July 1993');
    expect(formatDate('1993')).toBe('1993');
  });
});
