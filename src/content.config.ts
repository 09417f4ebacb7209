// Wires each collection in src/lib/content/collections.ts to an Astro loader. Nothing else lives
// here: schemas are in src/schemas/, cross-entry checks in scripts/check-content.ts.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { COLLECTIONS, type CollectionSpec } from './lib/content/collections.ts';
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

export const collections = {
  ...Object.fromEntries(COLLECTIONS.map((spec) => [spec.name, defineCollection({ loader: loaderFor(spec), schema: spec.schema })])),
  // Prose pages (MDX): checked for unsafe constructs by scripts/check-content.ts before the build.
  pages: defineCollection({ loader: glob({ pattern: ['*.mdx', 'ru/*.mdx'], base: `${CONTENT_ROOT}/pages` }), schema: pageSchema }),
};
