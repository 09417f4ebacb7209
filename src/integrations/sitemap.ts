/**
 * Writes dist/sitemap.xml and dist/robots.txt after the build. The sitemap protocol requires
 * absolute addresses, so the sitemap is written only when the site address (SITE_URL) is set;
 * robots.txt is always written and names the sitemap only when there is one. Language
 * alternates (hreflang) come from src/lib/alternates.ts.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Alternate } from '../lib/alternates.ts';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The sitemap XML for root-relative page paths on `site`. */
export function sitemapXml(site: string, paths: readonly string[], alternates: (path: string) => Alternate[]): string {
  // A language version is listed only where it was built (a page may exist in one language only).
  const built = new Set(paths);
  const builtAlternates = (path: string) => {
    const found = alternates(path).filter((a) => built.has(new URL(a.href, site).pathname));
    return found.some((a) => a.hreflang !== 'x-default' && new URL(a.href, site).pathname !== path) ? found : [];
  };
  const withAlternates = paths.some((p) => builtAlternates(p).length > 0);
  const urls = paths.map((path) => {
    const links = builtAlternates(path).map((a) => `\n    <xhtml:link rel="alternate" hreflang="${escapeXml(a.hreflang)}" href="${escapeXml(a.href)}"/>`).join('');
    return `  <url>\n    <loc>${escapeXml(new URL(path, site).href)}</loc>${links}\n  </url>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"${withAlternates ? ' xmlns:xhtml="http://www.w3.org/1999/xhtml"' : ''}>`,
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

export function robotsTxt(site: string | undefined): string {
  return ['User-agent: *', 'Allow: /', ...(site ? ['', `Sitemap: ${new URL('/sitemap.xml', site).href}`] : []), ''].join('\n');
}

/** HTML pages among the built routes ("" is the home page), without the 404 page. */
export function pagePaths(pathnames: readonly string[]): string[] {
  return [...new Set(pathnames.map((p) => `/${p}`.replace(/\/+$/, '/')))]
    .filter((p) => p.endsWith('/') && !/^\/404\/?$/.test(p))
    .sort();
}

export function sitemap(options: { site: string | undefined; alternates: (path: string) => Alternate[] }): AstroIntegration {
  return {
    name: 'cis-sitemap',
    hooks: {
      'astro:build:done': ({ dir, pages, logger }) => {
        const out = fileURLToPath(dir);
        writeFileSync(join(out, 'robots.txt'), robotsTxt(options.site));
        if (!options.site) {
          logger.info('SITE_URL is not set: no sitemap (the sitemap protocol needs absolute addresses).');
          return;
        }
        const paths = pagePaths(pages.map((p) => p.pathname));
        writeFileSync(join(out, 'sitemap.xml'), sitemapXml(options.site, paths, options.alternates));
        logger.info(`sitemap.xml written (${paths.length} pages).`);
      },
    },
  };
}
