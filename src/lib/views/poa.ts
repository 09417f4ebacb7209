/** View-models for the Programme of Action pages. */
import type { Conclusion } from '../../schemas/conclusion.ts';
import type { PoaHeading, PoaParagraph } from '../../schemas/poa.ts';
import type { Treaty } from '../../schemas/treaty.ts';
import type { Category } from '../../schemas/category.ts';
import { contextLabel, poaCitation, type Backlink, type ParagraphContext } from '../derive/poa.ts';
import type { Model } from '../model.ts';

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

export interface PoaParagraphPageData {
  paragraph: PoaParagraph;
  context: ParagraphContext;
  contextLabel: string;
  previous?: number;
  next?: number;
  backlinks: Backlink[];
  treaties: Treaty[];
  categories: Category[];
  citation: string;
  /** Conclusions naming the same treaties, for "see also". */
  relatedConclusions: Conclusion[];
}

export function buildPoaParagraphPageData(model: Model, number: number): PoaParagraphPageData {
  const paragraph = model.paragraphByNumber.get(number);
  if (!paragraph) throw new Error(`PoA paragraph ${number} does not exist`);
  const context = model.contextByParagraph.get(number) ?? {};
  const treaties = paragraph.treaties.map((id) => model.treatyById.get(id)).filter((t): t is Treaty => t !== undefined);
  const backlinks = model.backlinksByParagraph.get(number) ?? [];
  const linked = new Set(backlinks.map((b) => b.conclusion.id));
  const relatedConclusions = [...new Set(paragraph.treaties.flatMap((t) => model.conclusionsByTreaty.get(t) ?? []))].filter((c) => !linked.has(c.id));
  const data: PoaParagraphPageData = {
    paragraph,
    context,
    contextLabel: contextLabel(context),
    backlinks,
    treaties,
    categories: paragraph.categories.map((id) => model.categoryById.get(id)).filter((c): c is Category => c !== undefined),
    citation: poaCitation(number),
    relatedConclusions,
  };
  if (model.paragraphByNumber.has(number - 1)) data.previous = number - 1;
  if (model.paragraphByNumber.has(number + 1)) data.next = number + 1;
  return data;
}
