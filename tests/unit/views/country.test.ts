import { describe, expect, it } from 'vitest';
import { buildCountryPageData } from '../../../src/lib/views/country.ts';
import { buildGapBrief, buildGapBriefPage, gapBriefCsv } from '../../../src/lib/views/gaps.ts';
import { routes } from '../../../src/lib/routes.ts';
import { statusSay } from '../../../src/lib/views/words.ts';
import { cellDetail, STATE_LABELS, type Status } from '../../../src/lib/derive/status.ts';
import { membershipFileSchema, organizationSchema } from '../../../src/schemas/organization.ts';
import { country, coverage, law, smallModel, treaty } from '../../support/small-model.ts';

const cite = [{ source: 'web-test', locator: 'page 1' }];
const kaz = country({
  id: 'KAZ', slug: 'kazakhstan', name: 'Kazakhstan', officialName: 'Republic of Kazakhstan', region: 'central-asia',
  nameRu: { text: 'Казахстан', origin: 'official', source: 'web-test', locator: 'list of countries' },
  officialNameRu: { text: 'Республика Казахстан', origin: 'site-translation' },
  institutions: [{ name: 'Migration Agency', established: '1997', note: 'Formed by reorganisation.', noteRu: 'Образовано путём реорганизации.', source: 'web-test', locator: 'p. 2' }],
});
const model = smallModel({
  countries: [kaz],
  lawTopics: [{ id: 'refugees-asylum', poaParagraphs: [43, 13] }, { id: 'trafficking', poaParagraphs: [42] }],
  treaties: [treaty({ id: 'refugee-convention-1951', shortName: '1951 Refugee Convention', shortNameRu: 'Конвенция 1951 года', adopted: '1951-07-28' })],
  laws: [
    law({ id: 'kaz-2009-law-refugees', title: 'Law on Refugees', titleRu: 'Закон о беженцах', adopted: '2009-12-04', topics: ['refugees-asylum'], status: 'in-force', statusAsOf: '2023-04-19' }),
    law({ id: 'kaz-2011-law-migration', title: 'Law on Migration', adopted: '2011-07-22', topics: ['migration-entry-stay'] }),
  ],
  lawCoverage: [
    coverage({
      country: 'KAZ',
      topics: [{ topic: 'trafficking', outcome: 'unknown', note: 'Not established.', noteRu: 'Не установлено.' }],
    }),
  ],
  organizations: [organizationSchema.parse({ id: 'cis', name: 'Commonwealth of Independent States', nameRu: { text: 'Содружество Независимых Государств', origin: 'authentic', source: 'web-test', locator: 'Charter' }, shortName: 'CIS', summary: 'S.', sources: cite })],
  memberships: [membershipFileSchema.parse({ organization: 'cis', members: [{ country: 'KAZ', role: 'founding-member', joined: '1991-12-21', note: 'Signed the Alma-Ata Protocol.', noteRu: 'Подписал Алма-Атинский протокол.', sources: cite }] })],
});

describe('the country page view', () => {
  it('names the country in Russian with the source of an official name, and keeps the English name beside it', () => {
    const page = buildCountryPageData(model, 'KAZ', 'ru');
    expect(page.name).toMatchObject({ text: 'Казахстан', origin: 'official' });
    expect(page.nameSource).toEqual({ source: 'web-test', locator: 'list of countries' });
    expect(page.englishName).toBe('Kazakhstan');
    expect(page.officialName).toEqual({ text: 'Республика Казахстан', lang: 'ru', origin: 'site-translation' });
    const en = buildCountryPageData(model, 'KAZ', 'en');
    expect(en.name).toEqual({ text: 'Kazakhstan', lang: 'en' });
    expect(en.nameSource).toBeUndefined();
    expect(en.englishName).toBeUndefined();
  });

  it('gives the search index the Russian name and region on a Russian page', () => {
    expect(buildCountryPageData(model, 'KAZ', 'ru').search).toEqual({ kind: 'Страна', context: 'Центральная Азия', filters: { country: ['Казахстан'] } });
    expect(buildCountryPageData(model, 'KAZ', 'en').search).toEqual({ kind: 'Country', context: 'Central Asia', filters: { country: ['Kazakhstan'] } });
  });

  it('builds links in the page language and keeps the feed language-neutral', () => {
    for (const lang of ['en', 'ru'] as const) {
      const r = routes(lang);
      const page = buildCountryPageData(model, 'KAZ', lang);
      expect(page.links).toEqual({ countries: r.countries(), overview: `${r.countries()}#overview`, gaps: r.countryGaps('kazakhstan'), feed: '/countries/kazakhstan/feed.xml' });
      expect(page.profile[0]!.link.href).toBe(r.treatyCountry('refugee-convention-1951', 'KAZ'));
      const refugees = page.lawsByTopic.find((s) => s.topic === 'refugees-asylum')!;
      expect(refugees.laws[0]!.href).toBe(r.law('kaz-2009-law-refugees'));
      expect(refugees.paragraphs.map((p) => p.href)).toEqual([r.poaParagraph(43), r.poaParagraph(13)]);
    }
  });

  it('writes topics, law labels, dates and the coverage notes in Russian, falling back to the derivation\'s own words', () => {
    const page = buildCountryPageData(model, 'KAZ', 'ru');
    const refugees = page.lawsByTopic.find((s) => s.topic === 'refugees-asylum')!;
    expect(refugees).toMatchObject({ label: 'Беженцы и убежище', stateLabel: 'Действует' });
    expect(refugees.laws[0]).toMatchObject({ kind: 'Закон', adopted: ', 4 декабря 2009 г.', status: 'Действует на 19 апреля 2023 г.' });
    expect(refugees.laws[0]!.text).toEqual({ text: 'Закон о беженцах', lang: 'ru', origin: 'site-translation' });
    expect(page.lawsByTopic.find((s) => s.topic === 'trafficking')!.note).toEqual({ text: 'Не установлено.', lang: 'ru', origin: 'site-translation' });
    expect(page.lawsByTopic.find((s) => s.topic === 'migration-entry-stay')!.note).toEqual({
      text: 'Акт по этой теме зарегистрирован, но ни один прочитанный источник не подтверждает, что он действует.', lang: 'ru',
    });
    expect(page.translated).toBe(true);
    expect(buildCountryPageData(model, 'KAZ', 'en').translated).toBe(false);
  });

  it('says memberships in Russian, with the organization\'s Russian name and our note', () => {
    const [cis] = buildCountryPageData(model, 'KAZ', 'ru').memberships;
    expect(cis!.name.text).toBe('Содружество Независимых Государств (CIS)');
    expect(cis!.state).toBe('Член (учредитель)');
    expect(cis!.detail.map((d) => d.sep + d.value.text).join('')).toBe('Член (учредитель), вступила 21 декабря 1991 г., Подписал Алма-Атинский протокол.');
    const [english] = buildCountryPageData(model, 'KAZ', 'en').memberships;
    expect(english!.state).toBe('Member (founding)');
    expect(english!.detail.map((d) => d.sep + d.value.text).join('')).toBe('founding-member, joined 1991-12-21, Signed the Alma-Ata Protocol.');
  });

  it('gives institutions their dates and notes in the page language, and their names as the source writes them', () => {
    expect(buildCountryPageData(model, 'KAZ', 'ru').institutions[0]).toMatchObject({ name: 'Migration Agency', established: ' (создано 1997)', note: { text: 'Образовано путём реорганизации.' } });
  });
});

describe('the gap brief view', () => {
  it('lists the same rows in both languages, with Russian labels and links on the Russian page', () => {
    const ru = buildGapBriefPage(model, 'KAZ', '2026-11-29', 'ru');
    const en = buildGapBriefPage(model, 'KAZ', '2026-11-29', 'en');
    expect(ru.topics.map((row) => row.link.href)).toEqual(en.topics.map((row) => row.link.href.replace(/^\//, '/ru/')));
    const trafficking = ru.topics.find((row) => row.link.label === 'Торговля людьми')!;
    expect(trafficking.link.href).toBe(routes('ru').countryAnchor('kazakhstan', 'topic-trafficking'));
    expect(trafficking.note).toEqual({ text: 'Не установлено.', lang: 'ru', origin: 'site-translation' });
    expect(ru.treaties[0]!.link.text.text).toBe('Конвенция 1951 года');
    expect(ru.links.csv).toBe('/countries/kazakhstan/gaps.csv');
    expect(ru.date).toBe('29 ноября 2026 г.');
    expect(ru.translated).toBe(true);
  });

  it('keeps the CSV in English whatever the page language', () => {
    const csv = gapBriefCsv(buildGapBrief(model, 'KAZ', '2026-11-29'));
    expect(csv).toContain('Trafficking in persons');
    expect(csv).toContain('/countries/kazakhstan/#topic-trafficking');
    expect(csv).not.toMatch(/[\u0400-\u04FF]/);
  });
});

describe('how a status is said', () => {
  const accession = { state: 'party', behind: false, stale: false, declarations: [], decidingEvent: { action: 'accession', date: '1998-12-15', sources: cite } } as unknown as Status;
  const unknown = { state: 'unknown', behind: false, stale: false, declarations: [] } as unknown as Status;

  it('keeps the derivation\'s own words on English pages', () => {
    const say = statusSay('en');
    expect([say.label('party'), say.detail(accession), say.actionLabel('accession')]).toEqual([STATE_LABELS.party, cellDetail(accession), 'Accession']);
  });

  it('says the state, the deciding act and its date in Russian on Russian pages', () => {
    const say = statusSay('ru');
    expect([say.label('party'), say.detail(accession), say.actionLabel('accession')]).toEqual(['Участник', 'присоединение от 15 декабря 1998 г.', 'Присоединение']);
    expect([say.label('unknown'), say.detail(unknown)]).toEqual(['Неизвестно', 'не проверено']);
  });
});
