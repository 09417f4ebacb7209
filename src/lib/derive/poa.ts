/**
 * Programme of Action derivations: where a paragraph sits in the document (part, chapter,
 * section, subsection, label), cross-reference backlinks (each link is stored once, on the 2004
 * conclusion; the PoA side is derived here), and reverse indexes by treaty and category.
 */
import type { Conclusion } from '../../schemas/conclusion.ts';
import type { PoaHeading, PoaParagraph } from '../../schemas/poa.ts';
import { poaRefOf, printPoaRef, type PoaRef } from '../../schemas/refs.ts';

export interface ParagraphContext {
  part?: PoaHeading;
  chapter?: PoaHeading;
  section?: PoaHeading;
  subsection?: PoaHeading;
  label?: PoaHeading;
}

/** Headings in force at each paragraph: a heading applies from its firstParagraph until a heading of the same or higher level replaces it. */
export function paragraphContexts(headings: readonly PoaHeading[], numbers: readonly number[]): Map<number, ParagraphContext> {
  const ordered = headings
    .filter((h): h is PoaHeading & { firstParagraph: number } => h.firstParagraph !== null)
    .map((h, index) => ({ h, index }))
    .sort((a, b) => a.h.firstParagraph - b.h.firstParagraph || a.index - b.index);
  const contexts = new Map<number, ParagraphContext>();
  let current: ParagraphContext = {};
  let cursor = 0;
  for (const n of [...numbers].sort((a, b) => a - b)) {
    while (cursor < ordered.length && ordered[cursor]!.h.firstParagraph <= n) {
      const { h } = ordered[cursor]!;
      switch (h.kind) {
        case 'part':
          current = { part: h };
          break;
        case 'chapter':
          current = { ...(current.part ? { part: current.part } : {}), chapter: h };
          break;
        case 'section': {
          const { part, chapter } = current;
          current = { ...(part ? { part } : {}), ...(chapter ? { chapter } : {}), section: h };
          break;
        }
        case 'subsection': {
          const { part, chapter, section } = current;
          current = { ...(part ? { part } : {}), ...(chapter ? { chapter } : {}), ...(section ? { section } : {}), subsection: h };
          break;
        }
        case 'label':
          current = { ...current, label: h };
          break;
        case 'annex':
          break;
      }
      cursor++;
    }
    contexts.set(n, current);
  }
  return contexts;
}

/** "II.B Legislation" style label for search results and headings. */
export function contextLabel(context: ParagraphContext): string {
  const parts: string[] = [];
  if (context.chapter) parts.push(`Ch. ${context.chapter.id ?? ''} ${titleCase(context.chapter.title)}`.trim());
  else if (context.part) parts.push(titleCase(context.part.title));
  if (context.section) parts.push(context.section.title);
  if (context.subsection) parts.push(context.subsection.title);
  return parts.join(' › ');
}

function titleCase(text: string): string {
  return text === text.toUpperCase() ? text.charAt(0) + text.slice(1).toLowerCase() : text;
}

export interface Backlink {
  conclusion: Conclusion;
  /** The paragraph reference as stored ("13" or "13-c"). */
  ref: string;
  /** The same reference, parsed: paragraph 13, subparagraph (c). */
  target: PoaRef;
  reason: string;
}

/** For every PoA paragraph number, the conclusions that take it up (from the conclusions' poaLinks). */
export function poaBacklinks(conclusions: readonly Conclusion[]): Map<number, Backlink[]> {
  const byParagraph = new Map<number, Backlink[]>();
  for (const conclusion of conclusions) {
    for (const link of conclusion.poaLinks) {
      const target = poaRefOf(link.paragraph);
      const list = byParagraph.get(target.paragraph) ?? [];
      list.push({ conclusion, ref: link.paragraph, target, reason: link.reason });
      byParagraph.set(target.paragraph, list);
    }
  }
  for (const list of byParagraph.values()) list.sort((a, b) => a.conclusion.order - b.conclusion.order);
  return byParagraph;
}

/** Paragraph numbers naming each treaty (or tagged with each category). */
export function indexParagraphsBy(paragraphs: readonly PoaParagraph[], field: 'treaties' | 'categories'): Map<string, number[]> {
  const index = new Map<string, number[]>();
  for (const p of paragraphs) {
    for (const id of p[field]) {
      const list = index.get(id) ?? [];
      list.push(p.number);
      index.set(id, list);
    }
  }
  return index;
}

/** Citation line trainers copy: "Programme of Action, CIS Conference, Geneva 1996, para. 47". */
export function poaCitation(ref: string | number): string {
  return `Programme of Action, CIS Conference, Geneva 1996, para. ${printPoaRef(poaRefOf(ref))}`;
}
