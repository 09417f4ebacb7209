/** A prose page written in MDX (content/pages/<id>.mdx), e.g. "About and method". */
import { z } from 'astro/zod';
import { text } from './common.ts';

export const pageSchema = z.strictObject({
  /** Page title, shown as the heading. */
  title: text,
  /** One sentence for search engines and link previews. */
  description: text,
});
export type Page = z.infer<typeof pageSchema>;
