/**
 * The `_headers` file (Netlify and Cloudflare Pages format) written after each build, and a reader
 * for it (the test server and the tests use the same rules a host applies).
 *
 * Each page gets its own rule carrying exactly the Content-Security-Policy of its meta tag plus
 * `frame-ancestors 'none'` (which a meta tag cannot carry), so a page that does not run search
 * never receives `'wasm-unsafe-eval'`. The headers every response gets sit under `/*`, which
 * carries no policy: two policies on one response would both be enforced.
 */

/** The policy of a page's `<meta http-equiv="content-security-policy">`, or undefined. */
export function metaCsp(html: string): string | undefined {
  return /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
}

/** Headers that every response carries. */
export const COMMON_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/** The header policy of a page: its meta policy plus what only a header can say. */
export function headerPolicy(meta: string): string {
  return `${meta.trim().replace(/;\s*$/, '')}; frame-ancestors 'none'`;
}

export interface BuiltPage {
  /** Address path, e.g. "/poa/47/" or "/404.html". */
  path: string;
  html: string;
}

/** The `_headers` text for the built pages; throws when a page has no meta policy. */
export function buildHeadersFile(pages: readonly BuiltPage[]): string {
  const lines = ['/*', ...Object.entries(COMMON_HEADERS).map(([k, v]) => `  ${k}: ${v}`), ''];
  for (const page of [...pages].sort((a, b) => a.path.localeCompare(b.path))) {
    const meta = metaCsp(page.html);
    if (!meta) throw new Error(`${page.path} has no Content-Security-Policy meta tag`);
    lines.push(page.path, `  Content-Security-Policy: ${headerPolicy(meta)}`, '');
  }
  return lines.join('\n');
}

export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    const header = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (header && rules.length > 0) rules[rules.length - 1]!.headers[header[1]!] = header[2]!;
    else if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
  }
  return rules;
}

/** The headers a host sends for `path`: every matching rule, in file order ("*" matches anything). */
export function headersFor(path: string, rules: readonly HeaderRule[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    // Most rules name one page; only a pattern with "*" needs a regular expression.
    const matches = rule.pattern.includes('*') ? wildcard(rule.pattern).test(path) : rule.pattern === path;
    if (matches) Object.assign(out, rule.headers);
  }
  return out;
}

const wildcards = new Map<string, RegExp>();
/** A `_headers` pattern ("/data/*") as a regular expression, compiled once. */
function wildcard(pattern: string): RegExp {
  let re = wildcards.get(pattern);
  if (!re) {
    re = new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
    wildcards.set(pattern, re);
  }
  return re;
}
