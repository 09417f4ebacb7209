/** View-models for the Programme of Action pages. */
import type { Conclusion } from '../../schemas/conclusion.ts';
import type { PoaHeading, PoaParagraph } from '../../schemas/poa.ts';
import type { Treaty } from '../../schemas/treaty.ts';
import type { Category } from '../../schemas/category.ts';
import { contextLabel, poaCitation, type Backlink, type ParagraphContext } from '../derive/poa.ts';
import type { Model } from '../model.ts';
import type { Lang } from '../routes.ts';
import { localProse, localTitle, type LocalText } from '../../i18n/content.ts';
import { dictionary } from '../../i18n/index.ts';
import { poaTrackerIndex, trackerDates, type PoaTracker, type TrackerDate } from './poa-tracker.ts';
import { titleLang } from './sources.ts';

export interface DocumentItem {
  kind: 'heading' | 'paragraph';
  heading?: PoaHeading;
  paragraph?: PoaParagraph;
}

/** The whole document in reading order: headings interleaved before the paragraph they introduce. */
export function poaDocumentItems(model: Model): DocumentItem[] {
  const items: DocumentItem[] = [];
  const headingsBefore = new Map<number, PoaHeading[]>();
  for (const h of model.poaHeadings) {
    if (h.firstParagraph === null) continue;
    const list = headingsBefore.get(h.firstParagraph) ?? [];
    list.push(h);
    headingsBefore.set(h.firstParagraph, list);
  }
  for (const p of model.poaParagraphs) {
    for (const heading of headingsBefore.get(p.number) ?? []) items.push({ kind: 'heading', heading });
    items.push({ kind: 'paragraph', paragraph: p });
  }
  return items;
}

/** Stable anchor for a heading in the whole-document page. */
export function headingAnchor(h: PoaHeading): string | undefined {
  if (h.kind === 'part') return h.id ?? undefined;
  if (h.kind === 'chapter') return `chapter-${h.id}`;
  if (h.kind === 'section' || h.kind === 'subsection') return `section-${h.id}`;
  return undefined;
}

/** A conclusion taking up the paragraph, with the reason in the page's language. */
export interface LocalBacklink extends Backlink {
  localReason: LocalText;
}

export interface PoaParagraphPageData {
  paragraph: PoaParagraph;
  /** The Declaration (paragraphs 1–7) or the Programme of Action. */
  part: 'declaration' | 'programme';
  context: ParagraphContext;
  contextLabel: string;
  previous?: number;
  next?: number;
  backlinks: LocalBacklink[];
  treaties: (Treaty & { localShortName: LocalText; localTitle: LocalText })[];
  categories: (Category & { localName: LocalText })[];
  citation: string;
  /** Conclusions naming the same treaties, for "see also". */
  relatedConclusions: Conclusion[];
}

export function buildPoaParagraphPageData(model: Model, number: number, lang: Lang = 'en'): PoaParagraphPageData {
  const paragraph = model.paragraphByNumber.get(number);
  if (!paragraph) throw new Error(`PoA paragraph ${number} does not exist`);
  const context = model.contextByParagraph.get(number) ?? {};
  const treaties = paragraph.treaties.map((id) => model.treatyById.get(id)).filter((t): t is Treaty => t !== undefined);
  const backlinks = (model.backlinksByParagraph.get(number) ?? []).map((b) => ({
    ...b,
    localReason: localProse(b.reason, b.conclusion.poaLinks.find((l) => l.paragraph === b.ref)?.reasonRu, lang),
  }));
  const linked = new Set(backlinks.map((b) => b.conclusion.id));
  const relatedConclusions = [...new Set(paragraph.treaties.flatMap((t) => model.conclusionsByTreaty.get(t) ?? []))].filter((c) => !linked.has(c.id));
  const data: PoaParagraphPageData = {
    paragraph,
    part: number <= 7 ? 'declaration' : 'programme',
    context,
    contextLabel: localContextLabel(context, lang),
    backlinks,
    treaties: treaties.map((t) => ({ ...t, localShortName: treatyShortName(t, lang), localTitle: localTitle(t.title, t.titleRu, lang) })),
    categories: paragraph.categories
      .map((id) => model.categoryById.get(id))
      .filter((c): c is Category => c !== undefined)
      .map((c) => ({ ...c, localName: categoryName(c, lang) })),
    citation: poaCitation(number),
    relatedConclusions,
  };
  if (model.paragraphByNumber.has(number - 1)) data.previous = number - 1;
  if (model.paragraphByNumber.has(number + 1)) data.next = number + 1;
  return data;
}

export interface OfficialTextLink {
  href: string;
  title: LocalText;
  publisher: string | undefined;
}

/**
 * Where the Programme of Action's official text in the page's language is published: on Russian
 * pages, the web source its seed source names for the Russian text (content/sources/seed-1996-poa.yaml,
 * `officialTexts.ru`); undefined otherwise (the page
 * then says only that the text exists). English pages show the English text itself.
 */
export function officialTextLink(model: Model, lang: Lang): OfficialTextLink | undefined {
  if (lang !== 'ru') return undefined;
  // The seed source of the Programme of Action names the web source reproducing its official Russian text (`officialTexts`).
  const seed = model.sourceById.get('seed-1996-poa');
  const id = seed?.kind === 'seed' ? seed.officialTexts?.[lang] : undefined;
  const source = id === undefined ? undefined : model.sourceById.get(id);
  if (!source || source.kind !== 'web') return undefined;
  return { href: source.url, title: { text: source.title, lang: titleLang(source.title) }, publisher: source.publisher };
}

/** A treaty's short name in the page's language (a Russian short name is always ours). */
export function treatyShortName(treaty: Pick<Treaty, 'shortName' | 'shortNameRu'>, lang: Lang): LocalText {
  return localProse(treaty.shortName, treaty.shortNameRu, lang);
}

/** A category's name in the page's language, with its origin. */
export function categoryName(category: Pick<Category, 'name' | 'nameRu'>, lang: Lang): LocalText {
  return localTitle(category.name, category.nameRu, lang);
}

/** The heading context of a paragraph ("Ch. II Legislation › B. …"): headings are the document's, the abbreviation the page's language. */
export function localContextLabel(context: ParagraphContext, lang: Lang): string {
  return contextLabel(context).replace(/^Ch\. /, `${dictionary(lang).poa.chapterAbbr} `);
}

export interface PoaIndexPageData {
  items: DocumentItem[];
  /** Parts, chapters and sections, for the contents. */
  toc: PoaHeading[];
  categories: (Category & { localName: LocalText })[];
  dates: TrackerDate[];
  trackers: (PoaTracker & { treatyNames: LocalText[] })[];
  officialText: OfficialTextLink | undefined;
}

export function buildPoaIndexPageData(model: Model, today: string, lang: Lang): PoaIndexPageData {
  const dates = trackerDates(model, today, lang);
  return {
    items: poaDocumentItems(model),
    toc: model.poaHeadings.filter((h) => h.kind === 'part' || h.kind === 'chapter' || h.kind === 'section'),
    categories: [...model.categories].sort((a, b) => a.order - b.order).map((c) => ({ ...c, localName: categoryName(c, lang) })),
    dates,
    trackers: poaTrackerIndex(model, dates).map((t) => ({ ...t, treatyNames: t.treaties.map((tr) => treatyShortName(tr, lang)) })),
    officialText: officialTextLink(model, lang),
  };
}

export interface CategoryPageData {
  category: Category;
  /** The category's name in the page's language, with its origin. */
  name: LocalText;
  /** The paragraphs tagged with it, each with the start of its text (English, the document's). */
  paragraphs: { number: number; excerpt: string }[];
  /** Footnotes of the definition (those the source kept). */
  footnotes: { number: number; text: string | undefined }[];
}

export function buildCategoryPageData(model: Model, id: string | undefined, lang: Lang): CategoryPageData {
  const category = id === undefined ? undefined : model.categoryById.get(id);
  if (!category) throw new Error(`unknown category ${id}`);
  const paragraphs = (model.paragraphsByCategory.get(category.id) ?? [])
    .map((n) => model.paragraphByNumber.get(n))
    .filter((p): p is PoaParagraph => p !== undefined)
    .map((p) => ({ number: p.number, excerpt: (p.text ?? p.subparagraphs[0]?.text ?? '').slice(0, 140) }));
  return {
    category,
    name: categoryName(category, lang),
    paragraphs,
    footnotes: category.footnotes.map((n) => ({ number: n, text: model.poaFootnotes.find((f) => f.number === n)?.text })),
  };
}
