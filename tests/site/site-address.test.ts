/**
 * One setting for the site's address (SITE_URL): the built site names its own origin only where
 * it was given one, names no placeholder domain anywhere, and every "Edit this page" link names a
 * file of this repository.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { attributeValues, builtPages, DIST, requireDist } from '../support/dist.ts';
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
        const canonical = /<link rel="canonical" href="([^"]+)"/.exec(p.html)?.[1];
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

describe('"Edit this page"', () => {
  it('names a file or folder that exists in this repository, on every page that has one', () => {
    const named = pages.flatMap((p) => attributeValues(p.html, 'data-edit-file').map((file) => ({ url: p.url, file })));
    expect(named.length).toBeGreaterThan(100);
    expect(named.filter(({ file }) => !existsSync(join(process.cwd(), file))).map(({ url, file }) => `${url}: ${file}`)).toEqual([]);
  });
});
