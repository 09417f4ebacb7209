/**
 * Machine-readable metadata on the built pages: every JSON-LD block parses and carries the
 * properties its type requires; every page has Open Graph and Twitter card tags; the sitemap
 * lists every page (when the site address is set) and robots.txt points to it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { attributeValues, builtFileFor, builtPages, DIST, requireDist, textOf, type BuiltPage } from '../support/dist.ts';
import { builtSiteOrigin } from '../support/site-origin.ts';

let pages: BuiltPage[];
let origin: string | undefined;
beforeAll(() => {
  requireDist();
  pages = builtPages().filter((p) => !p.url.startsWith('/404'));
  origin = builtSiteOrigin();
});

type Node = Record<string, unknown>;

/** The page's JSON-LD blocks. They are in the head (the checks below fail loudly if they move: no node of the expected type). */
function jsonLdBlocks(page: BuiltPage): string[] {
  return [...page.head.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? '');
}

/** Required properties per schema.org type, as this site promises them. */
const REQUIRED: Record<string, string[]> = {
  Legislation: ['name', 'url', 'legislationType', 'identifier'],
  CreativeWork: ['name', 'url'],
  Dataset: ['name', 'description', 'url', 'license', 'distribution', 'creator'],
  DataDownload: ['name', 'contentUrl', 'encodingFormat'],
};

/** A site address in JSON-LD: absolute on the configured origin, or root-relative without one. */
function addressProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return `not a string: ${JSON.stringify(value)}`;
  if (origin) return value.startsWith(`${origin}/`) && builtFileFor(new URL(value).pathname) ? undefined : `${value} is not a built page on ${origin}`;
  return value.startsWith('/') && builtFileFor(value) ? undefined : `${value} is not a built root-relative page`;
}

describe('JSON-LD', () => {
  it('every block parses as JSON with the schema.org context and a type', () => {
    const problems: string[] = [];
    let blocks = 0;
    for (const p of pages) {
      for (const block of jsonLdBlocks(p)) {
        blocks++;
        try {
          const data = JSON.parse(block) as Node;
          if (data['@context'] !== 'https://schema.org') problems.push(`${p.url}: @context ${String(data['@context'])}`);
          if (typeof data['@type'] !== 'string') problems.push(`${p.url}: no @type`);
        } catch (e) {
          problems.push(`${p.url}: ${(e as Error).message}`);
        }
      }
    }
    expect(blocks).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });

  it('law pages describe a Legislation with jurisdiction, type, date where known, identifiers and the treaties it implements', () => {
    const laws = pages.filter((p) => /^\/laws\/[^/]+\/$/.test(p.url));
    expect(laws.length).toBeGreaterThan(50);
    const lawsData = JSON.parse(readFileSync(join(DIST, 'data/laws.json'), 'utf8')) as { laws: { id: string; adopted: string | null; treaties: string[]; number: string | null }[] };
    const problems: string[] = [];
    for (const p of laws) {
      const nodes = jsonLdBlocks(p).map((b) => JSON.parse(b) as Node);
      const law = nodes.find((n) => n['@type'] === 'Legislation');
      if (!law) {
        problems.push(`${p.url}: no Legislation`);
        continue;
      }
      const id = p.url.split('/')[2]!;
      const record = lawsData.laws.find((l) => l.id === id)!;
      for (const key of REQUIRED['Legislation']!) if (!law[key]) problems.push(`${p.url}: no ${key}`);
      const jurisdiction = law['legislationJurisdiction'] as Node | undefined;
      if (!jurisdiction?.['name'] || !/^[A-Z]{3}$/.test(String(jurisdiction['identifier']))) problems.push(`${p.url}: legislationJurisdiction without name and ISO code`);
      if (record.adopted && law['legislationDate'] !== record.adopted) problems.push(`${p.url}: legislationDate ${String(law['legislationDate'])}, record ${record.adopted}`);
      if (record.number && law['legislationIdentifier'] !== record.number) problems.push(`${p.url}: legislationIdentifier`);
      const applies = (law['legislationApplies'] as Node[] | undefined) ?? [];
      const based = (law['isBasedOn'] as Node[] | undefined) ?? [];
      if (applies.length !== record.treaties.length || based.length !== record.treaties.length) problems.push(`${p.url}: ${applies.length} legislationApplies for ${record.treaties.length} treaties`);
      for (const t of applies) {
        const problem = addressProblem(t['url']);
        if (problem) problems.push(`${p.url}: treaty link ${problem}`);
      }
      const problem = addressProblem(law['url']);
      if (problem) problems.push(`${p.url}: ${problem}`);
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('treaty pages describe a Legislation, the PoA and its paragraphs a CreativeWork', () => {
    const problems: string[] = [];
    for (const p of pages.filter((x) => /^\/(treaties\/[^/]+|poa|poa\/\d+|conclusions\/2004)\/$/.test(x.url))) {
      const nodes = jsonLdBlocks(p).map((b) => JSON.parse(b) as Node);
      const expected = p.url.startsWith('/treaties/') ? 'Legislation' : 'CreativeWork';
      const node = nodes.find((n) => n['@type'] === expected);
      if (!node) {
        problems.push(`${p.url}: no ${expected}`);
        continue;
      }
      for (const key of REQUIRED[expected]!) if (!node[key]) problems.push(`${p.url}: no ${key}`);
      if (/^\/poa\/\d+\/$/.test(p.url) && !(node['isPartOf'] as Node | undefined)?.['name']) problems.push(`${p.url}: paragraph not part of the PoA`);
      const problem = addressProblem(node['url']);
      if (problem) problems.push(`${p.url}: ${problem}`);
    }
    expect(problems).toEqual([]);
  });

  it('/data/ describes a Dataset with a distribution for every download it lists', () => {
    const page = pages.find((p) => p.url === '/data/')!;
    const document = page.document;
    const dataset = jsonLdBlocks(page).map((b) => JSON.parse(b) as Node).find((n) => n['@type'] === 'Dataset');
    expect(dataset).toBeDefined();
    for (const key of REQUIRED['Dataset']!) expect(dataset, key).toHaveProperty(key);
    const distribution = dataset!['distribution'] as Node[];
    const listed = attributeValues(document, 'href').filter((h) => /^\/data\/[^/]+\.(csv|json)$/.test(h));
    expect(listed.length).toBeGreaterThan(5);
    const contentUrls = distribution.map((d) => String(d['contentUrl']).replace(origin ?? '', ''));
    expect(new Set(contentUrls)).toEqual(new Set(listed));
    for (const d of distribution) {
      expect(d['@type']).toBe('DataDownload');
      for (const key of REQUIRED['DataDownload']!) expect(d, key).toHaveProperty(key);
      expect(existsSync(join(DIST, String(d['contentUrl']).replace(origin ?? '', '')))).toBe(true);
    }
  });
});

describe('Open Graph and Twitter cards', () => {
  // Each page's meta tags read once, as "property og:title" / "name twitter:card" -> content (the first of each).
  const tags = new WeakMap<BuiltPage, Map<string, string>>();
  const meta = (page: BuiltPage, attr: 'property' | 'name', key: string) => {
    if (!tags.has(page)) {
      const found = new Map<string, string>();
      for (const m of page.head.querySelectorAll('meta[content]')) {
        for (const a of ['property', 'name']) {
          const k = `${a} ${m.getAttribute(a)}`;
          if (m.hasAttribute(a) && !found.has(k)) found.set(k, m.getAttribute('content')!);
        }
      }
      tags.set(page, found);
    }
    return tags.get(page)!.get(`${attr} ${key}`);
  };

  it('every page has a title, description, site name and card type; og:url only with a site address', () => {
    const problems = pages.flatMap((p) => {
      const out: string[] = [];
      for (const key of ['og:title', 'og:description', 'og:type', 'og:site_name']) if (!meta(p, 'property', key)) out.push(`${p.url}: no ${key}`);
      for (const key of ['twitter:card', 'twitter:title', 'twitter:description']) if (!meta(p, 'name', key)) out.push(`${p.url}: no ${key}`);
      const url = meta(p, 'property', 'og:url');
      if (origin ? url !== `${origin}${p.url}` : url !== undefined) out.push(`${p.url}: og:url ${url ?? 'missing'}`);
      return out;
    });
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('the card title is the page title without the site name', () => {
    const page = pages.find((p) => p.url === '/poa/47/')!;
    expect(meta(page, 'property', 'og:title')).toBe('Paragraph 47 · Programme of Action');
  });
});

describe('sitemap and robots.txt', () => {
  it('robots.txt allows crawling and names the sitemap only when there is one', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    if (origin) expect(robots).toMatch(new RegExp(`^Sitemap: ${origin}/sitemap\\.xml$`, 'm'));
    else expect(robots).not.toMatch(/Sitemap:/);
  });

  it('the sitemap lists every page once, with absolute addresses on the site origin (only when the address is set)', () => {
    if (!origin) {
      expect(existsSync(join(DIST, 'sitemap.xml'))).toBe(false);
      return;
    }
    const doc = new DOMParser().parseFromString(readFileSync(join(DIST, 'sitemap.xml'), 'utf8'), 'text/xml');
    expect(doc.documentElement?.namespaceURI).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    const locs = Array.from(doc.getElementsByTagName('loc')).map((l) => l.textContent ?? '');
    expect(new Set(locs).size).toBe(locs.length);
    expect(locs.filter((l) => !l.startsWith(`${origin}/`) || !builtFileFor(new URL(l).pathname))).toEqual([]);
    expect(new Set(locs.map((l) => new URL(l).pathname))).toEqual(new Set(pages.map((p) => p.url)));
  });
});

describe('licence', () => {
  it('/about/ and /data/ state the licence of our content and data and the terms of the source documents', () => {
    for (const url of ['/about/', '/data/']) {
      const document = pages.find((p) => p.url === url)!.document;
      expect(document.querySelector('a[href="https://creativecommons.org/licenses/by/4.0/"][rel="license"]'), url).not.toBeNull();
      const text = textOf(document.body);
      expect(text, url).toContain('remain the works of their publishers');
      expect(text, url).toContain('Our licence does not extend to them');
    }
  });
});
