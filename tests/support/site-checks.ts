/**
 * The built-site checks as functions over parsed pages, so they run both on dist/ and on the
 * broken fixtures in tests/fixtures/site/ that prove each check can fail.
 */
import { attributeValues, idsOf } from './dist.ts';

/** A page as the checks read it: its address and its parsed document (a BuiltPage). */
export interface ParsedPage {
  readonly url: string;
  readonly document: Document;
}

/** What a link's pathname leads to: a page (whose ids #fragments must name), another file ('file'), or nothing (undefined). */
export type LinkTarget = { readonly document: Document } | 'file' | undefined;

/**
 * Internal links whose target page or #fragment does not exist. `resolve` maps a pathname to its
 * target: the page, 'file' for a file that is not a page (no fragments checked), undefined for none.
 */
export function brokenLinks(pages: readonly ParsedPage[], resolve: (pathname: string) => LinkTarget): string[] {
  const broken: string[] = [];
  const ids = new Map<string, Set<string>>();
  // Thousands of links point at the same few hundred pages: resolve each target once.
  const targets = new Map<string, LinkTarget>();
  const targetOf = (pathname: string) => {
    if (!targets.has(pathname)) targets.set(pathname, resolve(pathname));
    return targets.get(pathname);
  };
  for (const page of pages) {
    for (const href of attributeValues(page.document, 'href')) {
      if (/^(https?:|mailto:)/.test(href)) continue;
      const url = new URL(href, `http://site${page.url}`);
      const target = targetOf(url.pathname);
      if (target === undefined) {
        broken.push(`${page.url} → ${href} (no such page)`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (!fragment || target === 'file') continue;
      let known = ids.get(url.pathname);
      if (!known) {
        known = idsOf(target.document);
        ids.set(url.pathname, known);
      }
      if (!known.has(fragment)) broken.push(`${page.url} → ${href} (no id "${fragment}")`);
    }
  }
  return broken;
}

/** CSP promises: a meta policy without unsafe sources, with object-src 'none' and base-uri 'self'. */
export function cspProblems(page: ParsedPage): string[] {
  const csp = page.document.querySelector('meta[http-equiv="content-security-policy" i]')?.getAttribute('content');
  if (!csp) return [`${page.url}: no Content-Security-Policy`];
  const problems: string[] = [];
  if (/'unsafe-inline'|'unsafe-eval'/.test(csp)) problems.push(`${page.url}: 'unsafe-inline' or 'unsafe-eval' in the CSP`);
  if (!csp.includes("object-src 'none'")) problems.push(`${page.url}: no object-src 'none'`);
  if (!csp.includes("base-uri 'self'")) problems.push(`${page.url}: no base-uri 'self'`);
  return problems;
}

/** Markup a CSP would block or that runs code: inline handlers, javascript: URLs, style attributes. */
export function unsafeMarkup(page: ParsedPage): string[] {
  let handler = false;
  let javascriptUrl = false;
  let style = false;
  // One pass over every attribute of every element (an inline handler is any attribute named on…).
  for (const el of page.document.querySelectorAll('*')) {
    for (const name of el.getAttributeNames().map((n) => n.toLowerCase())) {
      if (name.startsWith('on')) handler = true;
      else if (name === 'style') style = true;
      else if ((name === 'href' || name === 'src' || name === 'action') && /^\s*javascript:/i.test(el.getAttribute(name) ?? '')) javascriptUrl = true;
    }
  }
  const out: string[] = [];
  if (handler) out.push(`${page.url}: inline event handler`);
  if (javascriptUrl) out.push(`${page.url}: javascript: URL`);
  if (style) out.push(`${page.url}: style attribute`);
  return out;
}

/** Matrix data cells (td with data-treaty and data-country) whose visible text is empty. */
export function emptyMatrixCells(page: ParsedPage): string[] {
  return [...page.document.querySelectorAll('td[data-treaty][data-country]')]
    .filter((td) => (td.textContent ?? '').trim() === '')
    .map((td) => `${page.url}: empty cell ${td.getAttribute('data-country')}/${td.getAttribute('data-treaty')}`);
}
