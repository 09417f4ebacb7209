/**
 * The published text is the seed text: every PoA paragraph, heading, footnote and Annex 2 text,
 * every category definition, every 2004 conclusion and every heading/paragraph/list/footnote block
 * of the three rendered documents is compared with the seed lines it cites, after the
 * normalisation documented in src/lib/fidelity.ts (extraction noise only). And every seed line
 * with text is covered by some published unit, so no passage is silently dropped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  cleanSeedLine,
  compareUnit,
  nestedLines,
  parseRange,
  partialOverlaps,
  splitSeed,
  uncoveredLines,
  type LineRange,
  type UnitToCompare,
} from '../../src/lib/fidelity.ts';

const ROOT = join(import.meta.dirname, '../..');
const CONTENT = join(ROOT, 'content');
const read = (rel: string) => readFileSync(join(CONTENT, rel), 'utf8');
const yaml = (rel: string) => parse(read(rel));

function seedOf(sourceId: string): string[] {
  const source = yaml(`sources/${sourceId}.yaml`) as { file: string };
  return splitSeed(read(`seeds/${source.file}`));
}

interface Unit extends UnitToCompare {
  /** false: counts for coverage and nesting only (tables, lost passages, Annex 1). */
  compare: boolean;
}

/** Fill in `nested` for every unit and return the failures of those to compare. */
function check(seed: string[], units: Unit[]): string[] {
  const all = units.map((u) => u.ranges);
  return units
    .map((u, k) => (u.compare ? compareUnit(seed, { ...u, opts: { ...u.opts, nested: nestedLines(all, k) } }) : null))
    .filter((m): m is string => m !== null);
}

const report = (failures: string[]) => `${failures.length} unit(s) differ from the seed:\n\n${failures.join('\n\n')}`;

// ---------------------------------------------------------------- PoA (seed-1996-poa)
interface Para { number: number; text?: string; subparagraphs?: { label: string; text: string }[]; trailing?: string; lines: string }
const PARA_DIR = 'poa/paragraphs';
const paraFiles = readdirSync(join(CONTENT, PARA_DIR)).filter((f) => f.endsWith('.yaml')).sort();
const paragraphs = paraFiles.map((f) => ({ file: `content/${PARA_DIR}/${f}`, para: yaml(`${PARA_DIR}/${f}`) as Para }));

/** A PoA paragraph as printed: "13." then the text, each subparagraph behind its "(a)". */
function printedParagraph(p: Para): string[] {
  return [`${p.number}.`, p.text ?? '', ...(p.subparagraphs ?? []).flatMap((s) => [`(${s.label})`, s.text]), p.trailing ?? ''];
}

function poaUnits(): Unit[] {
  const units: Unit[] = [];
  for (const { file, para } of paragraphs) {
    units.push({ label: file, parts: printedParagraph(para), ranges: [parseRange(para.lines)], compare: true });
  }
  const headings = yaml('poa/structure.yaml') as { kind: string; id: string | null; title: string; lines: string }[];
  headings.forEach((h, i) => {
    // Chapters print their roman numeral before the title ("I. PRINCIPLES"); the others carry it in the title.
    const parts = h.kind === 'chapter' && h.id ? [`${h.id}.`, h.title] : [h.title];
    units.push({ label: `content/poa/structure.yaml #${i + 1} "${h.title}"`, parts, ranges: [parseRange(h.lines)], compare: true });
  });
  const footnotes = yaml('poa/footnotes.yaml') as { number: number; text: string; lines: string }[];
  for (const fn of footnotes) {
    units.push({ label: `content/poa/footnotes.yaml [${fn.number}]`, parts: [`[${fn.number}]`, fn.text], ranges: [parseRange(fn.lines)], compare: true });
  }
  for (const f of readdirSync(join(CONTENT, 'categories')).filter((x) => x.endsWith('.yaml')).sort()) {
    const c = yaml(`categories/${f}`) as { definition: string; lines: string };
    // Annex 2 numbers its definitions "3." to "10."; the number is not part of the definition.
    units.push({ label: `content/categories/${f}`, parts: [c.definition], ranges: [parseRange(c.lines)], compare: true, opts: { lineStartSkip: /^\d{1,2}\.$/ } });
  }
  const a2 = yaml('poa/annex-2.yaml') as { heading: string; title: string; intro?: string; lines: string; groups?: { text: string; lines: string }[] };
  // Its heading "ANNEX 2" is the structure.yaml heading nested in this range, compared there.
  units.push({ label: 'content/poa/annex-2.yaml (title, intro)', parts: [a2.title, a2.intro], ranges: [parseRange(a2.lines)], compare: true });
  (a2.groups ?? []).forEach((g, i) => {
    units.push({ label: `content/poa/annex-2.yaml groups[${i}]`, parts: [g.text], ranges: [parseRange(g.lines)], compare: true });
  });
  // Annex 1 restores two interleaved columns into lists: its order differs from the seed by design,
  // so it counts for coverage only.
  const a1 = yaml('poa/annex-1.yaml') as { lines: string; groups: { lines: string }[] };
  units.push({ label: 'content/poa/annex-1.yaml', parts: [], ranges: [parseRange(a1.lines), ...a1.groups.map((g) => parseRange(g.lines))], compare: false });
  return units;
}

// ---------------------------------------------------------------- 2004 conclusions (seed-2004-conclusions)
interface Conclusion { id: string; heading: string; text: string; lines: string }
const conclusions = yaml('conclusions-2004/conclusions.yaml') as Conclusion[];

/**
 * Lines of seed 001 that no conclusion publishes, each with the reason. (Headings are checked
 * separately: each heading line must be the verbatim heading of the conclusions under it.)
 */
const CONCLUSIONS_EXCEPTIONS: { line: number; text: string; reason: string }[] = [
  { line: 1, text: 'CHAIR’S CONCLUSIONS', reason: 'document title: shown as the page title, not as a conclusion' },
  { line: 288, text: 'Minsk', reason: 'closing place of signature, not a conclusion' },
  { line: 289, text: '28 May 2004', reason: 'closing date of signature, not a conclusion (the date is the source date)' },
];

/** The seed lines printing a conclusions heading: one line, or two when it wraps. */
function headingLines(seed: string[], heading: string): number[] {
  const norm = (s: string) => s.trim().replace(/\s+/g, ' ');
  const found: number[] = [];
  for (let i = 0; i < seed.length; i++) {
    if (norm(seed[i]!) === heading) found.push(i + 1);
    else if (i + 1 < seed.length && norm(`${seed[i]} ${seed[i + 1]}`) === heading) found.push(i + 1, i + 2);
  }
  return found;
}

// ---------------------------------------------------------------- documents (seeds 002-004)
type Block =
  | { kind: 'heading'; id: string; text: string; lines: string }
  | { kind: 'paragraph'; id: string; number?: number; text: string; lines: string }
  | { kind: 'list'; id: string; items: string[]; lines: string }
  | { kind: 'footnote'; id: string; number?: number | string; marker?: string; text: string; lines: string; continuedLines?: string }
  | { kind: 'table'; id: string; lines: string }
  | { kind: 'lost'; id: string; lines: string };
const DOCUMENTS = ['seed-2000-assessment', 'seed-2005-sg-report', 'seed-2011-unhcr-paper'];

/**
 * Extraction garbage the site leaves out, listed token by token for the one block where it occurs
 * (rule 9 of src/lib/fidelity.ts). Anything not listed here must match.
 */
const KNOWN_NOISE: Record<string, { noise: { token: string; asPublished?: string }[]; reason: string }> = {
  'seed-2011-unhcr-paper#s29-l2': {
    noise: [{ token: "orwSbE5kEz6o)wkb5-,SEx6ir)wEkbzS,56", asPublished: 'or' }, { token: "6-b'ES6i" }],
    reason: 'line 417: the item breaks off in a run of garbled characters glued to "or"; the legible "or" is kept (a lost block follows)',
  },
  'seed-2011-unhcr-paper#annex-immigrants': { noise: [{ token: 'e' }], reason: 'line 427: stray glyph "e" (a lost symbol font) before the annex table title' },
  'seed-2011-unhcr-paper#annex-international-treaties': { noise: [{ token: 'e' }], reason: 'line 436: stray glyph "e" before the annex table title' },
  'seed-2011-unhcr-paper#annex-regional-treaties': { noise: [{ token: 'e' }], reason: 'line 440: stray glyph "e" before the annex table title' },
  'seed-2011-unhcr-paper#annex-regional-organizations': { noise: [{ token: 'e' }], reason: 'line 444: stray glyph "e" before the annex table title' },
};

function blockUnit(sourceId: string, b: Block): Unit {
  const label = `content/documents/${sourceId}.yaml #${b.id} (${b.kind})`;
  const ranges: LineRange[] = [parseRange(b.lines)];
  const noise = KNOWN_NOISE[`${sourceId}#${b.id}`]?.noise;
  switch (b.kind) {
    case 'heading':
      return { label, parts: [b.text], ranges, compare: true, opts: { noise } };
    case 'paragraph':
      return { label, parts: [b.number !== undefined ? `${b.number}.` : undefined, b.text], ranges, compare: true, opts: { noise } };
    case 'list':
      // Bullets ("-") and item numbers ("1.") of the seed are list markup, rendered by the site.
      return { label, parts: b.items, ranges, compare: true, opts: { noise, lineStartSkip: /^(?:\d{1,3}\.|[-•])$/ } };
    case 'footnote': {
      const mark = String(b.marker ?? b.number ?? '');
      if (b.continuedLines) ranges.push(parseRange(b.continuedLines));
      return { label, parts: [mark ? `[${mark}]` : undefined, b.text], ranges, compare: true, opts: { noise, ...(mark ? { leadingMark: mark } : {}) } };
    }
    default:
      // Tables are reconstructions (see their notes); lost passages have no text.
      return { label, parts: [], ranges, compare: false };
  }
}

function documentUnits(sourceId: string): Unit[] {
  const doc = yaml(`documents/${sourceId}.yaml`) as { blocks: Block[] };
  return doc.blocks.map((b) => blockUnit(sourceId, b));
}

// ================================================================ tests
describe('published text is the seed text (extraction noise repaired only)', () => {
  it('all 149 PoA paragraphs, headings, footnotes, Annex 2 and category definitions match seed 000', () => {
    expect(paragraphs.map((p) => p.para.number)).toEqual(Array.from({ length: 149 }, (_, i) => i + 1));
    const seed = seedOf('seed-1996-poa');
    const a2 = yaml('poa/annex-2.yaml') as { heading: string; lines: string };
    expect(a2.heading, 'annex-2.yaml heading').toBe(seed[parseRange(a2.lines).start - 1]!.trim());
    const failures = check(seed, poaUnits());
    expect(failures, report(failures)).toEqual([]);
  });

  it('every 2004 conclusion and heading matches seed 001', () => {
    const seed = seedOf('seed-2004-conclusions');
    const units: Unit[] = conclusions.map((c) => ({ label: `content/conclusions-2004/conclusions.yaml #${c.id}`, parts: [c.text], ranges: [parseRange(c.lines)], compare: true }));
    const failures = check(seed, units);
    for (const heading of new Set(conclusions.map((c) => c.heading))) {
      if (headingLines(seed, heading).length === 0) failures.push(`conclusions.yaml: heading "${heading}" is not a line (or two) of the seed`);
    }
    expect(failures, report(failures)).toEqual([]);
  });

  for (const sourceId of DOCUMENTS) {
    it(`every heading, paragraph, list and footnote of ${sourceId} matches its seed`, () => {
      const units = documentUnits(sourceId);
      expect(units.filter((u) => u.compare).length).toBeGreaterThan(0);
      const failures = check(seedOf(sourceId), units);
      expect(failures, report(failures)).toEqual([]);
    });
  }
});

describe('line ranges', () => {
  const units: [string, () => Unit[]][] = [
    ['seed-1996-poa', poaUnits],
    ...DOCUMENTS.map((d): [string, () => Unit[]] => [d, () => documentUnits(d)]),
  ];
  for (const [sourceId, make] of units) {
    it(`units of ${sourceId} share seed lines only by nesting (a footnote inside a paragraph)`, () => {
      const us = make();
      const pairs = partialOverlaps(us.map((u) => u.ranges)).map(([a, b]) => `${us[a]!.label} ~ ${us[b]!.label}`);
      expect(pairs, pairs.join('\n')).toEqual([]);
    });
  }
});

describe('no seed passage is silently dropped', () => {
  const fmt = (seed: string[], lines: number[]) => lines.map((n) => `  line ${n}: ${seed[n - 1]!.trim().slice(0, 100)}`).join('\n');

  it('every text line of seed 000 is published (paragraphs, headings, footnotes, annexes, categories)', () => {
    const seed = seedOf('seed-1996-poa');
    const missing = uncoveredLines(seed, poaUnits().flatMap((u) => u.ranges));
    expect(missing, `uncovered lines of seed 000:\n${fmt(seed, missing)}`).toEqual([]);
  });

  it('every text line of seed 001 is a conclusion, a heading or a listed exception', () => {
    const seed = seedOf('seed-2004-conclusions');
    for (const ex of CONCLUSIONS_EXCEPTIONS) expect(seed[ex.line - 1]?.trim(), `exception line ${ex.line}`).toBe(ex.text);
    const headings = [...new Set(conclusions.map((c) => c.heading))].flatMap((h) => headingLines(seed, h));
    const missing = uncoveredLines(
      seed,
      conclusions.map((c) => parseRange(c.lines)),
      new Set([...CONCLUSIONS_EXCEPTIONS.map((e) => e.line), ...headings]),
    );
    expect(missing, `uncovered lines of seed 001:\n${fmt(seed, missing)}`).toEqual([]);
  });

  for (const sourceId of DOCUMENTS) {
    it(`every text line of ${sourceId} is in a block (lines or continuedLines)`, () => {
      const seed = seedOf(sourceId);
      const missing = uncoveredLines(seed, documentUnits(sourceId).flatMap((u) => u.ranges));
      expect(missing, `uncovered lines of ${sourceId}:\n${fmt(seed, missing)}`).toEqual([]);
    });
  }
});

describe('normalisation of extraction noise', () => {
  it('removes markdown and HTML markup, keeps escaped characters, turns <sup> into a marker', () => {
    expect(cleanSeedLine('## **I. Overview of Major Patterns**')).toBe('I. Overview of Major Patterns');
    expect(cleanSeedLine('Item 42 of the provisional agenda\\*')).toBe('Item 42 of the provisional agenda*');
    expect(cleanSeedLine('Central Asia<sup>3</sup> was <b>firmly</b> *integrated*')).toBe('Central Asia[3] was firmly integrated');
    expect(cleanSeedLine('Available at [www.x.org/a](http://www.x.org/a) and <http://www.y.org>.')).toBe('Available at www.x.org/a and http://www.y.org.');
  });
});

describe('the comparison catches real changes', () => {
  // Every compared unit of every seed, mutated in its middle word: altered, then dropped.
  const corpora: [string, Unit[]][] = [
    ['seed-1996-poa', poaUnits()],
    ['seed-2004-conclusions', conclusions.map((c) => ({ label: c.id, parts: [c.text], ranges: [parseRange(c.lines)], compare: true }))],
    ...DOCUMENTS.map((d): [string, Unit[]] => [d, documentUnits(d)]),
  ];
  for (const [sourceId, units] of corpora) {
    it(`in ${sourceId}, altering or dropping the middle word of any unit fails`, () => {
      const seed = seedOf(sourceId);
      const all = units.map((u) => u.ranges);
      const missed: string[] = [];
      units.forEach((u, k) => {
        if (!u.compare) return;
        const words = u.parts.flatMap((p) => (p ?? '').split(/\s+/).filter(Boolean));
        const mid = Math.floor(words.length / 2);
        const variants = {
          altered: words.map((w, i) => (i === mid ? `${w}x` : w)),
          dropped: words.filter((_, i) => i !== mid),
        };
        for (const [what, variant] of Object.entries(variants)) {
          const msg = compareUnit(seed, { ...u, parts: [variant.join(' ')], opts: { ...u.opts, nested: nestedLines(all, k) } });
          if (msg === null) missed.push(`${u.label}: ${what} word ${mid} «${words[mid]}» not detected`);
        }
      });
      expect(missed, missed.join('\n')).toEqual([]);
    });
  }

  const seed = seedOf('seed-1996-poa');
  const para = paragraphs.find((p) => p.para.number === 1)!.para;
  const unit = (text: string): UnitToCompare => ({ label: 'para-001 (mutated)', parts: printedParagraph({ ...para, text }), ranges: [parseRange(para.lines)] });

  it('the real paragraph passes', () => {
    expect(compareUnit(seed, unit(para.text!))).toBeNull();
  });
  it('one altered word fails, and the message points at it', () => {
    const mutated = para.text!.replace('acute political', 'grave political');
    expect(mutated).not.toBe(para.text);
    const msg = compareUnit(seed, unit(mutated));
    expect(msg).toMatch(/published «grave» ≠ seed «acute» \(line 4\)/);
  });
  it('one dropped word fails', () => {
    const mutated = para.text!.replace('unregulated migration', 'migration');
    const msg = compareUnit(seed, unit(mutated));
    expect(msg).toMatch(/published «migration» ≠ seed «unregulated»/);
  });
  it('an added sentence fails', () => {
    expect(compareUnit(seed, unit(`${para.text} This sentence is not in the seed.`))).toMatch(/after the end of the seed range/);
  });
  it('a dropped last word fails', () => {
    expect(compareUnit(seed, unit(para.text!.replace(/ stability\.$/, '')))).toMatch(/the seed continues with «stability\.»/);
  });
  it('a hyphen of the seed dropped in a joined word fails ("public- service" may only become "public-service")', () => {
    const p24 = paragraphs.find((p) => p.para.number === 24)!.para;
    const at = (text: string) => compareUnit(seed, { label: 'para-024', parts: printedParagraph({ ...p24, text }), ranges: [parseRange(p24.lines)] });
    expect(at(p24.text!)).toBeNull();
    expect(at(p24.text!.replace('public-service', 'publicservice'))).toMatch(/«publicservice»/);
  });
  it('a changed subparagraph label fails', () => {
    const p13 = paragraphs.find((p) => p.para.number === 13)!.para;
    const relabelled = { ...p13, subparagraphs: p13.subparagraphs!.map((s, i) => (i === 1 ? { ...s, label: 'x' } : s)) };
    expect(compareUnit(seed, { label: 'para-013', parts: printedParagraph(relabelled), ranges: [parseRange(p13.lines)] })).toMatch(/«\(x\)» ≠ seed «\(b\)»/);
  });

  describe('in a document paragraph with footnotes printed inside its line range', () => {
    const sourceId = 'seed-2000-assessment';
    const docSeed = seedOf(sourceId);
    const units = documentUnits(sourceId);
    const k = units.findIndex((u) => u.label.endsWith('#s39-p3 (paragraph)'));
    const real = units[k]!;
    const nested = nestedLines(units.map((u) => u.ranges), k);
    const withText = (text: string) => compareUnit(docSeed, { ...real, parts: [text], opts: { nested } });
    const text = real.parts[1]!;
    it('the real paragraph passes', () => expect(withText(text)).toBeNull());
    it('a word dropped next to a footnote fails', () => {
      expect(withText(text.replace('and fiscal provisions', 'and provisions'))).toMatch(/published «provisions\[25\]» ≠ seed «fiscal»/);
    });
    it('a footnote text pulled into the paragraph fails', () => {
      const swallowed = text.replace('frameworks[24]', 'frameworks[24] At the time of the Conference (1996), 77 NGOs were represented.');
      expect(withText(swallowed)).not.toBeNull();
    });
    it('a changed footnote marker fails', () => {
      expect(withText(text.replace('frameworks[24]', 'frameworks[23]'))).toMatch(/frameworks\[23\]/);
    });
  });
});
