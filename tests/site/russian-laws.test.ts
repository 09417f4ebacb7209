/**
 * The Russian register of national acts and each act's page, read from the built site with an
 * HTML parser: titles in their languages and honestly labelled, links kept on the Russian site
 * wherever the page exists in Russian.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBuilt, requireDist } from '../support/dist.ts';
import { linksLeavingRussian } from '../support/links.ts';

interface LawEntry {
  id: string;
  title: string;
  titleRu?: string;
  summaryRu?: string;
  noteRu?: string;
  originalTitles?: { lang: string; text: string }[];
}

const LAWS_DIR = join(process.cwd(), 'content', 'laws');
const laws: LawEntry[] = readdirSync(LAWS_DIR)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parse(readFileSync(join(LAWS_DIR, f), 'utf8')) as LawEntry);
const documentOf = (path: string) => parseHTML(readBuilt(path)).document;

beforeAll(() => requireDist());

describe('a national act on the Russian site', () => {
  it('has a Russian page for every act, titled with the official Russian title, else our translation marked as ours, else the English title marked as English', () => {
    expect(laws.length).toBeGreaterThan(100);
    for (const law of laws) {
      const doc = documentOf(`ru/laws/${law.id}/index.html`);
      expect(doc.documentElement.getAttribute('lang'), law.id).toBe('ru');
      const h1 = doc.querySelector('h1')!;
      const official = law.originalTitles?.find((t) => t.lang === 'ru');
      const mark = h1.querySelector('.translation-mark');
      if (official) {
        expect(h1.textContent, law.id).toBe(official.text);
        expect(mark, law.id).toBeNull();
      } else if (law.titleRu) {
        expect(h1.textContent, law.id).toBe(`${law.titleRu} (перевод сайта)`);
        expect(mark, law.id).not.toBeNull();
      } else {
        expect(h1.querySelector('[lang="en"]')?.textContent, law.id).toBe(law.title);
        expect(mark, law.id).toBeNull();
      }
    }
  });

  it('shows each official title in an element carrying its own language', () => {
    const withTitles = laws.filter((l) => (l.originalTitles ?? []).length > 0);
    expect(withTitles.length).toBeGreaterThan(20);
    for (const law of withTitles) {
      const doc = documentOf(`ru/laws/${law.id}/index.html`);
      const shown = [...doc.querySelectorAll('.original-title span[lang]')].map((s) => ({ lang: s.getAttribute('lang'), text: s.textContent }));
      for (const title of law.originalTitles!) expect(shown, law.id).toContainEqual({ lang: title.lang, text: title.text });
    }
  });

  it('says once that the summary is our translation, only where it is', () => {
    for (const law of laws) {
      const doc = documentOf(`ru/laws/${law.id}/index.html`);
      const notices = doc.querySelectorAll('[data-translation-notice]').length;
      expect(notices, law.id).toBe(law.summaryRu || law.noteRu ? 1 : 0);
      if (!law.summaryRu) expect(doc.querySelector('.lead')!.getAttribute('lang'), law.id).toBe('en');
    }
  });

  it('keeps its links on the Russian site wherever the page exists in Russian', () => {
    for (const law of laws) expect(linksLeavingRussian(documentOf(`ru/laws/${law.id}/index.html`)), law.id).toEqual([]);
  });

  it('keeps the English page in English, with no translation mark', () => {
    const law = laws.find((l) => l.titleRu)!;
    const doc = documentOf(`laws/${law.id}/index.html`);
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('h1')!.textContent).toBe(law.title);
    expect(doc.querySelector('.translation-mark')).toBeNull();
  });
});

describe('the Russian register of national acts', () => {
  it('lists every act with a link to its Russian page', () => {
    const doc = documentOf('ru/laws/index.html');
    expect(doc.querySelector('h1')!.textContent).toBe('Национальное законодательство');
    const hrefs = new Set([...doc.querySelectorAll('main li a')].map((a) => a.getAttribute('href')));
    for (const law of laws) expect(hrefs.has(`/ru/laws/${law.id}/`), law.id).toBe(true);
    expect(linksLeavingRussian(doc)).toEqual([]);
  });
});
