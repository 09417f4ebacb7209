import { describe, expect, it } from 'vitest';
import { searchBestBets } from '../../src/lib/views/search.ts';
import { routes } from '../../src/lib/routes.ts';
import type { Country } from '../../src/schemas/country.ts';

const kazakhstan = {
  id: 'KAZ', slug: 'kazakhstan', name: 'Kazakhstan', officialName: 'Republic of Kazakhstan', region: 'central-asia',
  nameRu: { text: 'Казахстан', origin: 'official', source: 'x', locator: 'row' },
  officialNameRu: { text: 'Республика Казахстан', origin: 'site-translation' },
  namesInSources: [{ text: 'Kazakstan', source: 'seed-1996-poa', locator: 'line 1426' }], institutions: [],
} as Country;

describe('search best bets', () => {
  it('lead every name of a country, in either language and as the sources spell it, to its page in the page language', () => {
    const [ru] = searchBestBets({ countryList: [kazakhstan] }, 'ru');
    expect(ru).toEqual({ names: ['kazakhstan', 'republic of kazakhstan', 'казахстан', 'республика казахстан', 'kazakstan'], name: 'Казахстан', url: routes('ru').country('kazakhstan') });
    const [en] = searchBestBets({ countryList: [kazakhstan] }, 'en');
    expect(en?.name).toBe('Kazakhstan');
    expect(en?.url).toBe('/countries/kazakhstan/');
  });
});
