import { describe, expect, it } from 'vitest';
import { pagePaths, robotsTxt, sitemapXml } from '../../src/integrations/sitemap.ts';
import { jsonLdScript, lawJsonLd } from '../../src/lib/jsonld.ts';
import type { Law } from '../../src/schemas/law.ts';

describe('sitemap', () => {
  it('keeps the HTML pages of the build, without the 404 page or data files', () => {
    expect(pagePaths(['', 'poa/47/', '404/', 'data/poa.json', 'poa/47/cite.bib', 'laws/x/'])).toEqual(['/', '/laws/x/', '/poa/47/']);
  });

  it('lists absolute addresses, and hreflang alternates once a page has them', () => {
    const plain = sitemapXml('https://law.test', ['/', '/poa/47/'], () => []);
    expect(plain).toContain('<loc>https://law.test/poa/47/</loc>');
    expect(plain).not.toContain('xhtml');
    const alternates = (p: string) => {
      const en = p.replace(/^\/ru\//, '/');
      return [
        { hreflang: 'en', href: `https://law.test${en}` },
        { hreflang: 'ru', href: `https://law.test/ru${en}` },
        { hreflang: 'x-default', href: `https://law.test${en}` },
      ];
    };
    const withRu = sitemapXml('https://law.test', ['/poa/47/', '/ru/poa/47/', '/about/'], alternates);
    expect(withRu).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    expect(withRu).toContain('<xhtml:link rel="alternate" hreflang="ru" href="https://law.test/ru/poa/47/"/>');
    // A page built in one language only lists no alternates (its Russian address would be a 404).
    const about = withRu.slice(withRu.indexOf('<loc>https://law.test/about/</loc>'));
    expect(about.slice(0, about.indexOf('</url>'))).not.toContain('xhtml:link');
  });

  it('robots.txt names the sitemap only when the site address is set', () => {
    expect(robotsTxt('https://law.test')).toContain('Sitemap: https://law.test/sitemap.xml');
    expect(robotsTxt(undefined)).not.toContain('Sitemap');
  });
});

describe('JSON-LD', () => {
  const law = {
    id: 'arm-1999-law-refugees',
    country: 'ARM',
    title: 'Law on Refugees',
    titleVariants: [],
    kind: 'law',
    number: 'HO-1',
    adopted: '1999-03-03',
    status: 'replaced',
    topics: [],
    treaties: ['refugee-convention-1951'],
    replaces: [],
    replacedBy: [],
    amends: [],
    summary: 'A summary.',
    sources: [],
    verified: '2026-11-29',
  } as unknown as Law;

  it('describes a law as Legislation with its jurisdiction, date, number, legal force and the treaty it implements', () => {
    const ld = lawJsonLd(law, { id: 'ARM', name: 'Armenia' }, [{ id: 'refugee-convention-1951', title: 'Convention relating to the Status of Refugees' }], 'https://law.test');
    expect(ld).toMatchObject({
      '@type': 'Legislation',
      url: 'https://law.test/laws/arm-1999-law-refugees/',
      legislationJurisdiction: { '@type': 'Country', name: 'Armenia', identifier: 'ARM' },
      legislationDate: '1999-03-03',
      legislationIdentifier: 'HO-1',
      legislationLegalForce: 'https://schema.org/NotInForce',
      legislationApplies: [{ '@type': 'Legislation', url: 'https://law.test/treaties/refugee-convention-1951/' }],
    });
  });

  it('uses root-relative addresses without a site address, and states no legal force it does not know', () => {
    const ld = lawJsonLd({ ...law, status: 'unknown' } as Law, { id: 'ARM', name: 'Armenia' }, [], undefined);
    expect(ld['url']).toBe('/laws/arm-1999-law-refugees/');
    expect(ld).not.toHaveProperty('legislationLegalForce');
    expect(ld).not.toHaveProperty('legislationApplies');
  });

  it('cannot be closed early by the text it carries', () => {
    expect(jsonLdScript({ name: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});
