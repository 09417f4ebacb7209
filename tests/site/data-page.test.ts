/**
 * The downloads page in both languages, checked on the built pages with an HTML parser: the
 * Russian page offers every file the English page offers, at the same language-neutral address,
 * and both document the Russian columns of the downloads.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPage, requireDist } from '../support/dist.ts';
import { routes } from '../../src/lib/routes.ts';

let english: Document;
let russian: Document;

beforeAll(() => {
  requireDist();
  // The two pages only, not every built page.
  english = builtPage(routes('en').data()).document;
  russian = builtPage(routes('ru').data()).document;
});

/** Addresses of the files a page links (anything with a file extension, outside the language switch). */
const downloads = (document: Document) =>
  [...document.querySelectorAll('main a[href]')].map((a) => a.getAttribute('href')!).filter((href) => /\.[a-z]+$/.test(href));

describe('/data/ in Russian', () => {
  it('links every download the English page links, at the same address', () => {
    const en = downloads(english);
    expect(en.length).toBeGreaterThan(40);
    expect(en).toContain('/data/datapackage.json');
    expect(en).toContain('/data/collections/laws.csv');
    expect(downloads(russian)).toEqual(en);
  });

  it('is in Russian, with the file descriptions in Russian and the file and column names as code', () => {
    expect(russian.documentElement.getAttribute('lang')).toBe('ru');
    const rows = [...russian.querySelectorAll('main tbody tr')];
    expect(rows.length).toBe([...english.querySelectorAll('main tbody tr')].length);
    for (const row of rows) expect(row.querySelector('td')?.textContent ?? '', row.querySelector('th')?.textContent ?? '').toMatch(/[\u0400-\u04FF]/);
  });

  it('documents the Russian columns and their origins on both pages', () => {
    const columns = ['name_ru', 'name_ru_origin', 'official_name_ru', 'official_name_ru_origin', 'title_ru', 'title_ru_origin', 'title_ru_source', 'short_name_ru', 'summary_ru', 'authentic', 'official', 'site-translation'];
    for (const document of [english, russian]) {
      // The section runs from its heading to the next h2.
      const section: Element[] = [];
      for (let el = document.querySelector('h2#russian')?.nextElementSibling; el && el.tagName !== 'H2'; el = el.nextElementSibling) section.push(el);
      const code = new Set(section.flatMap((el) => [...el.querySelectorAll('code')].map((c) => c.textContent)));
      expect(columns.filter((c) => !code.has(c))).toEqual([]);
    }
  });

  it('keeps one Dataset description, in English, with the same downloads on both pages', () => {
    type Dataset = { '@type': string; url: string; distribution: { contentUrl: string; description: string }[] };
    const dataset = (document: Document) =>
      [...document.querySelectorAll('script[type="application/ld+json"]')].flatMap((s) => [JSON.parse(s.textContent!) as Dataset | Dataset[]].flat()).find((n) => n['@type'] === 'Dataset')!;
    const en = dataset(english);
    const ru = dataset(russian);
    expect(ru['@type']).toBe('Dataset');
    expect(ru).toEqual(en);
    expect(en.distribution.every((d) => !d.description.includes('`'))).toBe(true);
  });
});
