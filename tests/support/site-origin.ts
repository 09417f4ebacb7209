/** The site address a built dist/ was made with: the origin of the home page's canonical link, if any. */
import { readBuilt } from './dist.ts';

export function builtSiteOrigin(): string | undefined {
  const href = /<link rel="canonical" href="([^"]+)"/.exec(readBuilt('index.html'))?.[1];
  return href ? new URL(href).origin : undefined;
}
