/** Rules on the rendered source documents (content/documents/). */
import { list } from './context.ts';
import { defineRule, type EntriesRule } from './types.ts';

export const documentBlocks = defineRule<EntriesRule>({
  kind: 'entries',
  id: 'document-blocks',
  summary: 'A rendered document belongs to a seed source, and its block anchors are unique.',
  messages: {
    'is not a seed source in content/sources/': ['set `source` to the id of a seed source', 'document-not-seed'],
    'duplicate anchor id': ['give the block an anchor id of its own (anchors are public addresses)', 'document-duplicate-anchor'],
  },
  check(ctx) {
    for (const e of ctx.of('documents')) {
      const source = ctx.sources.get(String(e.data['source']));
      if (!ctx.brokenIds('sources').has(String(e.data['source'])) && (!source || source['kind'] !== 'seed')) {
        ctx.report(e.file, ['source'], `"${String(e.data['source'])}" is not a seed source in content/sources/`);
      }
      const seen = new Set<string>();
      list<{ id: string }>(e.data['blocks']).forEach((b, i) => {
        if (seen.has(b.id)) ctx.report(e.file, ['blocks', i, 'id'], `duplicate anchor id "${b.id}" in this document`);
        seen.add(b.id);
      });
    }
  },
});
