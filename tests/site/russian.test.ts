/**
 * The Russian site, checked on the built pages with an HTML parser: every page built in Russian
 * has its English counterpart at the same path after /ru/ (and the other way round), declares
 * lang="ru", lists both language versions and x-default, offers a language switch that keeps the
 * page, links to Russian pages only (files are language-neutral), and shows no English interface
 * string: every string of the English dictionary is looked for in the page's Russian text (text
 * marked with another lang, such as seed documents and English source titles, is set aside).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPages, requireDist, type BuiltPage } from '../support/dist.ts';
import { en } from '../../src/i18n/en/index.ts';
import { pageOf, splitLang } from '../../src/lib/routes.ts';

// Built pages are parsed on first use and only once (the checks below read each page several times).
let english: Map<string, BuiltPage>;
let russian: Map<string, BuiltPage>;

beforeAll(() => {
  requireDist();
  const pages = builtPages().filter((p) => !p.url.startsWith('/404'));
  english = new Map(pages.filter((p) => !p.url.startsWith('/ru/')).map((p) => [p.url, p]));
  russian = new Map(pages.filter((p) => p.url.startsWith('/ru/')).map((p) => [p.url, p]));
});

/** Literal fragments of the English dictionary: strings, and the fixed parts of string functions. */
function englishFragments(): string[] {
  const MARK = '\u0000';
  const out = new Set<string>();
  const walk = (node: unknown): void => {
    if (typeof node === 'string') out.add(node);
    else if (typeof node === 'function') {
      const sample = String((node as (...args: unknown[]) => unknown)(MARK, MARK, MARK));
      for (const part of sample.split(MARK)) out.add(part);
    } else if (node && typeof node === 'object') Object.values(node).forEach(walk);
  };
  walk(en);
  // Fragments of two words or more (single words such as "Law" also occur inside names); trimmed of punctuation.
  return [...out]
    .map((s) => s.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, ''))
    .filter((s) => /\p{L}{2,}\s+\p{L}{2,}/u.test(s));
}

/** The interface text a reader sees in Russian: everything except content marked with its language or origin, code and scripts. */
function russianText(page: BuiltPage): string {
  // A copy: the parsed page is shared by the other checks.
  const document = page.document.cloneNode(true) as Document;
  // Set aside: text in another language, code, and Russian content (our translations, marked with their
  // origin), which may quote an English term from its source, e.g. the status «In force» on EUR-Lex.
  for (const el of document.querySelectorAll('script, style, code, [lang]:not([lang="ru"]), [data-origin]')) el.remove();
  const attrs = [...document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')].flatMap((el) =>
    ['aria-label', 'title', 'placeholder', 'alt'].map((a) => el.getAttribute(a) ?? ''),
  );
  return `${document.body?.textContent ?? ''} ${attrs.join(' ')}`.replace(/\s+/g, ' ');
}

describe('the Russian site', () => {
  it('has a Russian page for every English page, and the other way round', () => {
    const missing = [...english.keys()].filter((url) => !russian.has(`/ru${url}`));
    const orphans = [...russian.keys()].filter((url) => !english.has(splitLang(url).path));
    expect(missing).toEqual([]);
    expect(orphans).toEqual([]);
    expect(russian.size).toBeGreaterThan(0);
  });

  it('declares lang="ru", lists both versions and x-default, and its language switch keeps the page', () => {
    const problems: string[] = [];
    for (const [url, page] of russian) {
      const englishUrl = splitLang(url).path;
      const document = page.document;
      if (document.documentElement.getAttribute('lang') !== 'ru') problems.push(`${url}: <html lang> is not ru`);
      for (const [doc, at] of [[document, url], [english.get(englishUrl)!.document, englishUrl]] as const) {
        const alternates = Object.fromEntries(
          [...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!, 'http://site.test').pathname]),
        );
        if (alternates['en'] !== englishUrl || alternates['ru'] !== url || alternates['x-default'] !== englishUrl) {
          problems.push(`${at}: hreflang alternates ${JSON.stringify(alternates)}`);
        }
      }
      const toEnglish = document.querySelector('a[data-language-switch]')?.getAttribute('href');
      const toRussian = english.get(englishUrl)!.document.querySelector('a[data-language-switch]')?.getAttribute('href');
      if (toEnglish !== englishUrl) problems.push(`${url}: the language switch leads to ${toEnglish}`);
      if (toRussian !== url) problems.push(`${englishUrl}: the language switch leads to ${toRussian}`);
    }
    expect(problems).toEqual([]);
  });

  it('links to Russian pages only (files such as downloads and feeds are shared)', () => {
    const problems: string[] = [];
    for (const [url, page] of russian) {
      for (const a of page.document.querySelectorAll('a[href^="/"]')) {
        if (a.hasAttribute('data-language-switch')) continue;
        const href = a.getAttribute('href')!;
        const target = pageOf(href);
        if (target !== undefined && !href.startsWith('/ru/')) problems.push(`${url} → ${href}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('shows no English interface string (every two-word string of the English dictionary is looked for)', () => {
    const fragments = englishFragments();
    expect(fragments.length).toBeGreaterThan(100);
    const problems: string[] = [];
    for (const [url, page] of russian) {
      const text = russianText(page);
      for (const fragment of fragments) if (text.includes(fragment)) problems.push(`${url}: "${fragment}"`);
    }
    expect(problems).toEqual([]);
  });
});
