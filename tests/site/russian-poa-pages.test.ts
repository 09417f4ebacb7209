/**
 * The Russian PoA, 2004 conclusions and sources pages in the built site, read with an HTML parser:
 * <html lang="ru">, the same anchors as the English pages, the seed text in English marked
 * lang="en" with the Russian note saying so, the note on the official Russian text of the
 * Programme of Action, and search metadata in Russian.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { readFileSync } from 'node:fs';
import { builtFileFor, requireDist } from '../support/dist.ts';

function page(path: string): Document {
  requireDist();
  const file = builtFileFor(path);
  if (!file) throw new Error(`${path} was not built`);
  return parseHTML(readFileSync(file, 'utf8')).document;
}

const ids = (doc: Document) => [...doc.querySelectorAll('main [id]')].map((e) => e.id);
/** The language an element is in: its own lang or its nearest ancestor's. */
const langOf = (el: Element) => el.closest('[lang]')?.getAttribute('lang');

const PAIRS = ['/poa/', '/poa/13/', '/poa/47/', '/poa/categories/refugees/', '/conclusions/2004/', '/sources/', '/sources/seed-2011-unhcr-paper/', '/sources/seed-2005-sg-report/'];

describe('Russian PoA, conclusions and sources pages', () => {
  for (const path of PAIRS) {
    it(`${path} has a Russian twin at /ru${path} with lang="ru", hreflang both ways and the same anchors`, () => {
      const en = page(path);
      const ru = page(`/ru${path}`);
      expect(ru.documentElement.getAttribute('lang')).toBe('ru');
      const alternates = (doc: Document) => Object.fromEntries([...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]));
      expect(alternates(en)).toMatchObject({ en: path, ru: `/ru${path}`, 'x-default': path });
      expect(alternates(ru)).toEqual(alternates(en));
      expect(ru.querySelector('[data-language-switch]')!.getAttribute('href')).toBe(path);
      expect(en.querySelector('[data-language-switch]')!.getAttribute('href')).toBe(`/ru${path}`);
      expect(ids(ru).filter((id) => id !== '')).toEqual(ids(en).filter((id) => id !== ''));
    });
  }

  it('the Programme of Action is English on the Russian pages, every paragraph marked lang="en"', () => {
    for (const path of ['/ru/poa/', '/ru/poa/13/']) {
      const doc = page(path);
      const texts = [...doc.querySelectorAll('.poa-text, .poa-sub')];
      expect(texts.length).toBeGreaterThan(0);
      for (const el of texts) expect(langOf(el)).toBe('en');
      expect(doc.getElementById('para-13-c')!.textContent).toContain('refouler');
      expect(langOf(doc.querySelector('.poa-sub a.label')!)).toBe('ru');
    }
  });

  it('the Russian PoA pages say the text is the English text as published, that an official Russian text exists, and link to where it is reproduced', () => {
    for (const path of ['/ru/poa/', '/ru/poa/13/']) {
      const notice = page(path).querySelector('[data-seed-text-notice]')!;
      expect(notice.textContent).toContain('приводится на английском языке');
      const official = notice.querySelector('[data-official-text]')!;
      expect(official.textContent).toContain('принята и на русском языке');
      const link = official.querySelector('a');
      expect(link).not.toBeNull();
      expect(link!.getAttribute('href')).toMatch(/^https?:\/\//);
    }
    expect(page('/poa/13/').querySelector('[data-seed-text-notice]')).toBeNull();
  });

  it('the 2004 conclusions are English on the Russian page with the Russian note, reasons in Russian marked as ours', () => {
    const doc = page('/ru/conclusions/2004/');
    expect(doc.querySelector('[data-seed-text-notice]')!.textContent).toContain('на английском языке');
    const texts = [...doc.querySelectorAll('article.conclusion > p')];
    expect(texts.length).toBeGreaterThan(20);
    for (const p of texts) expect(langOf(p)).toBe('en');
    const reasons = [...doc.querySelectorAll('.conclusion-links li > span')];
    expect(reasons.length).toBeGreaterThan(10);
    for (const r of reasons) {
      if (r.getAttribute('data-origin') === 'site-translation') expect(langOf(r)).toBe('ru');
      else expect(r.getAttribute('lang')).toBe('en');
    }
    if (reasons.some((r) => r.getAttribute('data-origin') === 'site-translation')) expect(doc.querySelector('[data-translation-notice]')).not.toBeNull();
    const poaLinks = [...doc.querySelectorAll('.conclusion-links li > a')].map((a) => a.getAttribute('href')!);
    expect(poaLinks.every((h) => h.startsWith('/ru/poa/'))).toBe(true);
  });

  it('the seed documents keep their blocks in English on the Russian source pages', () => {
    const doc = page('/ru/sources/seed-2011-unhcr-paper/');
    const blocks = [...doc.querySelectorAll('.source-document p, .source-document li, .source-document table')];
    expect(blocks.length).toBeGreaterThan(10);
    for (const b of blocks) {
      const own = b.closest('.lost') ? b.querySelector('[lang="en"]') ?? b : b;
      expect(langOf(own)).toBe('en');
    }
    expect(doc.querySelector('.lost strong')!.textContent).toBe('Фрагмент в исходном тексте утрачен.');
  });

  it('search metadata on the Russian pages is in Russian, so the Russian index gets Russian filters', () => {
    const filters = (path: string) => [...page(path).querySelectorAll('[data-pagefind-filter]')].map((e) => e.getAttribute('data-pagefind-filter')!);
    expect(filters('/poa/13/')).toContain('kind:PoA paragraph');
    expect(filters('/ru/poa/13/')).toContain('kind:Пункт Программы действий');
    expect(filters('/ru/poa/13/')).toContain('document:Программа действий (1996)');
    expect(filters('/ru/conclusions/2004/')).toContain('kind:Вывод 2004 года');
    expect(filters('/ru/poa/categories/refugees/')).toContain('kind:Категория лиц');
    expect(filters('/ru/sources/seed-2011-unhcr-paper/')).toContain('kind:Фрагмент источника');
    const context = page('/ru/poa/13/').querySelector('[data-pagefind-meta^="context:"]')!.getAttribute('data-pagefind-meta');
    expect(context).toMatch(/^context:ПД, п\. 13 · /);
  });
});
