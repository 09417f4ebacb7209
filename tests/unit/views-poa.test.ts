/**
 * The views behind the PoA, 2004 conclusions and sources pages, in both languages, on the real
 * content: Russian versions are used where the content has them and English (marked) otherwise;
 * addresses and anchors are the same in both languages apart from the /ru prefix.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Model } from '../../src/lib/model.ts';
import { localizePath } from '../../src/lib/routes.ts';
import {
  buildCategoryPageData, buildPoaIndexPageData, buildPoaParagraphPageData, categoryName, localContextLabel, officialTextLink,
  treatyShortName,
} from '../../src/lib/views/poa.ts';
import { trackerDates } from '../../src/lib/views/poa-tracker.ts';
import { buildConclusionsPageData, conclusionRefLabel } from '../../src/lib/views/conclusions.ts';
import { buildSourcePageData, buildSourcesIndexData, pagesCiting, titleLang } from '../../src/lib/views/sources.ts';
import { realModel } from '../support/model.ts';

let model: Model;
beforeAll(() => {
  model = realModel();
}, 120_000);

const withoutRu = (href: string) => href.replace(/^\/ru\//, '/');

describe('PoA views', () => {
  it('a paragraph gives each conclusion reason in Russian where it is translated, and in English otherwise', () => {
    let checked = 0;
    for (const p of model.poaParagraphs) {
      for (const b of buildPoaParagraphPageData(model, p.number, 'ru').backlinks) {
        const ru = b.conclusion.poaLinks.find((l) => l.paragraph === b.ref)?.reasonRu;
        expect(b.localReason).toEqual(ru ? { text: ru, lang: 'ru', origin: 'site-translation' } : { text: b.reason, lang: 'en' });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('the English paragraph view keeps the English texts and context', () => {
    const data = buildPoaParagraphPageData(model, 13, 'en');
    expect(data.part).toBe('programme');
    expect(buildPoaParagraphPageData(model, 7).part).toBe('declaration');
    expect(data.backlinks.every((b) => b.localReason.lang === 'en' && b.localReason.text === b.reason)).toBe(true);
    expect(data.treaties.every((t) => t.localShortName.text === t.shortName)).toBe(true);
    expect(data.contextLabel).toBe(localContextLabel(data.context, 'en'));
  });

  it('treaty and category names are the Russian ones where the content has them, marked with their origin', () => {
    for (const t of model.treaties) {
      expect(treatyShortName(t, 'ru')).toEqual(t.shortNameRu ? { text: t.shortNameRu, lang: 'ru', origin: 'site-translation' } : { text: t.shortName, lang: 'en' });
    }
    for (const c of model.categories) {
      const name = categoryName(c, 'ru');
      expect(name.text).toBe(c.nameRu?.text ?? c.name);
      expect(name.origin).toBe(c.nameRu?.origin);
    }
  });

  it('a Russian heading context abbreviates "chapter" in Russian and keeps the document\'s headings', () => {
    const p = model.poaParagraphs.find((x) => model.contextByParagraph.get(x.number)?.chapter);
    expect(p).toBeDefined();
    const context = model.contextByParagraph.get(p!.number)!;
    const en = localContextLabel(context, 'en');
    const ru = localContextLabel(context, 'ru');
    expect(en.startsWith('Ch. ')).toBe(true);
    expect(ru).toBe(en.replace(/^Ch\. /, 'Гл. '));
  });

  it('the tracker dates are labelled in the page\'s language at the precision of their source', () => {
    const en = trackerDates(model, '2026-11-29', 'en');
    const ru = trackerDates(model, '2026-11-29', 'ru');
    expect(en.map((d) => d.at)).toEqual(ru.map((d) => d.at));
    expect(en[0]!.label).toBe('May 1996 (Conference)');
    expect(ru[0]!.label).toBe('май 1996 г. (Конференция)');
    expect(ru[2]!.label).toBe('29 ноября 2026 г. (сегодня)');
  });

  it('the Russian PoA pages link to the web source the PoA\'s seed source names for its official Russian text', () => {
    expect(officialTextLink(model, 'en')).toBeUndefined();
    const seed = model.sourceById.get('seed-1996-poa');
    expect(seed?.kind === 'seed' && seed.officialTexts?.ru).toBe('cntd-ru-901870816-poa');
    const source = model.sourceById.get('cntd-ru-901870816-poa');
    expect(source?.kind).toBe('web');
    expect(officialTextLink(model, 'ru')).toEqual({
      href: 'http://docs2.cntd.ru/document/901870816',
      title: { text: 'Программа действий (Женева, 31 мая 1996 года)', lang: 'ru' },
      publisher: source!.publisher,
    });
    expect(buildPoaIndexPageData(model, '2026-11-29', 'ru').officialText).toEqual(officialTextLink(model, 'ru'));
    // Without the seed naming it, or without the source's file, the page only says the text exists.
    const unnamed = { ...model, sourceById: new Map([...model.sourceById].map(([id, s]) => [id, id === 'seed-1996-poa' ? { ...s, officialTexts: undefined } : s])) } as Model;
    expect(officialTextLink(unnamed, 'ru')).toBeUndefined();
    const without = { ...model, sourceById: new Map([...model.sourceById].filter(([id]) => id !== 'cntd-ru-901870816-poa')) } as Model;
    expect(officialTextLink(without, 'ru')).toBeUndefined();
    expect(buildPoaIndexPageData(without, '2026-11-29', 'ru').officialText).toBeUndefined();
  });

  it('the index lists the same trackers and categories in both languages, names localised', () => {
    const en = buildPoaIndexPageData(model, '2026-11-29', 'en');
    const ru = buildPoaIndexPageData(model, '2026-11-29', 'ru');
    expect(ru.trackers.map((t) => t.number)).toEqual(en.trackers.map((t) => t.number));
    expect(ru.categories.map((c) => c.id)).toEqual(en.categories.map((c) => c.id));
    expect(en.trackers.every((t) => t.treatyNames.every((n, i) => n.text === t.treaties[i]!.shortName))).toBe(true);
    expect(ru.items).toEqual(en.items);
  });

  it('a category page lists its tagged paragraphs with the start of their text, and an unknown id fails', () => {
    const category = model.categories[0]!;
    const data = buildCategoryPageData(model, category.id, 'ru');
    expect(data.paragraphs.map((p) => p.number)).toEqual(model.paragraphsByCategory.get(category.id) ?? []);
    expect(data.paragraphs.every((p) => p.excerpt.length <= 140)).toBe(true);
    expect(() => buildCategoryPageData(model, 'no-such-category', 'en')).toThrow(/unknown category/);
  });
});

describe('2004 conclusions view', () => {
  it('has the same ids and anchors in both languages, with links into the Russian PoA pages', () => {
    const en = buildConclusionsPageData(model, 'en');
    const ru = buildConclusionsPageData(model, 'ru');
    const ids = (d: typeof en) => d.groups.flatMap((g) => [g.anchor, ...g.conclusions.map((c) => c.id)]);
    expect(ids(ru)).toEqual(ids(en));
    const hrefs = (d: typeof en) => d.groups.flatMap((g) => g.conclusions.flatMap((c) => c.poaLinks.map((l) => l.href)));
    expect(hrefs(en).length).toBeGreaterThan(10);
    expect(hrefs(en).every((h) => /^\/poa\/\d+\/(#para-\d+-[a-z]+)?$/.test(h))).toBe(true);
    expect(hrefs(ru)).toEqual(hrefs(en).map((h) => `/ru${h}`));
  });

  it('gives reasons and notes in Russian where translated, in English otherwise', () => {
    const ru = buildConclusionsPageData(model, 'ru');
    const byId = new Map(model.conclusions.map((c) => [c.id, c]));
    for (const c of ru.groups.flatMap((g) => g.conclusions)) {
      const source = byId.get(c.id)!;
      c.poaLinks.forEach((l, i) => expect(l.reason.text).toBe(source.poaLinks[i]!.reasonRu ?? source.poaLinks[i]!.reason));
      if (source.sgReport?.note) expect(c.sgNote?.text).toBe(source.sgReport.noteRu ?? source.sgReport.note);
    }
  });

  it('labels a paragraph reference in the page\'s language', () => {
    expect(conclusionRefLabel('13-c')).toBe('Paragraph 13(c)');
    expect(conclusionRefLabel('47', 'en')).toBe('Paragraph 47');
    expect(conclusionRefLabel('13-c', 'ru')).toBe('Пункт 13(c)');
  });
});

describe('sources views', () => {
  it('tells the language of a title by its script, and says "unknown" rather than guess between Cyrillic languages', () => {
    expect(titleLang('Declaration and Programme of Action')).toBe('en');
    expect(titleLang('Программа действий (Женева, 31 мая 1996 года)')).toBe('ru');
    expect(titleLang('Про внесення змін до Закону України "Про біженців"')).toBe('');
    expect(titleLang('Жаппай саяси қуғын-сүргiндер құрбандарын ақтау туралы')).toBe('');
    expect(titleLang('LEGE Nr. 284 din 28.12.2011 pentru modificarea şi completarea unor acte legislative')).toBe('');
  });

  it('lists the pages citing a source with Russian addresses where those pages are built in Russian', () => {
    const id = model.sources.find((s) => pagesCiting(model, s.id).length > 3)!.id;
    const en = pagesCiting(model, id, 'en');
    const ru = pagesCiting(model, id, 'ru');
    expect(ru.map((p) => p.href).sort()).toEqual(en.map((p) => localizePath(p.href, 'ru')).sort());
    expect(ru.every((p) => p.kind === '' || /^[А-Я][а-я]+: $/.test(p.kind))).toBe(true);
  });

  it('links the seed documents to where their text is read, in the page\'s language', () => {
    const ru = buildSourcesIndexData(model, 'ru');
    const poa = ru.seeds.find((s) => s.id === 'seed-1996-poa')!;
    expect(poa.href).toBe('/ru/poa/');
    expect(poa.about).toBe('/ru/sources/seed-1996-poa/');
    const en = buildSourcesIndexData(model, 'en');
    expect(en.web.map((s) => withoutRu(s.href))).toEqual(ru.web.map((s) => withoutRu(s.href)));
  });

  it('a source page counts the passages its document lost', () => {
    const withLost = [...model.documentBySource.values()].find((d) => d.blocks.some((b) => b.kind === 'lost'));
    expect(withLost).toBeDefined();
    const data = buildSourcePageData(model, withLost!.source, 'ru');
    expect(data.lostCount).toBe(withLost!.blocks.filter((b) => b.kind === 'lost').length);
    expect(() => buildSourcePageData(model, 'no-such-source')).toThrow(/unknown source/);
  });

  it('a source page links the two documents published as pages of their own, and no other', () => {
    expect(buildSourcePageData(model, 'seed-1996-poa', 'en').publishedAs).toEqual({ href: '/poa/', name: 'the Programme of Action' });
    expect(buildSourcePageData(model, 'seed-2004-conclusions', 'ru').publishedAs).toEqual({ href: '/ru/conclusions/2004/', name: 'Выводы Председателя 2004 года' });
    const others = model.sources.filter((s) => s.id !== 'seed-1996-poa' && s.id !== 'seed-2004-conclusions');
    expect(others.length).toBeGreaterThan(0);
    for (const s of others) expect(buildSourcePageData(model, s.id).publishedAs, s.id).toBeUndefined();
  });
});
