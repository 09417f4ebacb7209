/** Ids are unique within a collection (they are public addresses). */
import { COLLECTIONS, type CollectionSpec } from '../collections.ts';
import { defineRule, type EntriesRule, type Entry } from './types.ts';

export const duplicateId = defineRule<EntriesRule>({
  kind: 'entries',
  id: 'duplicate-id',
  summary: 'No two entries of a collection share an id.',
  messages: { 'ids must be unique': ['give one of the entries another id (and its file the same name)', 'duplicate-id'] },
  check(ctx) {
    for (const spec of COLLECTIONS as readonly CollectionSpec[]) {
      const idField = spec.shape === 'entry' ? spec.idField : spec.shape === 'list' ? 'id' : undefined;
      if (!idField) continue;
      const seen = new Map<string, Entry>();
      for (const e of ctx.of(spec.name)) {
        const id = String(e.data[idField]);
        const first = seen.get(id);
        if (first) ctx.report(e.file, [...e.base, idField], `duplicate ${idField} "${id}": also used in ${first.file.file}; ids must be unique`);
        else seen.set(id, e);
      }
    }
  },
});
