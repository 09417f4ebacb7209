/** Where files live under content/ and what they are called. */
import { defineRule, type ReadingRule } from './types.ts';

/** Files that belong to no collection but are expected under content/. */
export const ALLOWED_EXTRA = [/(^|\/)README\.md$/, /^seeds\/[^/]+\.txt$/, /^pages\/(?:ru\/)?[a-z0-9-]+\.mdx$/, /^redirects\.yaml$/];

export const filePlacement = defineRule<ReadingRule>({
  kind: 'reading',
  id: 'file-placement',
  summary: 'Every file under content/ is read by a collection (or is a README, a seed, a page or redirects.yaml): nothing is ignored silently.',
  messages: {
    'not read: files in content/': ['rename the file to end in ".yaml"', 'wrong-extension'],
    'not read by any collection': ['move the file to the right folder (see docs/content-model.md) or remove it', 'stray-file'],
    'missing: this file is required': ['restore the file', 'required-file-missing'],
    'must be a YAML list of entries': ['write each entry as a list item starting with "- "', 'list-file-not-a-list'],
  },
});

export const wrongExtensionMessage = (dir: string) => `not read: files in content/${dir}/ must end in ".yaml" (rename it)`;
export const strayFileMessage = () => 'not read by any collection: move it to the right folder (see docs/content-model.md) or remove it';
export const requiredFileMessage = (collection: string) => `missing: this file is required (collection "${collection}")`;
export const notAListMessage = () => 'must be a YAML list of entries (each line starting with "- ")';

export const fileName = defineRule<ReadingRule>({
  kind: 'reading',
  id: 'file-name',
  summary: 'A file is named after the id it holds (ids are public addresses, never derived from file names).',
  messages: { 'the file name must match the': ['rename the file to the id it names (or fix the id)', 'file-name-mismatch'] },
});

export const fileNameMessage = (idField: string, expected: string) =>
  `the file name must match the ${idField}: rename the file to "${expected}.yaml" (or fix the ${idField})`;

export const mdxPages = defineRule<ReadingRule>({
  kind: 'reading',
  id: 'mdx-pages',
  summary: 'A prose page in content/pages/ is plain Markdown with front matter (title, description): no code, components or scripts (src/lib/content/mdx-safety.ts).',
  messages: {
    'an MDX page starts with front matter': ['add front matter between --- lines, with title and description', 'mdx-page-without-front-matter'],
    'is not allowed in content MDX': ['prose pages are plain Markdown: remove the code, component or script', 'mdx-page-with-export'],
  },
});

export const frontMatterMessage = () => 'an MDX page starts with front matter between --- lines, with title and description';
