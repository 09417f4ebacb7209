/**
 * What the seed-fidelity rule compares: every published unit of seed text (a PoA paragraph,
 * heading, footnote, Annex 2 text, category definition, 2004 conclusion, block of a rendered
 * document) with the seed line ranges it cites, its labels and numbers put back in their printed
 * place so that they are compared too. The comparison itself is src/lib/fidelity.ts.
 */
import type { SeedTokenOptions } from '../../fidelity.ts';
import { lineRangeOf, type LineRange } from '../../../schemas/refs.ts';
import type { PathSegment } from '../problem.ts';
import { list } from './context.ts';
import type { EntriesContext, Entry } from './types.ts';

export interface SeedUnit {
  /** The entry that publishes the unit, and the field to point at. */
  entry: Entry;
  path: PathSegment[];
  /** For messages: "content/poa/structure.yaml #3". */
  label: string;
  /** Published text parts in printed order. */
  parts: readonly (string | undefined)[];
  ranges: LineRange[];
  /** false: counts for coverage and nesting only (tables, lost passages, Annex 1). */
  compare: boolean;
  opts?: SeedTokenOptions;
}

interface Para { number: number; text?: string; subparagraphs?: { label: string; text: string }[]; trailing?: string; lines: string }

/** A PoA paragraph as printed: "13." then the text, each subparagraph behind its "(a)". */
export function printedParagraph(p: Para): string[] {
  return [`${p.number}.`, p.text ?? '', ...(p.subparagraphs ?? []).flatMap((s) => [`(${s.label})`, s.text]), p.trailing ?? ''];
}

/** Entries that passed their schema (a unit of a broken entry is reported by the schema first). */
const valid = (ctx: EntriesContext, collection: string) => ctx.of(collection).filter((e) => !e.partial);

export function poaUnits(ctx: EntriesContext): SeedUnit[] {
  const units: SeedUnit[] = [];
  const unit = (entry: Entry, path: PathSegment[], label: string, parts: SeedUnit['parts'], lines: string[], rest: Partial<SeedUnit> = {}) =>
    units.push({ entry, path, label, parts, ranges: lines.map(lineRangeOf), compare: true, ...rest });
  for (const e of valid(ctx, 'poaParagraphs')) {
    const para = e.data as unknown as Para;
    unit(e, [para.text === undefined ? 'subparagraphs' : 'text'], e.file.file, printedParagraph(para), [para.lines]);
  }
  for (const e of valid(ctx, 'poaStructure')) {
    list<{ kind: string; id: string | null; title: string; lines: string }>(e.data['headings']).forEach((h, i) => {
      // Chapters print their roman numeral before the title ("I. PRINCIPLES"); the others carry it in the title.
      const parts = h.kind === 'chapter' && h.id ? [`${h.id}.`, h.title] : [h.title];
      unit(e, [i, 'title'], `${e.file.file} #${i + 1} "${h.title}"`, parts, [h.lines]);
    });
  }
  for (const e of valid(ctx, 'poaFootnotes')) {
    list<{ number: number; text: string; lines: string }>(e.data['footnotes']).forEach((fn, i) => {
      unit(e, [i, 'text'], `${e.file.file} [${fn.number}]`, [`[${fn.number}]`, fn.text], [fn.lines]);
    });
  }
  for (const e of valid(ctx, 'categories')) {
    // Annex 2 numbers its definitions "3." to "10."; the number is not part of the definition.
    unit(e, ['definition'], e.file.file, [e.data['definition'] as string], [e.data['lines'] as string], { opts: { lineStartSkip: /^\d{1,2}\.$/ } });
  }
  for (const e of valid(ctx, 'poaAnnexTwo')) {
    // Its heading "ANNEX 2" is the structure.yaml heading nested in this range, compared there.
    unit(e, ['title'], `${e.file.file} (title, intro)`, [e.data['title'] as string, e.data['intro'] as string | undefined], [e.data['lines'] as string]);
    list<{ text: string; lines: string }>(e.data['groups']).forEach((g, i) => unit(e, ['groups', i, 'text'], `${e.file.file} groups[${i}]`, [g.text], [g.lines]));
  }
  for (const e of valid(ctx, 'poaAnnexOne')) {
    // Annex 1 restores two interleaved columns into lists: its order differs from the seed by
    // design, so it counts for coverage only.
    const groups = list<{ lines: string }>(e.data['groups']).map((g) => g.lines);
    unit(e, ['lines'], e.file.file, [], [e.data['lines'] as string, ...groups], { compare: false });
  }
  return units;
}

export function conclusionUnits(ctx: EntriesContext): SeedUnit[] {
  return valid(ctx, 'conclusions').map((e) => ({
    entry: e,
    path: [...e.base, 'text'],
    label: `${e.file.file} #${String(e.data['id'])}`,
    parts: [e.data['text'] as string],
    ranges: [lineRangeOf(e.data['lines'] as string)],
    compare: true,
  }));
}

/**
 * Extraction garbage the site leaves out, listed token by token for the one block where it
 * occurs (rule 9 of src/lib/fidelity.ts). Anything not listed here must match.
 */
export const KNOWN_NOISE: Record<string, { noise: { token: string; asPublished?: string }[]; reason: string }> = {
  'seed-2011-unhcr-paper#s29-l2': {
    noise: [{ token: 'orwSbE5kEz6o)wkb5-,SEx6ir)wEkbzS,56', asPublished: 'or' }, { token: "6-b'ES6i" }],
    reason: 'line 417: the item breaks off in a run of garbled characters glued to "or"; the legible "or" is kept (a lost block follows)',
  },
  'seed-2011-unhcr-paper#annex-immigrants': { noise: [{ token: 'e' }], reason: 'line 427: stray glyph "e" (a lost symbol font) before the annex table title' },
  'seed-2011-unhcr-paper#annex-international-treaties': { noise: [{ token: 'e' }], reason: 'line 436: stray glyph "e" before the annex table title' },
  'seed-2011-unhcr-paper#annex-regional-treaties': { noise: [{ token: 'e' }], reason: 'line 440: stray glyph "e" before the annex table title' },
  'seed-2011-unhcr-paper#annex-regional-organizations': { noise: [{ token: 'e' }], reason: 'line 444: stray glyph "e" before the annex table title' },
};

type Block =
  | { kind: 'heading'; id: string; text: string; lines: string }
  | { kind: 'paragraph'; id: string; number?: number; text: string; lines: string }
  | { kind: 'list'; id: string; items: string[]; lines: string }
  | { kind: 'footnote'; id: string; number?: number | string; marker?: string; text: string; lines: string; continuedLines?: string }
  | { kind: 'table'; id: string; lines: string }
  | { kind: 'lost'; id: string; lines: string };

function blockUnit(e: Entry, i: number, b: Block): SeedUnit {
  const sourceId = String(e.data['source']);
  const base = { entry: e, label: `${e.file.file} #${b.id} (${b.kind})`, ranges: [lineRangeOf(b.lines)], compare: true };
  const noise = KNOWN_NOISE[`${sourceId}#${b.id}`]?.noise;
  const path = (field: string): PathSegment[] => ['blocks', i, field];
  switch (b.kind) {
    case 'heading':
      return { ...base, path: path('text'), parts: [b.text], opts: { noise } };
    case 'paragraph':
      return { ...base, path: path('text'), parts: [b.number !== undefined ? `${b.number}.` : undefined, b.text], opts: { noise } };
    case 'list':
      // Bullets ("-") and item numbers ("1.") of the seed are list markup, rendered by the site.
      return { ...base, path: path('items'), parts: b.items, opts: { noise, lineStartSkip: /^(?:\d{1,3}\.|[-•])$/ } };
    case 'footnote': {
      const mark = String(b.marker ?? b.number ?? '');
      if (b.continuedLines) base.ranges.push(lineRangeOf(b.continuedLines));
      return { ...base, path: path('text'), parts: [mark ? `[${mark}]` : undefined, b.text], opts: { noise, ...(mark ? { leadingMark: mark } : {}) } };
    }
    default:
      // Tables are reconstructions (see their notes); lost passages have no text.
      return { ...base, path: path('lines'), parts: [], compare: false };
  }
}

/** The blocks of each rendered document of a seed source, by source id. */
export function documentUnits(ctx: EntriesContext): Map<string, SeedUnit[]> {
  const out = new Map<string, SeedUnit[]>();
  for (const e of valid(ctx, 'documents')) {
    const sourceId = String(e.data['source']);
    if (ctx.sources.get(sourceId)?.['kind'] !== 'seed') continue;
    out.set(sourceId, list<Block>(e.data['blocks']).map((b, i) => blockUnit(e, i, b)));
  }
  return out;
}

/** The seed lines printing a conclusions heading: one line, or two when it wraps. */
export function headingLines(seed: readonly string[], heading: string): number[] {
  const norm = (s: string) => s.trim().replace(/\s+/g, ' ');
  const found: number[] = [];
  for (let i = 0; i < seed.length; i++) {
    if (norm(seed[i]!) === heading) found.push(i + 1);
    else if (i + 1 < seed.length && norm(`${seed[i]} ${seed[i + 1]}`) === heading) found.push(i + 1, i + 2);
  }
  return found;
}
