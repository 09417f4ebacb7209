/** The site address a built dist/ was made with: the origin of the home page's canonical link, if any. */
import { builtPage } from './dist.ts';

export function builtSiteOrigin(): string | undefined {
  const href = builtPage('/').head.querySelector('link[rel="canonical"]')?.getAttribute('href');
  return href ? new URL(href).origin : undefined;
}
