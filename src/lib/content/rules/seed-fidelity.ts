/**
 * The published text is the seed text: every unit of seed text (./seed-units.ts) equals the seed
 * lines it cites, up to the repairs of extraction noise documented in src/lib/fidelity.ts; units
 * share seed lines only by nesting (a footnote printed inside a paragraph's range); and no line
 * of a seed the site publishes whole (the Programme of Action, the rendered documents) is left out.
 */
import { lineRangeOf } from '../../../schemas/refs.ts';
import { alignTokens, nestedLines, partialOverlaps, publishedTokens, seedTokens, uncoveredLines } from '../../fidelity.ts';
import { conclusionUnits, documentUnits, headingLines, poaUnits, type SeedUnit } from './seed-units.ts';
import { defineRule, type EntriesContext, type EntriesRule } from './types.ts';

/**
 * Where the published text first differs from its seed lines, with the words around it on both
 * sides ("published «grave» ≠ seed «acute» (line 4) [published: … ; seed: …]"), or undefined
 * when it is faithful.
 */
export function unitMismatch(seed: readonly string[], unit: SeedUnit, nested: ReadonlySet<number>): string | undefined {
  const mismatch = alignTokens(publishedTokens(unit.parts), seedTokens(seed, unit.ranges, { ...unit.opts, nested }));
  if (!mismatch) return undefined;
  const [what, ...context] = mismatch.message.split('\n').map((l) => l.trim().replace(/^(published|seed):\s+/, '$1: '));
  return `${what} [${context.join('; ')}]`;
}

/** Every published unit of each seed, by seed source id. */
export function seedUnits(ctx: EntriesContext): Map<string, SeedUnit[]> {
  const out = new Map<string, SeedUnit[]>([
    ['seed-1996-poa', poaUnits(ctx)],
    ['seed-2004-conclusions', conclusionUnits(ctx)],
  ]);
  for (const [sourceId, units] of documentUnits(ctx)) out.set(sourceId, units);
  return out;
}

const seedFile = (ctx: EntriesContext, sourceId: string) => ctx.contentPath(`seeds/${String(ctx.sources.get(sourceId)?.['file'])}`);
const where = (unit: SeedUnit) => unit.ranges.map((r) => `${r.start}-${r.end}`).join(', ');

function compareSeed(ctx: EntriesContext, sourceId: string, seed: readonly string[], all: SeedUnit[]): void {
  // A range past the end of the seed is reported by the seed-lines rule; such a unit is not compared.
  const units = all.filter((u) => u.ranges.every((r) => r.end <= seed.length));
  const ranges = units.map((u) => u.ranges);
  units.forEach((unit, k) => {
    if (!unit.compare) return;
    const mismatch = unitMismatch(seed, unit, nestedLines(ranges, k));
    if (mismatch) {
      ctx.report(unit.entry.file, [...unit.entry.base, ...unit.path], `differs from the seed text it cites (${seedFile(ctx, sourceId)}, lines ${where(unit)}): ${mismatch}: publish the seed's words exactly (only extraction noise may differ, see src/lib/fidelity.ts), or correct the line range`);
    }
  });
  for (const [a, b] of partialOverlaps(ranges)) {
    const [ua, ub] = [units[a]!, units[b]!];
    ctx.report(ub.entry.file, [...ub.entry.base, ...ub.path], `shares seed lines with ${ua.label} (lines ${where(ua)} and ${where(ub)}) without one lying inside the other: each seed line is published once; correct the line ranges`);
  }
}

/** Seed lines with text that no unit publishes, for the seeds the site publishes whole. */
function checkCoverage(ctx: EntriesContext, sourceId: string, seed: readonly string[], units: SeedUnit[]): void {
  for (const line of uncoveredLines(seed, units.flatMap((u) => u.ranges))) {
    ctx.problem({
      file: seedFile(ctx, sourceId),
      line,
      col: 1,
      field: '',
      message: `this line of the seed is published by no entry (no line range covers it): add it to the range of the entry it belongs to, or to a "lost" block if the extraction garbled it`,
    });
  }
}

/** The Programme of Action is published whole once every paragraph is there (poa-complete says which are missing). */
function poaIsComplete(ctx: EntriesContext): boolean {
  const numbers = new Set(ctx.of('poaParagraphs').filter((e) => !e.partial).map((e) => Number(e.data['number'])));
  return numbers.size === 149 && ctx.brokenIds('poaParagraphs').size === 0;
}

export const seedFidelity = defineRule<EntriesRule>({
  kind: 'entries',
  id: 'seed-fidelity',
  summary: 'Published seed text (PoA, 2004 conclusions, rendered documents, category definitions) is word for word the seed lines it cites, each seed line published once, none left out.',
  messages: {
    'differs from the seed text it cites': ['publish the seed’s words exactly (the message shows the first difference), or correct `lines`', 'seed-text-altered', 'seed-lines-overlap'],
    'without one lying inside the other': ['correct the line ranges so that units share lines only by nesting', 'seed-lines-overlap'],
    'this line of the seed is published by no entry': ['extend the line range of the entry it belongs to, or record it in a "lost" block', 'seed-line-unpublished'],
    'is not the seed line': ['write the Annex 2 heading exactly as the first line of its range', 'annex-heading-altered'],
    'is not a line (or two) of the seed': ['write the conclusion’s heading exactly as the seed prints it', 'conclusion-heading-altered'],
  },
  check(ctx) {
    for (const [sourceId, units] of seedUnits(ctx)) {
      const seed = ctx.seedLines(sourceId);
      if (!seed || units.length === 0) continue;
      compareSeed(ctx, sourceId, seed, units);
      if (sourceId === 'seed-1996-poa' ? poaIsComplete(ctx) : sourceId !== 'seed-2004-conclusions') checkCoverage(ctx, sourceId, seed, units);
    }
    checkAnnexHeading(ctx);
    checkConclusionHeadings(ctx);
  },
});

/** Annex 2's heading ("ANNEX 2") is the first line of its range, as printed. */
function checkAnnexHeading(ctx: EntriesContext): void {
  const seed = ctx.seedLines('seed-1996-poa');
  for (const e of ctx.of('poaAnnexTwo').filter((x) => !x.partial)) {
    const first = lineRangeOf(String(e.data['lines'])).start;
    const line = seed?.[first - 1]?.trim();
    if (line !== undefined && e.data['heading'] !== line) ctx.report(e.file, ['heading'], `"${String(e.data['heading'])}" is not the seed line ${first} ("${line}"): write the heading as printed`);
  }
}

/** Each conclusions heading is printed in the seed as a line (or two when it wraps). */
function checkConclusionHeadings(ctx: EntriesContext): void {
  const seed = ctx.seedLines('seed-2004-conclusions');
  if (!seed) return;
  const seen = new Set<string>();
  for (const e of ctx.of('conclusions').filter((x) => !x.partial)) {
    const heading = String(e.data['heading']);
    if (seen.has(heading)) continue;
    seen.add(heading);
    if (headingLines(seed, heading).length === 0) ctx.report(e.file, [...e.base, 'heading'], `the heading "${heading}" is not a line (or two) of the seed: write it as printed`);
  }
}
