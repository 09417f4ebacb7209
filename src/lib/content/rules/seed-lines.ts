/** A citation of a seed document gives its line range, and every line range lies inside its seed. */
import { parseLineRange } from '../../../schemas/refs.ts';
import type { PathSegment } from '../problem.ts';
import { forEachCitation } from './citations.ts';
import { list } from './context.ts';
import { defineRule, type EntriesContext, type EntriesRule, type Entry } from './types.ts';

/** The seed whose text the top-level `lines` of an entry of these collections points into. */
export const SEED_OF_COLLECTION: Record<string, string> = {
  poaParagraphs: 'seed-1996-poa',
  conclusions: 'seed-2004-conclusions',
  categories: 'seed-1996-poa',
};

function checkLines(ctx: EntriesContext, e: Entry, path: PathSegment[], lines: string, sourceId: string): void {
  const total = ctx.seedLines(sourceId)?.length;
  // A range not written 'start-end' is reported by the schema.
  const end = parseLineRange(lines)?.end;
  if (total !== undefined && end !== undefined && end > total) {
    ctx.report(e.file, [...e.base, ...path], `line range ${lines} runs past the end of the seed (${total} lines): check the range against content/seeds/${String(ctx.sources.get(sourceId)?.['file'])}`);
  }
}

export const seedLines = defineRule<EntriesRule>({
  kind: 'entries',
  id: 'seed-lines',
  summary: 'A citation of a seed document gives `lines`, and every line range lies inside its seed file.',
  messages: {
    "needs `lines: 'start-end'`": ["add `lines: 'start-end'`, the line range in the file in `content/seeds/`", 'seed-citation-without-lines'],
    'runs past the end of the seed': ['check the range against the seed file', 'lines-past-end-of-seed'],
  },
  check(ctx) {
    for (const e of ctx.entries) {
      forEachCitation(e, (citation, path) => {
        const id = String(citation['source']);
        const source = ctx.sources.get(id);
        if (source?.['kind'] !== 'seed') return;
        if (typeof citation['lines'] !== 'string') {
          ctx.report(e.file, [...e.base, ...path], `a citation of the seed "${id}" needs \`lines: 'start-end'\` (the line range in content/seeds/${String(source['file'])})`);
        } else {
          checkLines(ctx, e, [...path, 'lines'], citation['lines'], id);
        }
      });
    }
    // Top-level `lines` of entries that publish seed text refer to their own seed.
    for (const [collection, seed] of Object.entries(SEED_OF_COLLECTION)) {
      for (const e of ctx.of(collection)) if (typeof e.data['lines'] === 'string') checkLines(ctx, e, ['lines'], e.data['lines'], seed);
    }
    for (const e of ctx.of('assertions')) {
      list<Record<string, unknown>>(e.data['assertions']).forEach((a, i) => {
        if (typeof a['lines'] === 'string') checkLines(ctx, e, ['assertions', i, 'lines'], a['lines'], String(e.data['document']));
      });
    }
    for (const e of ctx.of('documents')) {
      list<{ lines: string }>(e.data['blocks']).forEach((b, i) => checkLines(ctx, e, ['blocks', i, 'lines'], b.lines, String(e.data['source'])));
    }
  },
});
