import { describe, expect, it } from 'vitest';
import { capitalise, formatDate, formatNumber, plural } from '../../src/i18n/format.ts';
import { formatDate as formatDateEnglish } from '../../src/lib/partial-date.ts';

describe('formatting in the reader\'s language', () => {
  it('keeps a partial date at its precision in both languages', () => {
    expect(formatDate('1993-07-06', 'en')).toBe('6 July 1993');
    expect(formatDate('1993-07', 'en')).toBe('July 1993');
    expect(formatDate('1993', 'en')).toBe('1993');
    expect(formatDate('1993-07-06', 'ru')).toBe('6 июля 1993 г.');
    expect(formatDate('1993-07', 'ru')).toBe('июль 1993 г.');
    expect(formatDate('1993', 'ru')).toBe('1993');
  });

  it('formats English dates exactly as the existing English formatter does', () => {
    for (const d of ['1951-07-28', '2004-05', '1996', '2026-11-01']) expect(formatDate(d, 'en')).toBe(formatDateEnglish(d));
  });

  it('chooses Russian plural forms by the CLDR rules', () => {
    const forms = { one: '# страна', few: '# страны', many: '# стран', other: '# страны' };
    expect([1, 2, 5, 11, 21, 22].map((n) => plural('ru', n, forms))).toEqual(['1 страна', '2 страны', '5 стран', '11 стран', '21 страна', '22 страны']);
    expect(plural('en', 1, { one: '# country', other: '# countries' })).toBe('1 country');
    expect(formatNumber(1234, 'ru')).toBe('1\u00a0234');
  });

  it('capitalises the first letter only, in the language\'s own rules', () => {
    expect(capitalise('accession')).toBe('Accession');
    expect(capitalise('прекращение участия', 'ru')).toBe('Прекращение участия');
    expect(capitalise('ceased to be party')).toBe('Ceased to be party');
    expect(capitalise('')).toBe('');
  });
});
