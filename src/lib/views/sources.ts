/** View-model for a source page: the source, its rendered document, and the pages that cite it. */
import type { SourceDocument } from '../../schemas/document.ts';
import type { SeedSource, Source, WebSource } from '../../schemas/source.ts';
import { sortPartialDates } from '../derive/dates.ts';
import { seedPageOf, type Model } from '../model.ts';
import { localizePath, routes, type Lang } from '../routes.ts';
import { dictionary } from '../../i18n/index.ts';
import { lawTitle, localProse, localTitle, type LocalText } from '../../i18n/content.ts';

export interface CitingPage {
  href: string;
  /** What kind of page, in the page's language ("Treaty: "), empty for pages named by the kind alone. */
  kind: string;
  /** The page's subject in the page's language. */
  name: LocalText;
}

/** Letters used in Cyrillic alphabets other than Russian (Ukrainian, Belarusian, Kazakh, Kyrgyz, Tajik …). */
const NON_RUSSIAN_CYRILLIC = /[іїєґўәғқңөұүһӣӯҳҷ]/i;

/**
 * The language of a source's title as far as its script tells: unaccented Latin script is taken as English,
 * Cyrillic with only Russian letters as Russian; any other title gets "" (language not known), so
 * it is never marked as a language it may not be in.
 */
export function titleLang(title: string): string {
  if (/[\u0400-\u04FF]/.test(title)) return NON_RUSSIAN_CYRILLIC.test(title) ? '' : 'ru';
  return /^[A-Za-z\p{N}\p{P}\p{S}\s]+$/u.test(title) ? 'en' : '';
}

/** A source's title with its language. */
export function sourceTitle(title: string): LocalText {
  return { text: title, lang: titleLang(title) };
}

/** Every page whose facts cite `sourceId`, de-duplicated. */
export function pagesCiting(model: Model, sourceId: string, lang: Lang = 'en'): CitingPage[] {
  const r = routes(lang);
  const t = dictionary(lang).sources.citing;
  const pages = new Map<string, { kind: string; name: LocalText }>();
  const plain = (text: string): LocalText => ({ text, lang });
  const cites = (value: unknown): boolean => {
    if (Array.isArray(value)) return value.some(cites);
    if (value && typeof value === 'object') {
      const obj = value as Record<string, unknown>;
      if (obj['source'] === sourceId && typeof obj['locator'] === 'string') return true;
      return Object.values(obj).some(cites);
    }
    return false;
  };
  for (const tr of model.treaties) {
    if (cites(tr) || cites(model.recordsByTreaty.get(tr.id))) pages.set(r.treaty(tr.id), { kind: t.treaty, name: localProse(tr.shortName, tr.shortNameRu, lang) });
  }
  for (const l of model.laws) if (cites(l)) pages.set(r.law(l.id), { kind: t.law, name: lawTitle(l, lang) });
  for (const c of model.countryList) {
    if (cites(c) || cites(model.memberships.map((m) => m.members.filter((x) => x.country === c.id)))) pages.set(r.country(c.slug), { kind: t.country, name: localTitle(c.name, c.nameRu, lang) });
  }
  for (const a of model.assertions) if (a.document === sourceId) pages.set(r.matrix(), { kind: '', name: plain(t.matrix) });
  for (const s of model.statistics) if (cites(s)) pages.set(r.countries(), { kind: '', name: plain(t.overview) });
  const label = (p: { kind: string; name: LocalText }) => `${p.kind}${p.name.text}`;
  return [...pages].map(([href, p]) => ({ href, ...p })).sort((a, b) => label(a).localeCompare(label(b)));
}

/**
 * HTML heading levels for a document's blocks: the document's own levels, shifted below the page
 * h1 and never skipping a level (screen-reader users navigate by headings). Numbered paragraphs
 * get a heading one level below the last section heading, so search results can point to them.
 */
export function headingLevels(document: SourceDocument): Map<string, number> {
  const levels = new Map<string, number>();
  let previous = 1;
  for (const block of document.blocks) {
    if (block.kind === 'heading') {
      const level = Math.min(block.level + 1, previous + 1, 6);
      levels.set(block.id, Math.max(2, level));
      previous = Math.max(2, level);
    } else if (block.kind === 'paragraph' && block.number !== undefined) {
      levels.set(block.id, Math.min(previous + 1, 6));
    }
  }
  return levels;
}

export function buildSourcePageData(model: Model, id: string | undefined, lang: Lang = 'en'): {
  source: Source;
  /** The page the document's text is published as, for the seed documents that have one. */
  publishedAs: { href: string; name: string } | undefined;
  document: SourceDocument | undefined;
  lostCount: number;
  citedBy: CitingPage[];
  levels: Map<string, number>;
} {
  const source = id ? model.sourceById.get(id) : undefined;
  if (!source) throw new Error(`unknown source ${id}`);
  const document = model.documentBySource.get(source.id);
  const page = seedPageOf(source.id);
  return {
    source,
    publishedAs: page ? { href: routes(lang)[page](), name: dictionary(lang).sources.publishedAs[page] } : undefined,
    document,
    lostCount: document?.blocks.filter((b) => b.kind === 'lost').length ?? 0,
    citedBy: pagesCiting(model, source.id, lang),
    levels: document ? headingLevels(document) : new Map(),
  };
}

export interface SourcesIndexData {
  /** The seed documents by date: where their text is read on the site, and their page. */
  seeds: { id: string; title: LocalText; date: string; href: string; about: string }[];
  /** Public sources by id. */
  web: { id: string; title: LocalText; publisher: LocalText | undefined; accessed: string; href: string }[];
}

export function buildSourcesIndexData(model: Model, lang: Lang = 'en'): SourcesIndexData {
  const r = routes(lang);
  const seeds = model.sources
    .filter((s): s is SeedSource => s.kind === 'seed')
    .sort((a, b) => sortPartialDates(a.date, b.date))
    .map((s) => {
      const about = r.source(s.id);
      const seedHref = model.seedHref(s.id, undefined);
      return { id: s.id, title: sourceTitle(s.title), date: s.date, about, href: seedHref ? localizePath(seedHref, lang) : about };
    });
  const web = model.sources
    .filter((s): s is WebSource => s.kind === 'web')
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((s) => ({ id: s.id, title: sourceTitle(s.title), publisher: s.publisher === undefined ? undefined : sourceTitle(s.publisher), accessed: s.accessed, href: r.source(s.id) }));
  return { seeds, web };
}
