/**
 * Every public address of the site, built in one place. Pages, components, views, client scripts
 * and the data files ask this module for links instead of writing paths by hand, so an address
 * changes here or nowhere (the registry in published-addresses.txt guards the rest).
 *
 * Pages exist in two languages: English at the root ("/poa/47/") and Russian under a prefix
 * ("/ru/poa/47/"), with the same path after the prefix. Downloads (/data/…), feeds and citation
 * files are language-neutral: one file serves both sites, so their builders ignore the language.
 */

import { poaRefOf } from '../schemas/refs.ts';

export const LANGS = ['en', 'ru'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'en';

/** BCP 47 tags and Intl locales per language. */
export const LOCALES: Record<Lang, string> = { en: 'en-GB', ru: 'ru-RU' };

/** The path prefix of a language: "" for English, "/ru" for Russian. */
export function langPrefix(lang: Lang): string {
  return lang === DEFAULT_LANG ? '' : `/${lang}`;
}

/** A root-relative English page path ("/poa/47/") in the given language ("/ru/poa/47/"). */
export function localize(path: string, lang: Lang): string {
  if (!path.startsWith('/')) throw new Error(`localize: "${path}" is not a root-relative path`);
  return `${langPrefix(lang)}${path}`;
}

/** The language of a page path and the path without its prefix ("/ru/poa/" → ru, "/poa/"). */
export function splitLang(path: string): { lang: Lang; path: string } {
  for (const lang of LANGS) {
    const prefix = langPrefix(lang);
    if (prefix && (path === prefix || path.startsWith(`${prefix}/`))) {
      return { lang, path: path.slice(prefix.length) || '/' };
    }
  }
  return { lang: DEFAULT_LANG, path };
}

/** The same page in another language. */
export function switchLang(path: string, to: Lang): string {
  return localize(splitLang(path).path, to);
}

/** Parameters for a `[...lang]` route: English has no segment, Russian the segment "ru". */
export function langParam(lang: Lang): string | undefined {
  return lang === DEFAULT_LANG ? undefined : lang;
}

/**
 * getStaticPaths for a page family under src/pages/[...lang]/: one entry per language for each
 * entry of `paths` (pass `[{ params: {}, props: {} }]` for a single page).
 */
export function localizedPaths<P extends Record<string, string | undefined>, T extends object>(
  paths: readonly { params: P; props: T }[],
): { params: P & { lang: string | undefined }; props: T & { lang: Lang } }[] {
  return LANGS.flatMap((lang) =>
    paths.map((p) => ({ params: { ...p.params, lang: langParam(lang) }, props: { ...p.props, lang } })),
  );
}

/** getStaticPaths of a single page under src/pages/[...lang]/ (no other parameter): one page per language. */
export function languagePaths(): { params: { lang: string | undefined }; props: { lang: Lang } }[] {
  return localizedPaths([{ params: {}, props: {} }]);
}

/** The language of a `[...lang]` route from its params; an unknown segment is an error, never English. */
export function langFromParam(param: string | undefined): Lang {
  if (param === undefined || param === '') return DEFAULT_LANG;
  if ((LANGS as readonly string[]).includes(param)) return param as Lang;
  throw new Error(`unknown language segment "${param}": expected one of ${LANGS.filter((l) => l !== DEFAULT_LANG).join(', ')}`);
}

const enc = encodeURIComponent;

/** Query string from defined values, in the order given ("" when none). */
function query(values: Record<string, string | undefined>): string {
  const pairs = Object.entries(values).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '');
  return pairs.length ? `?${pairs.map(([k, v]) => `${k}=${enc(v)}`).join('&')}` : '';
}

/** Language-neutral files: downloads, feeds, citation files. */
export const files = {
  dataIndexFile: (file: string) => `/data/${file}`,
  collection: (name: string, ext: 'csv' | 'json') => `/data/collections/${name}.${ext}`,
  laws: (ext: 'csv' | 'json') => `/data/laws.${ext}`,
  statusAt: (date: string) => `/data/status-at-${date}.csv`,
  matrixData: () => '/matrix/data.json',
  countryGapsCsv: (slug: string) => `/countries/${slug}/gaps.csv`,
  siteFeed: () => '/feed.xml',
  countryFeed: (slug: string) => `/countries/${slug}/feed.xml`,
  treatyFeed: (id: string) => `/treaties/${id}/feed.xml`,
} as const;

/** The pages of the site, by the name under which `routes()` builds their addresses (anchors share their page's name). */
export const PAGES = [
  'home', 'about', 'changes', 'search', 'data', 'poa', 'poaParagraph', 'category', 'conclusions', 'countries', 'country',
  'countryGaps', 'treaties', 'treaty', 'laws', 'law', 'sources', 'source', 'matrix', 'matrixSnapshot', 'legislationMatrix',
  'legislationSnapshot',
] as const;
export type PageName = (typeof PAGES)[number];


/** Which page an English path (without query or fragment) belongs to. */
const PAGE_PATTERNS: readonly [PageName, RegExp][] = [
  ['home', /^\/$/],
  ['about', /^\/about\/$/],
  ['changes', /^\/changes\/$/],
  ['search', /^\/search\/$/],
  ['data', /^\/data\/$/],
  ['poa', /^\/poa\/$/],
  ['poaParagraph', /^\/poa\/\d+\/$/],
  ['category', /^\/poa\/categories\/[^/]+\/$/],
  ['conclusions', /^\/conclusions\/2004\/$/],
  ['countries', /^\/countries\/$/],
  ['country', /^\/countries\/[^/]+\/$/],
  ['countryGaps', /^\/countries\/[^/]+\/gaps\/$/],
  ['treaties', /^\/treaties\/$/],
  ['treaty', /^\/treaties\/[^/]+\/$/],
  ['laws', /^\/laws\/$/],
  ['law', /^\/laws\/[^/]+\/$/],
  ['sources', /^\/sources\/$/],
  ['source', /^\/sources\/[^/]+\/$/],
  ['matrix', /^\/matrix\/$/],
  ['legislationMatrix', /^\/matrix\/legislation\/$/],
  ['legislationSnapshot', /^\/matrix\/legislation\/[^/]+\/$/],
  ['matrixSnapshot', /^\/matrix\/[^/]+\/$/],
];

/** The page an English site path ("/poa/47/#para-47") addresses, or undefined for files and unknown paths. */
export function pageOf(path: string): PageName | undefined {
  const bare = path.split(/[?#]/)[0] ?? path;
  return PAGE_PATTERNS.find(([, pattern]) => pattern.test(bare))?.[0];
}

/**
 * An English site path (as content-derived data holds it, e.g. a seed passage's anchor) in `lang`:
 * pages get the language's prefix; files (downloads, feeds) are unchanged.
 */
export function localizePath(path: string, lang: Lang): string {
  const page = pageOf(path);
  return page !== undefined ? localize(path, lang) : path;
}

/** The page addresses of one language. */
export function routes(lang: Lang = DEFAULT_LANG) {
  // Every page exists in every language (tests/site/russian.test.ts checks the build); `name` says
  // which page an address belongs to, so the list of pages and the builders stay in step.
  const page = <A extends unknown[]>(_name: PageName, path: (...args: A) => string) => (...args: A) => localize(path(...args), lang);
  return {
    lang,
    home: page('home', () => '/'),
    about: page('about', () => '/about/'),
    changes: page('changes', () => '/changes/'),
    search: page('search', (q?: string) => `/search/${query({ q })}`),
    data: page('data', () => '/data/'),

    poa: page('poa', () => '/poa/'),
    /** A paragraph's own page ("13" or 13). */
    poaParagraph: page('poaParagraph', (n: number | string) => `/poa/${n}/`),
    /** A paragraph or subparagraph ("13-c") in the full text on /poa/. */
    poaInText: page('poa', (ref: string | number) => `/poa/#para-${ref}`),
    /** A subparagraph on its paragraph's page. */
    poaSubparagraph: page('poaParagraph', (n: number | string, label: string) => `/poa/${n}/#para-${n}-${label}`),
    /** A paragraph or subparagraph reference ("13" or "13-c") as the deepest address: its page, or its anchor there. */
    poaRef: page('poaParagraph', (ref: string) => {
      const { paragraph: n, letter } = poaRefOf(ref);
      return letter ? `/poa/${n}/#para-${n}-${letter}` : `/poa/${n}/`;
    }),
    poaTracker: page('poaParagraph', (n: number | string) => `/poa/${n}/#tracker`),
    poaFootnote: page('poa', (n: number | string) => `/poa/#fn-${n}`),
    poaAnchor: page('poa', (id: string) => `/poa/#${id}`),
    category: page('category', (id: string) => `/poa/categories/${id}/`),

    conclusions: page('conclusions', () => '/conclusions/2004/'),
    conclusion: page('conclusions', (id: string) => `/conclusions/2004/#${id}`),

    countries: page('countries', () => '/countries/'),
    country: page('country', (slug: string) => `/countries/${slug}/`),
    countryAnchor: page('country', (slug: string, anchor: string) => `/countries/${slug}/#${anchor}`),
    countryGaps: page('countryGaps', (slug: string) => `/countries/${slug}/gaps/`),

    treaties: page('treaties', () => '/treaties/'),
    treaty: page('treaty', (id: string) => `/treaties/${id}/`),
    /** A country's row on a treaty's page. */
    treatyCountry: page('treaty', (id: string, country: string) => `/treaties/${id}/#country-${country}`),

    laws: page('laws', () => '/laws/'),
    law: page('law', (id: string) => `/laws/${id}/`),

    sources: page('sources', () => '/sources/'),
    source: page('source', (id: string) => `/sources/${id}/`),
    sourceAnchor: page('source', (id: string, anchor: string) => `/sources/${id}/#${anchor}`),

    matrix: page('matrix', (state: { at?: string; compare?: string; region?: string; family?: string } = {}) => `/matrix/${query(state)}`),
    matrixSnapshot: page('matrixSnapshot', (slug: string) => `/matrix/${slug}/`),
    legislationMatrix: page('legislationMatrix', () => '/matrix/legislation/'),
    legislationSnapshot: page('legislationSnapshot', (slug: string) => `/matrix/legislation/${slug}/`),
  };
}
export type Routes = ReturnType<typeof routes>;
