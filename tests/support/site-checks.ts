/**
 * The built-site checks as functions over HTML, so they run both on dist/ and on the broken
 * fixtures in tests/fixtures/site/ that prove each check can fail.
 */
import { attributeValues, decodeEntities } from './dist.ts';

export interface HtmlPage {
  url: string;
  html: string;
}

/**
 * Internal links whose target page or #fragment does not exist. `resolve` maps a pathname to the
 * target page's HTML (undefined when there is no such page; "" for a non-HTML file).
 */
export function brokenLinks(pages: readonly HtmlPage[], resolve: (pathname: string) => string | undefined): string[] {
  const broken: string[] = [];
  const ids = new Map<string, Set<string>>();
  // Thousands of links point at the same few hundred pages: resolve each target once.
  const targets = new Map<string, string | undefined>();
  const targetOf = (pathname: string) => {
    if (!targets.has(pathname)) targets.set(pathname, resolve(pathname));
    return targets.get(pathname);
  };
  for (const page of pages) {
    for (const href of attributeValues(page.html, 'href')) {
      if (/^(https?:|mailto:)/.test(href)) continue;
      const url = new URL(href, `http://site${page.url}`);
      const target = targetOf(url.pathname);
      if (target === undefined) {
        broken.push(`${page.url} → ${href} (no such page)`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (!fragment || target === '') continue;
      let known = ids.get(url.pathname);
      if (!known) {
        known = new Set(attributeValues(target, 'id'));
        ids.set(url.pathname, known);
      }
      if (!known.has(fragment)) broken.push(`${page.url} → ${href} (no id "${fragment}")`);
    }
  }
  return broken;
}

/** CSP promises: a meta policy without unsafe sources, with object-src 'none' and base-uri 'self'. */
export function cspProblems(page: HtmlPage): string[] {
  const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(page.html)?.[1];
  if (!csp) return [`${page.url}: no Content-Security-Policy`];
  const problems: string[] = [];
  if (/'unsafe-inline'|'unsafe-eval'/.test(csp)) problems.push(`${page.url}: 'unsafe-inline' or 'unsafe-eval' in the CSP`);
  if (!csp.includes("object-src 'none'")) problems.push(`${page.url}: no object-src 'none'`);
  if (!csp.includes("base-uri 'self'")) problems.push(`${page.url}: no base-uri 'self'`);
  return problems;
}

/** Markup a CSP would block or that runs code: inline handlers, javascript: URLs, style attributes. */
export function unsafeMarkup(page: HtmlPage): string[] {
  const out: string[] = [];
  if (/<[^>]+\son[a-z]+\s*=/i.test(page.html)) out.push(`${page.url}: inline event handler`);
  if (/(href|src|action)="\s*javascript:/i.test(page.html)) out.push(`${page.url}: javascript: URL`);
  if (/<[^>]+\sstyle="/i.test(page.html)) out.push(`${page.url}: style attribute`);
  return out;
}

/** Matrix data cells (td with data-treaty) whose visible text is empty. */
export function emptyMatrixCells(page: HtmlPage): string[] {
  return [...page.html.matchAll(/<td[^>]*data-treaty="([^"]+)"[^>]*data-country="([^"]+)"[^>]*>([\s\S]*?)<\/td>/g)]
    .filter((m) => decodeEntities(m[3]!.replace(/<[^>]+>/g, '')).trim() === '')
    .map((m) => `${page.url}: empty cell ${m[2]}/${m[1]}`);
}
