/** Every id an entry names exists: a source, treaty, category, law or organization file. */
import type { PathSegment } from '../problem.ts';
import { forEachCitation } from './citations.ts';
import { list } from './context.ts';
import { defineRule, type EntriesContext, type EntriesRule, type Entry } from './types.ts';

/** A kind of reference: the collection it points into, how editors call it, its folder. */
const TARGETS = {
  treaty: { collection: 'treaties', folder: 'treaties' },
  category: { collection: 'categories', folder: 'categories' },
  law: { collection: 'laws', folder: 'laws' },
  organization: { collection: 'organizations', folder: 'organizations' },
  source: { collection: 'sources', folder: 'sources' },
} as const;
type Target = keyof typeof TARGETS;

type Ref = [Target, PathSegment[], unknown];
const ref = (target: Target, path: PathSegment[], value: unknown): Ref => [target, path, value];
const each = (target: Target, field: string, values: unknown, prefix: PathSegment[] = []): Ref[] =>
  list<unknown>(values).map((v, i) => ref(target, [...prefix, field, i], v));

/** Where each collection names other entries: (target, path inside the entry, value). */
const REFERENCES: Record<string, (data: Record<string, unknown>) => Ref[]> = {
  ratifications: (d) => [ref('treaty', ['treaty'], d['treaty'])],
  poaParagraphs: (d) => [...each('treaty', 'treaties', d['treaties']), ...each('category', 'categories', d['categories'])],
  conclusions: (d) => each('treaty', 'treaties', d['treaties']),
  laws: (d) => [...each('treaty', 'treaties', d['treaties']), ...(['replaces', 'replacedBy', 'amends'] as const).flatMap((field) => each('law', field, d[field]))],
  assertions: (d) => [
    ref('source', ['document'], d['document']),
    ...list<Record<string, unknown>>(d['assertions']).flatMap((a, i) => [
      ...(typeof a['treaty'] === 'string' ? [ref('treaty', ['assertions', i, 'treaty'], a['treaty'])] : []),
      ...(Array.isArray(a['treaties']) ? a['treaties'].map((t, j) => ref('treaty', ['assertions', i, 'treaties', j], t)) : []),
    ]),
    ...list<{ treaty?: string | null; treaties?: string[] }>(d['instruments']).flatMap((inst, i) => [
      ...(inst.treaty ? [ref('treaty', ['instruments', i, 'treaty'], inst.treaty)] : []),
      ...(inst.treaties ?? []).map((t, j) => ref('treaty', ['instruments', i, 'treaties', j], t)),
    ]),
  ],
  memberships: (d) => [ref('organization', ['organization'], d['organization'])],
  sources: (d) => Object.entries((d['officialTexts'] ?? {}) as Record<string, unknown>).map(([lang, id]) => ref('source', ['officialTexts', lang], id)),
};

/** An official text in another language is read on the web: the source named for it must be a web page. */
export function officialTextNotWebMessage(id: string): string {
  return `"${id}" is a seed source: an official text in another language is read on the web, so name the web source (kind: web, with its url) that reproduces it`;
}

/** Each source named as a seed document's official text in another language is a web source (its existence is checked with the other references). */
function checkOfficialTexts(ctx: EntriesContext): void {
  for (const e of ctx.of('sources')) {
    for (const [lang, id] of Object.entries((e.data['officialTexts'] ?? {}) as Record<string, unknown>)) {
      const target = typeof id === 'string' ? ctx.sources.get(id) : undefined;
      if (target && target['kind'] !== 'web') ctx.report(e.file, [...e.base, 'officialTexts', lang], officialTextNotWebMessage(String(id)));
    }
  }
}

export function unknownIdMessage(what: Target, value: string): string {
  return `unknown ${what} "${value}": no file content/${TARGETS[what].folder}/${value}.yaml exists (check the id, or add the ${what})`;
}

function checkRefs(ctx: EntriesContext, e: Entry, known: (t: Target) => Set<string>) {
  for (const [target, path, value] of REFERENCES[e.collection]?.(e.data) ?? []) {
    if (typeof value === 'string' && !known(target).has(value)) ctx.report(e.file, [...e.base, ...path], unknownIdMessage(target, value));
  }
}

export const references = defineRule<EntriesRule>({
  kind: 'entries',
  id: 'references',
  summary: 'Every id an entry names (a cited source, a treaty, category, law or organization) has its file; a seed document\'s official text in another language is a web source.',
  messages: {
    'unknown source "': ['create the source file (`npm run new -- source <id>`), or correct the id', 'dangling-source', 'official-text-unknown-source'],
    'unknown treaty "': ['correct the id, or add the treaty (`npm run new -- treaty <id>`)', 'dangling-treaty-poa', 'dangling-treaty-law'],
    'unknown law "': ['correct the id, or add the law (`npm run new -- law <id>`)', 'dangling-law'],
    'no file content/': ['the same for categories and organizations: correct the id or add the file', 'dangling-treaty-poa', 'dangling-treaty-law', 'dangling-law', 'official-text-unknown-source'],
    'an official text in another language is read on the web': ['in `officialTexts`, name the web source that reproduces the official text, not a seed document', 'official-text-not-web'],
  },
  check(ctx) {
    const ids = new Map<Target, Set<string>>();
    const known = (t: Target) => {
      if (!ids.has(t)) ids.set(t, ctx.ids(TARGETS[t].collection));
      return ids.get(t)!;
    };
    for (const e of ctx.entries) {
      forEachCitation(e, (citation, path) => {
        const id = String(citation['source']);
        // A source file that is itself broken is already reported.
        if (!ctx.sources.has(id) && !ctx.brokenIds('sources').has(id)) {
          ctx.report(e.file, [...e.base, ...path, 'source'], `unknown source "${id}": add content/sources/${id}.yaml or fix the id`);
        }
      });
    }
    for (const e of ctx.entries) checkRefs(ctx, e, known);
    checkOfficialTexts(ctx);
  },
});
