/**
 * The seed-fidelity rule (src/lib/content/rules/seed-fidelity.ts) on the real content: every PoA
 * paragraph, heading, footnote and Annex 2 text, every category definition, every 2004 conclusion
 * and every block of the three rendered documents equals the seed lines it cites, after the
 * normalisation documented in src/lib/fidelity.ts (extraction noise only); the comparison catches
 * a changed word wherever it is; and no seed passage is silently dropped (for the conclusions,
 * which the rule cannot know to be complete, this test holds the exceptions).
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/check.ts';
import { seedFidelity, seedUnits, unitMismatch } from '../../src/lib/content/rules/seed-fidelity.ts';
import { conclusionUnits, headingLines, printedParagraph, type SeedUnit } from '../../src/lib/content/rules/seed-units.ts';
import { cleanSeedLine, nestedLines, uncoveredLines } from '../../src/lib/fidelity.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const { ctx } = loadContent({ root: ROOT });
const units = seedUnits(ctx);
const seedOf = (sourceId: string) => ctx.seedLines(sourceId)!;
const DOCUMENTS = ['seed-2000-assessment', 'seed-2005-sg-report', 'seed-2011-unhcr-paper'];

/** The mismatch of a unit published with other parts, its nesting taken from the real units of its seed. */
function compareAs(sourceId: string, unit: SeedUnit, parts: SeedUnit['parts']): string | undefined {
  const all = units.get(sourceId)!;
  return unitMismatch(seedOf(sourceId), { ...unit, parts }, nestedLines(all.map((u) => u.ranges), all.indexOf(unit)));
}

describe('the seed-fidelity rule on the real content', () => {
  it('reads every seed the site publishes', () => {
    expect([...units.keys()].sort()).toEqual(['seed-1996-poa', 'seed-2004-conclusions', ...DOCUMENTS].sort());
    expect(units.get('seed-1996-poa')!.filter((u) => u.entry.collection === 'poaParagraphs')).toHaveLength(149);
    for (const d of DOCUMENTS) expect(units.get(d)!.filter((u) => u.compare).length).toBeGreaterThan(0);
  });

  it('finds every published unit faithful to its seed, shared lines nested, and no line of the PoA or the documents left out', () => {
    const found: string[] = [];
    seedFidelity.check({ ...ctx, report: (_f, path, message) => found.push(`${path.join('.')}: ${message}`), problem: (p) => found.push(`${p.file}:${p.line}: ${p.message}`) });
    expect(found, found.join('\n')).toEqual([]);
  });

  it('every text line of seed 001 is a conclusion, a heading or a listed exception', () => {
    const seed = seedOf('seed-2004-conclusions');
    const exceptions = [
      { line: 1, text: 'CHAIR’S CONCLUSIONS', reason: 'document title: shown as the page title, not as a conclusion' },
      { line: 288, text: 'Minsk', reason: 'closing place of signature, not a conclusion' },
      { line: 289, text: '28 May 2004', reason: 'closing date of signature, not a conclusion (the date is the source date)' },
    ];
    for (const ex of exceptions) expect(seed[ex.line - 1]?.trim(), `exception line ${ex.line}`).toBe(ex.text);
    const headings = [...new Set(conclusionUnits(ctx).map((u) => String(u.entry.data['heading'])))].flatMap((h) => headingLines(seed, h));
    const missing = uncoveredLines(seed, conclusionUnits(ctx).flatMap((u) => u.ranges), new Set([...exceptions.map((e) => e.line), ...headings]));
    expect(missing, missing.map((n) => `line ${n}: ${seed[n - 1]!.trim().slice(0, 100)}`).join('\n')).toEqual([]);
  });
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
  for (const [sourceId, all] of units) {
    it(`in ${sourceId}, altering or dropping the middle word of any unit fails`, () => {
      const missed: string[] = [];
      for (const u of all) {
        if (!u.compare) continue;
        const words = u.parts.flatMap((p) => (p ?? '').split(/\s+/).filter(Boolean));
        const mid = Math.floor(words.length / 2);
        const variants = { altered: words.map((w, i) => (i === mid ? `${w}x` : w)), dropped: words.filter((_, i) => i !== mid) };
        for (const [what, variant] of Object.entries(variants)) {
          if (compareAs(sourceId, u, [variant.join(' ')]) === undefined) missed.push(`${u.label}: ${what} word ${mid} «${words[mid]}» not detected`);
        }
      }
      expect(missed, missed.join('\n')).toEqual([]);
    });
  }

  const poa = units.get('seed-1996-poa')!;
  const paragraph = (n: number) => poa.find((u) => u.entry.collection === 'poaParagraphs' && u.entry.data['number'] === n)!;
  type Para = Parameters<typeof printedParagraph>[0];
  const withText = (n: number, text: string) => compareAs('seed-1996-poa', paragraph(n), printedParagraph({ ...(paragraph(n).entry.data as unknown as Para), text }));
  const para1 = paragraph(1).entry.data['text'] as string;

  it('the real paragraph passes', () => {
    expect(withText(1, para1)).toBeUndefined();
  });
  it('one altered word fails, and the message points at it', () => {
    const mutated = para1.replace('acute political', 'grave political');
    expect(mutated).not.toBe(para1);
    expect(withText(1, mutated)).toMatch(/published «grave» ≠ seed «acute» \(line 4\)/);
  });
  it('one dropped word fails', () => {
    expect(withText(1, para1.replace('unregulated migration', 'migration'))).toMatch(/published «migration» ≠ seed «unregulated»/);
  });
  it('an added sentence fails', () => {
    expect(withText(1, `${para1} This sentence is not in the seed.`)).toMatch(/after the end of the seed range/);
  });
  it('a dropped last word fails', () => {
    expect(withText(1, para1.replace(/ stability\.$/, ''))).toMatch(/the seed continues with «stability\.»/);
  });
  it('a hyphen of the seed dropped in a joined word fails ("public- service" may only become "public-service")', () => {
    const p24 = paragraph(24).entry.data['text'] as string;
    expect(withText(24, p24)).toBeUndefined();
    expect(withText(24, p24.replace('public-service', 'publicservice'))).toMatch(/«publicservice»/);
  });
  it('a changed subparagraph label fails', () => {
    const p13 = paragraph(13).entry.data as unknown as Para;
    const relabelled = { ...p13, subparagraphs: p13.subparagraphs!.map((s, i) => (i === 1 ? { ...s, label: 'x' } : s)) };
    expect(compareAs('seed-1996-poa', paragraph(13), printedParagraph(relabelled))).toMatch(/«\(x\)» ≠ seed «\(b\)»/);
  });

  describe('in a document paragraph with footnotes printed inside its line range', () => {
    const sourceId = 'seed-2000-assessment';
    const real = units.get(sourceId)!.find((u) => u.label.endsWith('#s39-p3 (paragraph)'))!;
    const text = real.parts[1]!;
    const at = (t: string) => compareAs(sourceId, real, [t]);
    it('the real paragraph passes', () => expect(at(text)).toBeUndefined());
    it('a word dropped next to a footnote fails', () => {
      expect(at(text.replace('and fiscal provisions', 'and provisions'))).toMatch(/published «provisions\[25\]» ≠ seed «fiscal»/);
    });
    it('a footnote text pulled into the paragraph fails', () => {
      expect(at(text.replace('frameworks[24]', 'frameworks[24] At the time of the Conference (1996), 77 NGOs were represented.'))).toBeDefined();
    });
    it('a changed footnote marker fails', () => {
      expect(at(text.replace('frameworks[24]', 'frameworks[23]'))).toMatch(/frameworks\[23\]/);
    });
  });
});
