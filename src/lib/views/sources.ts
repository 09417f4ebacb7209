/** View-model for a source page: the source, its rendered document, and the pages that cite it. */
import type { SourceDocument } from '../../schemas/document.ts';
import type { Source } from '../../schemas/source.ts';
import type { Model } from '../model.ts';

export interface CitingPage {
  href: string;
  label: string;
}

/** Every page whose facts cite `sourceId`, de-duplicated. */
export function pagesCiting(model: Model, sourceId: string): CitingPage[] {
  const pages = new Map<string, string>();
  const cites = (value: unknown): boolean => {
    if (Array.isArray(value)) return value.some(cites);
    if (value && typeof value === 'object') {
      const obj = value as Record<string, unknown>;
      if (obj['source'] === sourceId && typeof obj['locator'] === 'string') return true;
      return Object.values(obj).some(cites);
    }
    return false;
  };
  for (const t of model.treaties) {
    if (cites(t) || cites(model.recordsByTreaty.get(t.id))) pages.set(`/treaties/${t.id}/`, `Treaty: ${t.shortName}`);
  }
  for (const l of model.laws) if (cites(l)) pages.set(`/laws/${l.id}/`, `Law: ${l.title}`);
  for (const c of model.countryList) {
    if (cites(c) || cites(model.memberships.map((m) => m.members.filter((x) => x.country === c.id)))) pages.set(`/countries/${c.slug}/`, `Country: ${c.name}`);
  }
  for (const a of model.assertions) if (a.document === sourceId) pages.set('/matrix/', 'Gap matrix: statements of this document');
  for (const s of model.statistics) if (cites(s)) pages.set('/countries/', 'Regional overview: figures');
  return [...pages].map(([href, label]) => ({ href, label })).sort((a, b) => a.label.localeCompare(b.label));
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

export function buildSourcePageData(model: Model, id: string | undefined): {
  source: Source;
  document: SourceDocument | undefined;
  lostCount: number;
  citedBy: CitingPage[];
  levels: Map<string, number>;
} {
  const source = id ? model.sourceById.get(id) : undefined;
  if (!source) throw new Error(`unknown source ${id}`);
  const document = model.documentBySource.get(source.id);
  return {
    source,
    document,
    lostCount: document?.blocks.filter((b) => b.kind === 'lost').length ?? 0,
    citedBy: pagesCiting(model, source.id),
    levels: document ? headingLevels(document) : new Map(),
  };
}
