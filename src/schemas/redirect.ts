/**
 * A recorded redirect (content/redirects.yaml): an address that was published and then renamed or
 * removed, and where readers should go instead. Removing or renaming a public id, slug or anchor
 * fails the content check until its redirect is recorded here.
 */
import { z } from 'astro/zod';
import { text } from './common.ts';

const address = z
  .string()
  .regex(/^\/(?:[a-z0-9-]+\/)*(?:#[a-z0-9-]+)?$/, { message: 'must be a site address such as "/laws/kaz-1997-law-population-migration/" or "/poa/#para-13-c"' });

export const redirectSchema = z.strictObject({
  /** The old address, as it was published. */
  from: address,
  /** Where the content now lives. */
  to: address,
  /** Why the address changed (e.g. "id corrected to the act's year of adoption"). */
  reason: text,
});
export type Redirect = z.infer<typeof redirectSchema>;

export const redirectsFileSchema = z.array(redirectSchema);
