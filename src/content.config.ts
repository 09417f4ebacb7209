// Wires each collection in src/lib/content/collections.ts to an Astro loader. Nothing else lives
// here: schemas are in src/schemas/, cross-entry checks are the rules in src/lib/content/rules/.
// Every collection is declared by name (not built in a loop) so that Astro's generated types give
// getCollection('laws') the type of lawSchema's output, with no casts in the model.
import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { parse } from 'yaml';
import { COLLECTIONS, type CollectionName, type CollectionSpec } from './lib/content/collections.ts';
import { pageSchema } from './schemas/page.ts';

const CONTENT_ROOT = './content';

function loaderFor(spec: CollectionSpec) {
  switch (spec.shape) {
    case 'entry':
      return glob({
        pattern: '*.yaml',
        base: `${CONTENT_ROOT}/${spec.dir}`,
        // Ids are explicit fields, never derived from file names (the content check verifies they agree).
        generateId: ({ entry, data }) => String(spec.idField ? data[spec.idField] : entry.replace(/\.yaml$/, '')),
      });
    case 'list':
      return file(`${CONTENT_ROOT}/${spec.file}`, { parser: (text) => parse(text) as Record<string, unknown>[] });
    case 'wrapped':
      return file(`${CONTENT_ROOT}/${spec.file}`, {
        parser: (text) => {
          const parsed: unknown = parse(text);
          return { [spec.entryId]: spec.key ? { [spec.key]: parsed } : parsed } as Record<string, Record<string, unknown>>;
        },
      });
  }
}

type Spec<N extends CollectionName> = Extract<(typeof COLLECTIONS)[number], { name: N }>;

/**
 * The collection named `name` in the one list of collections. Its return type names that
 * collection's own schema (TypeScript cannot narrow the union of specs by `name` on its own).
 */
function collection<N extends CollectionName>(name: N) {
  const spec = COLLECTIONS.find((s): s is Spec<N> => s.name === name);
  if (!spec) throw new Error(`no collection "${name}" in src/lib/content/collections.ts`);
  return defineCollection({ loader: loaderFor(spec), schema: spec.schema }) as { loader: Loader; schema: Spec<N>['schema'] };
}

export const collections = {
  sources: collection('sources'),
  countries: collection('countries'),
  treaties: collection('treaties'),
  ratifications: collection('ratifications'),
  poaParagraphs: collection('poaParagraphs'),
  poaStructure: collection('poaStructure'),
  poaFootnotes: collection('poaFootnotes'),
  poaAnnexOne: collection('poaAnnexOne'),
  poaAnnexTwo: collection('poaAnnexTwo'),
  categories: collection('categories'),
  conclusions: collection('conclusions'),
  documents: collection('documents'),
  laws: collection('laws'),
  lawCoverage: collection('lawCoverage'),
  assertions: collection('assertions'),
  organizations: collection('organizations'),
  memberships: collection('memberships'),
  statistics: collection('statistics'),
  lawTopics: collection('lawTopics'),
  snapshots: collection('snapshots'),
  // Prose pages (MDX): checked for unsafe constructs by scripts/check-content.ts before the build.
  pages: defineCollection({ loader: glob({ pattern: ['*.mdx', 'ru/*.mdx'], base: `${CONTENT_ROOT}/pages` }), schema: pageSchema }),
} satisfies Record<CollectionName | 'pages', unknown>;
