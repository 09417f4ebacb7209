/**
 * The one place that reads the content collections. `loadModel()` queries every collection once
 * and `buildModel()` (pure, unit-tested with fixtures) indexes them: lookups by id, records by
 * treaty and country, PoA contexts and backlinks, seed anchors. Pages never call getCollection.
 */
import type { CollectionName } from './content/collections.ts';
import type { AssertionFile } from '../schemas/assertion.ts';
import type { Category } from '../schemas/category.ts';
import { COUNTRY_IDS, type CountryId, type LawTopic } from '../schemas/common.ts';
import type { LawTopicEntry, Snapshot } from '../schemas/editorial.ts';
import type { Conclusion } from '../schemas/conclusion.ts';
import type { Country } from '../schemas/country.ts';
import type { SourceDocument } from '../schemas/document.ts';
import type { LawCoverage } from '../schemas/law-coverage.ts';
import type { Law } from '../schemas/law.ts';
import type { MembershipFile, Organization } from '../schemas/organization.ts';
import type { AnnexOne, AnnexTwo, PoaFootnote, PoaHeading, PoaParagraph } from '../schemas/poa.ts';
import type { RatificationFile } from '../schemas/ratification.ts';
import { sortPartialDates } from './partial-date.ts';
import type { Source } from '../schemas/source.ts';
import type { Statistic } from '../schemas/statistic.ts';
import type { Treaty } from '../schemas/treaty.ts';
import { indexParagraphsBy, paragraphContexts, poaBacklinks, type Backlink, type ParagraphContext } from './derive/poa.ts';
import { findAnchor, type AnchoredRange, type SeedUnit } from './derive/seed-anchors.ts';
import { routes, type Routes } from './routes.ts';
import { lineRangeOf } from '../schemas/refs.ts';

export interface RawContent {
  sources: Source[];
  countries: Country[];
  treaties: Treaty[];
  ratifications: RatificationFile[];
  poaParagraphs: PoaParagraph[];
  poaHeadings: PoaHeading[];
  poaFootnotes: PoaFootnote[];
  annexOne: AnnexOne | undefined;
  annexTwo: AnnexTwo | undefined;
  categories: Category[];
  conclusions: Conclusion[];
  documents: SourceDocument[];
  laws: Law[];
  lawCoverage: LawCoverage[];
  assertions: AssertionFile[];
  organizations: Organization[];
  memberships: MembershipFile[];
  statistics: Statistic[];
  /** Which PoA paragraphs each legislation topic answers to (content/editorial/law-topics/). */
  lawTopics?: LawTopicEntry[];
  /** The dated views of the matrices at the source documents' dates (content/editorial/snapshots/). */
  snapshots?: Snapshot[];
  /** Where each entry was read from (relative to the project root), by collection and entry id. */
  files?: ContentFiles;
}

/** Collection -> entry id -> the content file holding the entry, e.g. "content/laws/kaz-2009-refugees.yaml". */
export type ContentFiles = Partial<Record<CollectionName, ReadonlyMap<string, string>>>;

/** The seed documents whose text is published as a page of its own (not on their source page), and the route of that page. */
export const SEED_PAGES = { 'seed-1996-poa': 'poa', 'seed-2004-conclusions': 'conclusions' } as const;
export type SeedPage = (typeof SEED_PAGES)[keyof typeof SEED_PAGES];

/** The page a seed document's text is published as, if it has one of its own. */
export function seedPageOf(sourceId: string): SeedPage | undefined {
  return (SEED_PAGES as Record<string, SeedPage>)[sourceId];
}

/** The address of a published seed unit. */
function unitHref(unit: SeedUnit, r: Routes): string {
  switch (unit.kind) {
    case 'poaFootnote':
      return r.poaFootnote(unit.number);
    case 'category':
      return r.category(unit.id);
    case 'poaParagraph':
      return r.poaInText(unit.number);
    case 'poaAnnex':
      return r.poaAnchor(unit.id);
    case 'conclusion':
      return r.conclusion(unit.id);
    case 'documentBlock':
      return r.sourceAnchor(unit.source, unit.id);
  }
}

export interface Model extends RawContent {
  sourceById: Map<string, Source>;
  countryById: Map<CountryId, Country>;
  countryBySlug: Map<string, Country>;
  /** The twelve countries in the order of COUNTRY_IDS, limited to those with a file. */
  countryList: Country[];
  treatyById: Map<string, Treaty>;
  recordsByTreaty: Map<string, RatificationFile>;
  paragraphByNumber: Map<number, PoaParagraph>;
  contextByParagraph: Map<number, ParagraphContext>;
  backlinksByParagraph: Map<number, Backlink[]>;
  paragraphsByTreaty: Map<string, number[]>;
  paragraphsByCategory: Map<string, number[]>;
  conclusionsByTreaty: Map<string, Conclusion[]>;
  categoryById: Map<string, Category>;
  lawById: Map<string, Law>;
  lawsByCountry: Map<CountryId, Law[]>;
  lawsByTreaty: Map<string, Law[]>;
  coverageByCountry: Map<CountryId, LawCoverage>;
  documentBySource: Map<string, SourceDocument>;
  organizationById: Map<string, Organization>;
  /** PoA paragraphs bearing on legislation on each topic, in the order shown. */
  poaParagraphsByTopic: Map<LawTopic, readonly number[]>;
  /** The views of the matrices at the source documents' dates, oldest first. */
  snapshots: Snapshot[];
  /** Seed source id -> published units with their line ranges, for linking citations. */
  seedAnchors: Map<string, AnchoredRange[]>;
  /** The address where a cited seed passage is published, in the language of `r` (undefined for web sources). */
  seedHref(sourceId: string, lines: string | undefined, r?: Routes): string | undefined;
  /**
   * The content files the given entries were read from, as Astro's loader recorded them (for
   * "Edit this page" and the page's history), in the order asked; entries with no file are left
   * out. Ids are the collection's ids: a treaty id, a PoA paragraph number…
   */
  contentFiles(...entries: readonly (readonly [CollectionName, string | number])[]): string[];
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K | K[]): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const keys = key(item);
    for (const k of Array.isArray(keys) ? keys : [keys]) {
      const list = map.get(k) ?? [];
      list.push(item);
      map.set(k, list);
    }
  }
  return map;
}

export function buildModel(raw: RawContent): Model {
  const paragraphs = [...raw.poaParagraphs].sort((a, b) => a.number - b.number);
  const conclusions = [...raw.conclusions].sort((a, b) => a.order - b.order);
  const countryById = new Map(raw.countries.map((c) => [c.id, c]));
  const countryList = COUNTRY_IDS.map((id) => countryById.get(id)).filter((c): c is Country => c !== undefined);
  const laws = [...raw.laws].sort((a, b) => sortPartialDates(a.adopted ?? '9999', b.adopted ?? '9999') || a.id.localeCompare(b.id));

  const seedAnchors = new Map<string, AnchoredRange[]>();
  // Narrower units first: findAnchor takes the first range containing the cited line.
  seedAnchors.set('seed-1996-poa', [
    ...raw.poaFootnotes.map((f) => ({ ...lineRangeOf(f.lines), unit: { kind: 'poaFootnote', number: f.number } as const })),
    ...raw.categories.map((c) => ({ ...lineRangeOf(c.lines), unit: { kind: 'category', id: c.id } as const })),
    ...paragraphs.map((p) => ({ ...lineRangeOf(p.lines), unit: { kind: 'poaParagraph', number: p.number } as const })),
    ...(raw.annexOne ? [{ ...lineRangeOf(raw.annexOne.lines), unit: { kind: 'poaAnnex', id: 'annex-1' } as const }] : []),
    ...(raw.annexTwo ? [{ ...lineRangeOf(raw.annexTwo.lines), unit: { kind: 'poaAnnex', id: 'annex-2' } as const }] : []),
  ]);
  seedAnchors.set(
    'seed-2004-conclusions',
    conclusions.map((c) => ({ ...lineRangeOf(c.lines), unit: { kind: 'conclusion', id: c.id } as const })),
  );
  for (const doc of raw.documents) {
    seedAnchors.set(
      doc.source,
      doc.blocks.map((b) => ({ ...lineRangeOf(b.lines), unit: { kind: 'documentBlock', source: doc.source, id: b.id } as const })),
    );
  }

  const model: Model = {
    ...raw,
    poaParagraphs: paragraphs,
    conclusions,
    laws,
    sourceById: new Map(raw.sources.map((s) => [s.id, s])),
    countryById,
    countryBySlug: new Map(raw.countries.map((c) => [c.slug, c])),
    countryList,
    treatyById: new Map(raw.treaties.map((t) => [t.id, t])),
    recordsByTreaty: new Map(raw.ratifications.map((r) => [r.treaty, r])),
    paragraphByNumber: new Map(paragraphs.map((p) => [p.number, p])),
    contextByParagraph: paragraphContexts(raw.poaHeadings, paragraphs.map((p) => p.number)),
    backlinksByParagraph: poaBacklinks(conclusions),
    paragraphsByTreaty: indexParagraphsBy(paragraphs, 'treaties'),
    paragraphsByCategory: indexParagraphsBy(paragraphs, 'categories'),
    conclusionsByTreaty: groupBy(conclusions, (c) => c.treaties),
    categoryById: new Map(raw.categories.map((c) => [c.id, c])),
    lawById: new Map(laws.map((l) => [l.id, l])),
    lawsByCountry: groupBy(laws, (l) => l.country),
    lawsByTreaty: groupBy(laws, (l) => l.treaties),
    coverageByCountry: new Map(raw.lawCoverage.map((c) => [c.country, c])),
    documentBySource: new Map(raw.documents.map((d) => [d.source, d])),
    organizationById: new Map(raw.organizations.map((o) => [o.id, o])),
    poaParagraphsByTopic: new Map((raw.lawTopics ?? []).map((t) => [t.id, t.poaParagraphs])),
    snapshots: [...(raw.snapshots ?? [])].sort((a, b) => a.slug.localeCompare(b.slug)),
    seedAnchors,
    seedHref(sourceId, lines, r = routes()) {
      const source = model.sourceById.get(sourceId);
      if (!source || source.kind !== 'seed') return undefined;
      const ranges = seedAnchors.get(sourceId);
      const anchor = lines && ranges ? findAnchor(ranges, lines) : undefined;
      if (anchor) return unitHref(anchor.unit, r);
      const page = seedPageOf(sourceId);
      return page ? r[page]() : r.source(sourceId);
    },
    contentFiles(...entries) {
      return entries.flatMap(([collection, id]) => raw.files?.[collection]?.get(String(id)) ?? []);
    },
  };
  return model;
}

let cached: Promise<Model> | undefined;

/** Loads every collection once per build. */
export function loadModel(): Promise<Model> {
  cached ??= (async () => {
    const { getCollection } = await import('astro:content');
    const files: ContentFiles = {};
    /** The entries' data (typed by the collection's schema); records where each entry's file is. */
    const data = <D,>(name: CollectionName, entries: readonly { id: string; filePath?: string | undefined; data: D }[]): D[] => {
      files[name] = new Map(entries.flatMap((e) => (e.filePath ? [[e.id, e.filePath] as const] : [])));
      return entries.map((e) => e.data);
    };
    const [structure] = data('poaStructure', await getCollection('poaStructure'));
    const [footnotes] = data('poaFootnotes', await getCollection('poaFootnotes'));
    const [annexOne] = data('poaAnnexOne', await getCollection('poaAnnexOne'));
    const [annexTwo] = data('poaAnnexTwo', await getCollection('poaAnnexTwo'));
    return buildModel({
      sources: data('sources', await getCollection('sources')),
      countries: data('countries', await getCollection('countries')),
      treaties: data('treaties', await getCollection('treaties')),
      ratifications: data('ratifications', await getCollection('ratifications')),
      poaParagraphs: data('poaParagraphs', await getCollection('poaParagraphs')),
      poaHeadings: structure?.headings ?? [],
      poaFootnotes: footnotes?.footnotes ?? [],
      annexOne,
      annexTwo,
      categories: data('categories', await getCollection('categories')),
      conclusions: data('conclusions', await getCollection('conclusions')),
      documents: data('documents', await getCollection('documents')),
      laws: data('laws', await getCollection('laws')),
      lawCoverage: data('lawCoverage', await getCollection('lawCoverage')),
      assertions: data('assertions', await getCollection('assertions')),
      organizations: data('organizations', await getCollection('organizations')),
      memberships: data('memberships', await getCollection('memberships')),
      statistics: data('statistics', await getCollection('statistics')),
      lawTopics: data('lawTopics', await getCollection('lawTopics')),
      snapshots: data('snapshots', await getCollection('snapshots')),
      files,
    });
  })();
  return cached;
}

/** A prose page from content/pages/ with its rendered MDX component. */
export async function loadPage(id: string, lang: 'en' | 'ru' = 'en') {
  const { getEntry, render } = await import('astro:content');
  // A page's Russian version is content/pages/ru/<id>.mdx: every prose page needs one.
  const entryId = lang === 'en' ? id : `${lang}/${id}`;
  const entry = await getEntry('pages', entryId);
  if (!entry) throw new Error(`content/pages/${entryId}.mdx is missing: write the ${lang === 'en' ? 'English' : 'Russian'} version of the page "${id}"`);
  const { Content } = await render(entry);
  // The file as the loader recorded it, for "Edit this page" and the page's history.
  return { page: entry.data, Content, file: entry.filePath ?? `content/pages/${entryId}.mdx` };
}
