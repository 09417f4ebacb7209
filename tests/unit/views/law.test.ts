import { describe, expect, it } from 'vitest';
import { buildLawPageData, buildLawsIndexData } from '../../../src/lib/views/law.ts';
import { routes } from '../../../src/lib/routes.ts';
import { country, law, smallModel, treaty } from '../../support/small-model.ts';

const kaz = country({
  id: 'KAZ', slug: 'kazakhstan', name: 'Kazakhstan',
  nameRu: { text: 'Казахстан', origin: 'official', source: 'web-test', locator: 'list of countries' },
});
const withOfficialRussian = law({
  id: 'kaz-2009-law-refugees', title: 'Law on Refugees', adopted: '2009-12-04', status: 'in-force', statusAsOf: '2023-04-19',
  topics: ['refugees-asylum'], treaties: ['refugee-convention-1951'], poa: ['43', '13-c'],
  originalTitles: [{ lang: 'kk', text: 'Босқындар туралы' }, { lang: 'ru', text: 'О беженцах' }],
  titleRu: 'Закон о беженцах', summary: 'A law on refugees.', summaryRu: 'Закон о беженцах и убежище.',
});
const withOurTitle = law({ id: 'kaz-2011-law-migration', title: 'Law on Migration', titleRu: 'Закон о миграции населения', note: 'A note.', adopted: '2011-07' });
const englishOnly = law({ id: 'kaz-1992-law-immigration', title: 'Law on Immigration', replacedBy: ['kaz-2011-law-migration'], status: 'replaced' });
const model = smallModel({
  countries: [kaz],
  treaties: [treaty({ id: 'refugee-convention-1951', shortName: '1951 Refugee Convention', shortNameRu: 'Конвенция 1951 года' })],
  laws: [withOfficialRussian, withOurTitle, englishOnly],
});

describe('the page of a national act', () => {
  it('on a Russian page, takes the official Russian title where the country publishes one and keeps the English title beside it', () => {
    const page = buildLawPageData(model, withOfficialRussian.id, 'ru');
    expect(page.title).toEqual({ text: 'О беженцах', lang: 'ru', origin: 'official' });
    expect(page.englishTitle).toBe('Law on Refugees');
    expect(page.originalTitles).toEqual([
      { lang: 'kk', label: 'Официальное название (казахский):', text: 'Босқындар туралы' },
      { lang: 'ru', label: 'Официальное название (русский):', text: 'О беженцах' },
    ]);
  });

  it('falls back to our Russian translation of the title, marked as ours, and then to the English title marked as English', () => {
    expect(buildLawPageData(model, withOurTitle.id, 'ru').title).toEqual({ text: 'Закон о миграции населения', lang: 'ru', origin: 'site-translation' });
    const english = buildLawPageData(model, englishOnly.id, 'ru');
    expect(english.title).toEqual({ text: 'Law on Immigration', lang: 'en' });
    expect(english.englishTitle).toBeUndefined();
  });

  it('says the summary is our translation only where a Russian summary or note is shown', () => {
    expect(buildLawPageData(model, withOfficialRussian.id, 'ru')).toMatchObject({ translated: true, summary: { lang: 'ru', origin: 'site-translation' } });
    const untranslated = buildLawPageData(model, withOurTitle.id, 'ru');
    expect(untranslated.translated).toBe(false);
    expect(untranslated.summary).toEqual({ text: 'Summary.', lang: 'en' });
    expect(untranslated.note).toEqual({ text: 'A note.', lang: 'en' });
    expect(buildLawPageData(model, withOfficialRussian.id, 'en').translated).toBe(false);
  });

  it('writes labels, dates and the status line in the page language', () => {
    const ru = buildLawPageData(model, withOfficialRussian.id, 'ru');
    expect(ru.kind).toBe('Закон');
    expect(ru.adopted).toBe('4 декабря 2009 г.');
    expect(ru.status).toBe('Действует (по данным источника от 19 апреля 2023 г.)');
    expect(ru.topics.map((t) => t.label)).toEqual(['Беженцы и убежище']);
    const en = buildLawPageData(model, withOfficialRussian.id, 'en');
    expect(en.status).toBe('In force (as stated by a source dated 19 April 2023)');
    expect(buildLawPageData(model, englishOnly.id, 'en').status).toBe('Replaced');
    expect(buildLawPageData(model, withOurTitle.id, 'en').status).toBe('Status unknown: no source read states whether the act is in force');
  });

  it('builds every link from the routes of the page language', () => {
    for (const lang of ['en', 'ru'] as const) {
      const r = routes(lang);
      const page = buildLawPageData(model, withOfficialRussian.id, lang);
      expect(page.countryName.href).toBe(r.country('kazakhstan'));
      expect(page.lawsIndex).toBe(r.laws());
      expect(page.treaties.map((t) => t.href)).toEqual([r.treaty('refugee-convention-1951')]);
      expect(page.poa).toEqual([{ href: r.poaParagraph('43'), label: '¶ 43' }, { href: r.poaInText('13-c'), label: '¶ 13 (c)' }]);
    }
    expect(buildLawPageData(model, withOfficialRussian.id, 'ru').lawsIndex).toBe('/ru/laws/');
  });

  it("lists the act's history with the other act's title in the page language", () => {
    const steps = buildLawPageData(model, englishOnly.id, 'ru').timeline;
    expect(steps).toEqual([
      { date: 'июль 2011 г.', dated: true, step: 'заменён актом', other: { href: routes('ru').law(withOurTitle.id), text: { text: 'Закон о миграции населения', lang: 'ru', origin: 'site-translation' } } },
    ]);
  });

  it('gives the search index Russian metadata on a Russian page, English on an English page', () => {
    expect(buildLawPageData(model, withOfficialRussian.id, 'ru').search).toEqual({
      kind: 'Правовой акт', context: 'Казахстан · Закон · 2009', date: '2009-12-04',
      filters: { country: ['Казахстан'], topic: ['Беженцы и убежище'], treaty: ['Конвенция 1951 года'], year: ['2009'] },
    });
    expect(buildLawPageData(model, withOfficialRussian.id, 'en').search).toEqual({
      kind: 'Law', context: 'Kazakhstan · Law · 2009', date: '2009-12-04',
      filters: { country: ['Kazakhstan'], topic: ['Refugees and asylum'], treaty: ['1951 Refugee Convention'], year: ['2009'] },
    });
  });
});

describe('the register of national acts', () => {
  it('groups the acts by country with titles, labels and dates in the page language', () => {
    const ru = buildLawsIndexData(model, 'ru');
    expect(ru.count).toBe('3');
    expect(ru.downloads.map((d) => d.href)).toEqual(['/data/laws.csv', '/data/laws.json']);
    const kazakhstan = ru.countries.find((c) => c.id === 'KAZ')!;
    expect(kazakhstan.name.text.text).toBe('Казахстан');
    const item = kazakhstan.laws.find((l) => l.id === withOurTitle.id)!;
    expect(item).toMatchObject({ href: '/ru/laws/kaz-2011-law-migration/', kind: 'Закон', adopted: ', июль 2011 г.', topics: 'вне шести тем' });
    expect(item.text.origin).toBe('site-translation');
    const en = buildLawsIndexData(model, 'en').countries[0]!.laws.find((l) => l.id === englishOnly.id)!;
    expect(en).toMatchObject({ href: '/laws/kaz-1992-law-immigration/', adopted: ', date not given', status: 'Replaced' });
  });
});
