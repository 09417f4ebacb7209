/**
 * "Cite this" on the built site: every citable page links to its BibTeX, RIS and CSL-JSON files;
 * every file parses, names the page's full permanent address (when the site address is set) and
 * that address resolves to a built page and, for a subparagraph, to its anchor.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { attributeValues, builtFileFor, builtPages, DIST, idsOf, requireDist, textOf, type BuiltPage } from '../support/dist.ts';
import { builtSiteOrigin } from '../support/site-origin.ts';

const require = createRequire(import.meta.url);
// Citation.js parses BibTeX and RIS into CSL-JSON; a file it cannot read yields no item.
const { Cite } = require('@citation-js/core') as { Cite: new (input: string, options?: object) => { data: Record<string, unknown>[] } };
require('@citation-js/plugin-bibtex');
require('@citation-js/plugin-ris');

interface CiteFile {
  path: string;
  ext: 'bib' | 'ris' | 'json';
  text: string;
}

let files: CiteFile[];
let pages: BuiltPage[];
let byFile: Map<string, BuiltPage>;
let origin: string | undefined;
beforeAll(() => {
  requireDist();
  origin = builtSiteOrigin();
  pages = builtPages();
  byFile = new Map(pages.map((p) => [p.file, p]));
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? walk(full) : /\/cite(-[a-z0-9-]+)?\.(bib|ris|json)$/.test(full) ? [full] : [];
    });
  files = walk(DIST).map((f) => ({ path: '/' + relative(DIST, f), ext: f.split('.').at(-1) as CiteFile['ext'], text: readFileSync(f, 'utf8') }));
});

/** A cite file read as its format (the raw text is what a reference manager imports). */
function parsed(file: CiteFile): Record<string, unknown>[] {
  if (file.ext === 'json') return JSON.parse(file.text) as Record<string, unknown>[];
  return new Cite(file.text, { forceType: file.ext === 'bib' ? '@bibtex/text' : '@ris/file' }).data;
}

/** The page a cite file belongs to: /poa/13/cite-c.bib -> /poa/13/. */
function pageOf(path: string): string {
  return path.replace(/cite(-[a-z0-9-]+)?\.(bib|ris|json)$/, '');
}

describe('cite files', () => {
  it('exist in three formats for every PoA paragraph and subparagraph, 2004 conclusion, treaty, law and country page', () => {
    const poa = JSON.parse(readFileSync(join(DIST, 'data/poa.json'), 'utf8')) as { paragraphs: { number: number; subparagraphs: { label: string }[] }[] };
    const conclusions = JSON.parse(readFileSync(join(DIST, 'data/conclusions-2004.json'), 'utf8')) as { conclusions: { id: string }[] };
    const expected = [
      ...poa.paragraphs.flatMap((p) => [`/poa/${p.number}/cite`, ...p.subparagraphs.map((s) => `/poa/${p.number}/cite-${s.label}`)]),
      ...conclusions.conclusions.map((c) => `/conclusions/2004/cite-${c.id}`),
      ...pages.filter((p) => /^\/(treaties|laws|countries)\/[^/]+\/$/.test(p.url)).map((p) => `${p.url}cite`),
    ];
    const have = new Set(files.map((f) => f.path));
    const missing = expected.flatMap((stem) => ['bib', 'ris', 'json'].map((ext) => `${stem}.${ext}`)).filter((p) => !have.has(p));
    expect(expected.length).toBeGreaterThan(300);
    expect(missing).toEqual([]);
  });

  it('every file parses as its format and yields one item with a title and an issued date or issuing body', () => {
    const problems: string[] = [];
    for (const file of files) {
      let items: Record<string, unknown>[] = [];
      try {
        items = parsed(file);
      } catch (e) {
        problems.push(`${file.path}: ${(e as Error).message}`);
        continue;
      }
      if (items.length !== 1) problems.push(`${file.path}: ${items.length} items`);
      const item = items[0] ?? {};
      if (!String(item['title'] ?? '').trim()) problems.push(`${file.path}: no title`);
      if (!item['author'] && !item['publisher']) problems.push(`${file.path}: no issuing body`);
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('every file names the full permanent address of its page, and that address resolves to a built page and anchor', () => {
    const problems: string[] = [];
    // Many files point into the same pages (/poa/, /conclusions/2004/): each page's ids are read once.
    const ids = new Map<BuiltPage, Set<string>>();
    const idsIn = (page: BuiltPage) => {
      if (!ids.has(page)) ids.set(page, idsOf(page.document));
      return ids.get(page)!;
    };
    for (const file of files) {
      const item = parsed(file)[0] ?? {};
      const url = item['URL'] as string | undefined;
      if (!origin) {
        if (url) problems.push(`${file.path}: a URL (${url}) although the site address is not set`);
        continue;
      }
      if (!url) {
        problems.push(`${file.path}: no URL`);
        continue;
      }
      const target = new URL(url);
      if (target.origin !== origin) problems.push(`${file.path}: ${url} is not on ${origin}`);
      const pageFile = builtFileFor(target.pathname);
      const page = pageFile === undefined ? undefined : byFile.get(pageFile);
      if (!page) {
        problems.push(`${file.path}: ${url} is not a built page`);
        continue;
      }
      if (target.hash && !idsIn(page).has(target.hash.slice(1))) problems.push(`${file.path}: no anchor ${target.hash}`);
      if (!target.hash && target.pathname !== pageOf(file.path)) problems.push(`${file.path}: ${url} is not its page`);
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });
});

describe('citations on the pages', () => {
  it('each citable page shows its citation with its address and links to its three files', () => {
    const problems = pages
      .filter((p) => /^\/(poa\/\d+|treaties\/[^/]+|laws\/[^/]+|countries\/[^/]+)\/$/.test(p.url))
      .flatMap((p) => {
        const hrefs = attributeValues(p.document, 'href');
        const text = textOf(p.document.body);
        const out = ['bib', 'ris', 'json'].filter((ext) => !hrefs.includes(`${p.url}cite.${ext}`)).map((ext) => `${p.url}: no link to cite.${ext}`);
        if (!text.includes('Cite as (OSCOLA):')) out.push(`${p.url}: no visible citation`);
        if (origin && !text.includes(`<${origin}${p.url}>`)) out.push(`${p.url}: the citation does not carry ${origin}${p.url}`);
        return out;
      });
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('every subparagraph anchor on /poa/ is followed by its own citation and files', () => {
    const document = pages.find((p) => p.url === '/poa/')!.document;
    const anchors = [...document.querySelectorAll('p.poa-sub[id^="para-"]')];
    const poa = JSON.parse(readFileSync(join(DIST, 'data/poa.json'), 'utf8')) as { paragraphs: { subparagraphs: unknown[] }[] };
    expect(anchors.length).toBe(poa.paragraphs.reduce((n, p) => n + p.subparagraphs.length, 0));
    const missing = anchors
      .filter((anchor) => {
        const [, n, l] = /^para-(\d+)-([a-z]+)$/.exec(anchor.getAttribute('id')!) ?? [];
        // Its citation is the element right after it, holding the link to its BibTeX file.
        return !n || !anchor.nextElementSibling?.querySelector(`a[href="/poa/${n}/cite-${l}.bib"]`);
      })
      .map((anchor) => anchor.getAttribute('id'));
    expect(missing).toEqual([]);
  });
});
