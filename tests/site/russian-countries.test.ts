/**
 * The Russian country pages and gap briefs, read from the built site with an HTML parser: the
 * Russian name with its origin, English seed text marked lang="en", links kept on the Russian site
 * wherever the page exists in Russian, and the CSV download language-neutral.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBuilt, requireDist } from '../support/dist.ts';
import { linksLeavingRussian } from '../support/links.ts';

interface CountryEntry {
  id: string;
  slug: string;
  name: string;
  nameRu?: { text: string; origin: string };
}
const DIR = join(process.cwd(), 'content', 'countries');
const countries: CountryEntry[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parse(readFileSync(join(DIR, f), 'utf8')) as CountryEntry);
const documentOf = (path: string) => parseHTML(readBuilt(path)).document;

beforeAll(() => requireDist());

describe('a country on the Russian site', () => {
  it('has a Russian page named with its Russian name, marked as ours only where the name is our translation', () => {
    expect(countries).toHaveLength(12);
    for (const c of countries) {
      const doc = documentOf(`ru/countries/${c.slug}/index.html`);
      expect(doc.documentElement.getAttribute('lang'), c.id).toBe('ru');
      const h1 = doc.querySelector('h1')!;
      if (c.nameRu) {
        expect(h1.querySelector('[data-origin]')!.firstChild!.textContent, c.id).toBe(c.nameRu.text);
        expect(h1.querySelector('.translation-mark') !== null, c.id).toBe(c.nameRu.origin === 'site-translation');
      } else {
        expect(h1.querySelector('[lang="en"]')!.textContent, c.id).toBe(c.name);
      }
      expect(doc.querySelector('[data-pagefind-filter^="country:"]')!.getAttribute('data-pagefind-filter'), c.id).toBe(`country:${c.nameRu?.text ?? c.name}`);
    }
  });

  it('keeps its links and its gap brief on the Russian site wherever the page exists in Russian', () => {
    for (const c of countries) {
      for (const path of [`ru/countries/${c.slug}/index.html`, `ru/countries/${c.slug}/gaps/index.html`]) {
        expect(linksLeavingRussian(documentOf(path)), path).toEqual([]);
      }
      const doc = documentOf(`ru/countries/${c.slug}/index.html`);
      expect(doc.querySelector(`a[href="/ru/countries/${c.slug}/gaps/"]`), c.id).not.toBeNull();
    }
  });

  it('marks the spellings of the source documents and the passages naming the country as English', () => {
    const doc = documentOf('ru/countries/kazakhstan/index.html');
    const spellings = [...doc.querySelectorAll('dd ul[data-pagefind-weight] > li > span[lang="en"]')].map((s) => s.textContent);
    expect(spellings).toContain('Kazakstan');
    const excerpts = [...doc.querySelectorAll('ul.mentions > li')];
    expect(excerpts.length).toBeGreaterThan(0);
    for (const li of excerpts) expect(li.querySelector(':scope > span[lang="en"]'), li.textContent ?? '').not.toBeNull();
  });

  it('says once that notes are our translation where it shows one', () => {
    const doc = documentOf('ru/countries/kazakhstan/index.html');
    const translated = doc.querySelectorAll('main [data-origin="site-translation"]:not(h1 *)').length;
    expect(doc.querySelectorAll('[data-translation-notice]').length).toBe(translated > 0 ? 1 : 0);
  });
});

describe('a gap brief on the Russian site', () => {
  it('is in Russian, links the language-neutral CSV and the Russian country page', () => {
    const doc = documentOf('ru/countries/kazakhstan/gaps/index.html');
    expect(doc.documentElement.getAttribute('lang')).toBe('ru');
    expect(doc.querySelector('h1')!.textContent).toMatch(/^Обзор пробелов: /);
    expect(doc.querySelector('a[download]')!.getAttribute('href')).toBe('/countries/kazakhstan/gaps.csv');
    expect(doc.querySelector('.breadcrumbs a[href="/ru/countries/kazakhstan/"]')).not.toBeNull();
  });

  it('leaves the CSV as it was: one file for both sites, in English', () => {
    expect(readBuilt('countries/kazakhstan/gaps.csv')).not.toMatch(/[\u0400-\u04FF]/);
  });
});
