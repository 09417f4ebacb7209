/**
 * One setting for the site's address (SITE_URL): the built site names its own origin only where
 * it was given one and names no placeholder domain anywhere. (That every "Edit this page" link
 * names a file of this repository is checked in built-output.test.ts, which parses every page.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { builtPages, DIST, requireDist } from '../support/dist.ts';
import { builtSiteOrigin } from '../support/site-origin.ts';

let pages: ReturnType<typeof builtPages>;
let origin: string | undefined;
beforeAll(() => {
  requireDist();
  pages = builtPages();
  origin = builtSiteOrigin();
});

function allBuiltFiles(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? allBuiltFiles(full) : [full];
  });
}

describe('the site address', () => {
  it('no built file names a placeholder domain (example.org, .com or .net)', () => {
    // Raw text on purpose: a domain may appear anywhere (markup, attributes, scripts, data files).
    const offenders = allBuiltFiles()
      .filter((f) => /\.(html|xml|txt|json|csv|bib|ris|_headers)$|_headers$/.test(f))
      .filter((f) => /\bexample\.(org|com|net)\b/i.test(readFileSync(f, 'utf8')))
      .map((f) => relative(DIST, f));
    expect(offenders).toEqual([]);
  });

  it('every page has a canonical link on the configured origin, or none when no address is set', () => {
    const wrong = pages
      .filter((p) => !p.url.startsWith('/404'))
      .flatMap((p) => {
        const canonical = p.head.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
        if (!origin) return canonical ? [`${p.url}: canonical ${canonical} without SITE_URL`] : [];
        return canonical === `${origin}${p.url}` ? [] : [`${p.url}: canonical ${canonical ?? 'missing'}`];
      });
    expect(wrong).toEqual([]);
  });

  it('the data files name the site origin only when one is set', () => {
    const poa = JSON.parse(readFileSync(join(DIST, 'data/poa.json'), 'utf8')) as { provenance: { site?: string }; paragraphs: { url: string }[] };
    expect(poa.provenance.site).toBe(origin);
    expect(poa.paragraphs[0]!.url).toBe(`${origin ?? ''}/poa/1/`);
  });
});
