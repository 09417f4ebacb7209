/**
 * The registry of published addresses and the redirects of the ones that moved.
 *
 * `published-addresses.txt` (committed; regenerate with `npm run addresses` after a build) lists
 * every page and every content anchor the site has published. The content check computes the
 * addresses the current content gives (`addressesFromContent`) and refuses a registered address
 * that no longer exists unless content/redirects.yaml records where it went. New addresses need
 * no registry update: only removals are checked.
 *
 * Redirects are emitted for the static host as `_redirects` (Netlify / Cloudflare Pages) and as an
 * HTML page at the old address (for any other host). Anchor redirects ("/poa/#para-13-c") cannot
 * be served by a host; they are recorded so the check accepts the change, and listed on /changes/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Redirect } from '../schemas/redirect.ts';
import { routes } from './routes.ts';

export type { Redirect };

export const REGISTRY_FILE = 'published-addresses.txt';

/** Addresses of the registry file (comments and blank lines skipped). */
export function readRegistry(root: string): string[] {
  const file = join(root, REGISTRY_FILE);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

/** The registry text for a list of addresses. */
export function registryText(addresses: Iterable<string>): string {
  return [
    '# Every address this site has published (pages, and anchors that come from content ids).',
    '# The content check refuses to drop one without a redirect in content/redirects.yaml.',
    '# Generated from the build by `npm run addresses`; additions need no update.',
    ...[...new Set(addresses)].sort(),
    '',
  ].join('\n');
}

/** Content data by collection (as the content check validates it). */
export type ContentData = Record<string, unknown[]>;

const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);
const arr = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.filter((x) => x && typeof x === 'object') : []);

/**
 * The content-derived addresses the current content publishes: pages of treaties, laws,
 * countries, PoA paragraphs, categories and sources, and the anchors of PoA paragraphs,
 * subparagraphs and footnotes, 2004 conclusions and seed-document blocks.
 */
export function addressesFromContent(data: ContentData): Set<string> {
  const out = new Set<string>();
  const r = routes();
  const ids = (key: string, field: string) =>
    (data[key] ?? []).map((entry) => str((entry as Record<string, unknown>)[field])).filter((id): id is string => Boolean(id));
  for (const id of ids('treaties', 'id')) out.add(r.treaty(id));
  for (const id of ids('laws', 'id')) out.add(r.law(id));
  for (const slug of ids('countries', 'slug')) out.add(r.country(slug));
  for (const id of ids('categories', 'id')) out.add(r.category(id));
  for (const id of ids('sources', 'id')) out.add(r.source(id));
  for (const p of data['poaParagraphs'] ?? []) {
    const n = str((p as Record<string, unknown>)['number']);
    if (!n) continue;
    out.add(r.poaParagraph(n));
    out.add(r.poaInText(n));
    for (const sub of arr((p as Record<string, unknown>)['subparagraphs'])) {
      const label = str(sub['label']);
      if (label) out.add(r.poaInText(`${n}-${label}`));
    }
  }
  for (const f of data['poaFootnotes'] ?? []) {
    for (const fn of arr((f as Record<string, unknown>)['footnotes'])) {
      const number = str(fn['number']);
      if (number) out.add(r.poaFootnote(number));
    }
  }
  for (const id of ids('conclusions', 'id')) out.add(r.conclusion(id));
  for (const d of data['documents'] ?? []) {
    const source = str((d as Record<string, unknown>)['source']);
    if (!source) continue;
    for (const b of arr((d as Record<string, unknown>)['blocks'])) {
      const id = str(b['id']);
      if (id) out.add(r.sourceAnchor(source, id));
    }
  }
  return out;
}

/** True for the kinds of address that content gives (the others are fixed by the code). */
export function isContentAddress(address: string): boolean {
  return /^\/(treaties|laws|countries)\/[^/#]+\/$|^\/sources\/[^/#]+\/(#[^/]+)?$|^\/poa\/(\d+\/|categories\/[^/]+\/|#(para|fn)-.+)$|^\/conclusions\/2004\/#.+$/.test(address);
}

export function readRedirects(root: string, contentDir = 'content'): Redirect[] {
  const file = join(root, contentDir, 'redirects.yaml');
  if (!existsSync(file)) return [];
  const data: unknown = parse(readFileSync(file, 'utf8'));
  return Array.isArray(data) ? (data as Redirect[]) : [];
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The HTML page left at an old address. */
export function redirectPage(to: string): string {
  const href = escapeHtml(to);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="content-security-policy" content="default-src 'none'; style-src 'none'; base-uri 'none'; form-action 'none'">
<title>Moved</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${href}">
<meta http-equiv="refresh" content="0; url=${href}">
</head>
<body>
<p>This page has moved to <a href="${href}">${href}</a>.</p>
</body>
</html>
`;
}

/** Files to write into the built site for the recorded redirects (page-level ones only: anchors cannot be redirected by a host). */
export function redirectFiles(root: string, contentDir = 'content'): { files: { from: string; path: string; html: string }[]; redirectsText: string } {
  const pages = readRedirects(root, contentDir).filter((r) => !r.from.includes('#'));
  const files = pages.map((r) => ({
    from: r.from,
    path: r.from.endsWith('/') ? `${r.from.slice(1)}index.html` : r.from.slice(1),
    html: redirectPage(r.to),
  }));
  const redirectsText = pages.map((r) => `${r.from} ${r.to} 301`).join('\n') + (pages.length > 0 ? '\n' : '');
  return { files, redirectsText };
}
