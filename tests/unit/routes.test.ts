import { describe, expect, it } from 'vitest';
import { pageOf, localizePath, PAGES, files, langFromParam, languagePaths, localize, localizedPaths, routes, splitLang, switchLang } from '../../src/lib/routes.ts';

describe('routes', () => {
  it('builds English addresses at the root and Russian ones under /ru/ with the same path', () => {
    expect(routes('en').poaParagraph(47)).toBe('/poa/47/');
    expect(localize('/countries/kazakhstan/gaps/', 'ru')).toBe('/ru/countries/kazakhstan/gaps/');
    expect(routes().home()).toBe('/');
    expect(localize('/poa/47/', 'ru')).toBe('/ru/poa/47/');
  });

  it('names every page it builds, and each name addresses a page of that kind', () => {
    const ru = routes('ru');
    expect(ru.law('kaz-1997-law-population-migration')).toBe('/ru/laws/kaz-1997-law-population-migration/');
    expect(pageOf(routes().matrixSnapshot('2004'))).toBe('matrixSnapshot');
    expect(pageOf(routes().legislationSnapshot('2004'))).toBe('legislationSnapshot');
    expect(new Set(PAGES).size).toBe(PAGES.length);
  });

  it('addresses a paragraph reference at its deepest level', () => {
    expect(routes().poaRef('13')).toBe('/poa/13/');
    expect(routes().poaRef('13-c')).toBe('/poa/13/#para-13-c');
    expect(routes().poaInText('13-c')).toBe('/poa/#para-13-c');
  });

  it('writes only the matrix state that is set, encoded', () => {
    expect(routes().matrix()).toBe('/matrix/');
    expect(routes().matrix({ at: '2004-05-31', region: 'central-asia' })).toBe('/matrix/?at=2004-05-31&region=central-asia');
    expect(routes().search('торговли людьми')).toBe(`/search/?q=${encodeURIComponent('торговли людьми')}`);
  });

  it('keeps downloads and feeds language-neutral', () => {
    expect(files.collection('laws', 'csv')).toBe('/data/collections/laws.csv');
    expect(files.countryFeed('armenia')).toBe('/countries/armenia/feed.xml');
  });

  it('splits and switches the language of a path', () => {
    expect(splitLang('/ru/poa/47/')).toEqual({ lang: 'ru', path: '/poa/47/' });
    expect(splitLang('/ru/')).toEqual({ lang: 'ru', path: '/' });
    expect(splitLang('/russia/')).toEqual({ lang: 'en', path: '/russia/' });
    expect(switchLang('/poa/47/', 'ru')).toBe('/ru/poa/47/');
    expect(switchLang('/ru/poa/47/', 'en')).toBe('/poa/47/');
    expect(() => localize('poa/', 'ru')).toThrow(/root-relative/);
  });

  it('gives each page of a family one path per language, and refuses an unknown language segment', () => {
    const paths = localizedPaths([{ params: { number: '47' }, props: { n: 47 } }]);
    expect(paths).toEqual([
      { params: { number: '47', lang: undefined }, props: { n: 47, lang: 'en' } },
      { params: { number: '47', lang: 'ru' }, props: { n: 47, lang: 'ru' } },
    ]);
    expect(langFromParam(undefined)).toBe('en');
    expect(langFromParam('ru')).toBe('ru');
    expect(() => langFromParam('de')).toThrow(/unknown language segment "de"/);
    expect(languagePaths()).toEqual([
      { params: { lang: undefined }, props: { lang: 'en' } },
      { params: { lang: 'ru' }, props: { lang: 'ru' } },
    ]);
  });
});

describe('language alternates', () => {
  it('lists every language and x-default, the same from either language', async () => {
    const { alternatesFor } = await import('../../src/lib/alternates.ts');
    const fromEnglish = alternatesFor('/countries/', 'https://law.test');
    expect(fromEnglish).toEqual([
      { hreflang: 'en', href: 'https://law.test/countries/' },
      { hreflang: 'ru', href: 'https://law.test/ru/countries/' },
      { hreflang: 'x-default', href: 'https://law.test/countries/' },
    ]);
    expect(alternatesFor('/ru/countries/', 'https://law.test')).toEqual(fromEnglish);
  });
});

describe('site paths held by content-derived data', () => {
  it('names the page a path addresses', () => {
    expect(pageOf('/poa/47/#para-47-a')).toBe('poaParagraph');
    expect(pageOf('/poa/#fn-3')).toBe('poa');
    expect(pageOf('/matrix/legislation/')).toBe('legislationMatrix');
    expect(pageOf('/matrix/2004-minsk/')).toBe('matrixSnapshot');
    expect(pageOf('/data/laws.csv')).toBeUndefined();
  });

  it('localizes a path only where its page is built in that language', () => {
    expect(localizePath('/countries/', 'ru')).toBe('/ru/countries/');
    expect(localizePath('/data/laws.csv', 'ru')).toBe('/data/laws.csv');
    expect(localizePath('/poa/47/', 'en')).toBe('/poa/47/');
    expect(localizePath('/sources/seed-2000-assessment/#s1', 'ru')).toBe('/ru/sources/seed-2000-assessment/#s1');
  });
});
