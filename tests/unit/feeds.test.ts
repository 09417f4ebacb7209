import { describe, expect, it } from 'vitest';
import { DOMParser } from '@xmldom/xmldom';
import { atomXml, buildFeeds, changedCountries, nameUuid, type FeedCommit } from '../../src/lib/feeds.ts';
import { parseCatFileBatch } from '../../src/lib/feed-history.ts';

const commits: FeedCommit[] = [
  { hash: 'c3', shortHash: 'c3', dateTime: '2026-11-28T10:00:00+01:00', subject: 'Armenia: 1999 refugee law & its number', files: ['content/laws/arm-1999-law-refugees.yaml'] },
  { hash: 'c2', shortHash: 'c2', dateTime: '2026-11-27T09:00:00Z', subject: 'ICCPR: Kazakhstan ratification', files: ['content/ratifications/iccpr-1966.yaml'] },
  { hash: 'c1', shortHash: 'c1', dateTime: '2026-11-26T09:00:00Z', subject: 'Georgia page', files: ['content/countries/GEO.yaml'] },
];
const subjects = {
  countries: [
    { id: 'ARM', slug: 'armenia', name: 'Armenia' },
    { id: 'KAZ', slug: 'kazakhstan', name: 'Kazakhstan' },
    { id: 'GEO', slug: 'georgia', name: 'Georgia' },
  ],
  treaties: [{ id: 'iccpr-1966', shortName: 'ICCPR' }],
  pageFor: (f: string) => ({ href: `/page/${f.split('/').at(-1)}/`, label: f }),
};
const ratification = new Map([['c2', new Map([['content/ratifications/iccpr-1966.yaml', new Set(['KAZ'])]])]]);

describe('feeds', () => {
  const feeds = buildFeeds(commits, subjects, ratification);
  const byPath = new Map(feeds.map((f) => [f.path, f]));

  it('the site feed has every content commit, newest first, with the pages it affects', () => {
    const site = byPath.get('/feed.xml')!;
    expect(site.entries.map((e) => e.commit.hash)).toEqual(['c3', 'c2', 'c1']);
    expect(site.entries[0]!.pages).toEqual([{ href: '/page/arm-1999-law-refugees.yaml/', label: 'content/laws/arm-1999-law-refugees.yaml' }]);
  });

  it("a country's feed has its own files' commits and the ratification commits that changed its entry only", () => {
    expect(byPath.get('/countries/armenia/feed.xml')!.entries.map((e) => e.commit.hash)).toEqual(['c3']);
    expect(byPath.get('/countries/kazakhstan/feed.xml')!.entries.map((e) => e.commit.hash)).toEqual(['c2']);
    expect(byPath.get('/countries/georgia/feed.xml')!.entries.map((e) => e.commit.hash)).toEqual(['c1']);
  });

  it("a treaty's feed has the commits to its treaty or ratification file", () => {
    expect(byPath.get('/treaties/iccpr-1966/feed.xml')!.entries.map((e) => e.commit.hash)).toEqual(['c2']);
  });

  it('writes well-formed Atom with absolute ids, UTC timestamps and escaped text', () => {
    for (const site of [undefined, 'https://law.test']) {
      const xml = atomXml(byPath.get('/feed.xml')!, { site, siteName: 'Site', fallbackUpdated: '2026-11-29' });
      const doc = new DOMParser().parseFromString(xml, 'text/xml');
      const feed = doc.documentElement!;
      expect(feed.namespaceURI).toBe('http://www.w3.org/2005/Atom');
      const ids = Array.from(doc.getElementsByTagName('id')).map((n) => n.textContent ?? '');
      for (const id of ids) expect(id).toMatch(/^(urn:uuid:[0-9a-f-]{36}|https:\/\/law\.test\/)/);
      expect(doc.getElementsByTagName('updated')[0]!.textContent).toBe('2026-11-28T09:00:00Z');
      expect(doc.getElementsByTagName('title')[1]!.textContent).toBe('Armenia: 1999 refugee law & its number');
      const self = Array.from(doc.getElementsByTagName('link')).find((l) => l.getAttribute('rel') === 'self')!;
      expect(self.getAttribute('href')).toBe(site ? 'https://law.test/feed.xml' : '/feed.xml');
    }
  });

  it('an empty feed is still valid: it takes its updated date from the build', () => {
    const xml = atomXml({ ...byPath.get('/feed.xml')!, entries: [] }, { site: undefined, siteName: 'Site', fallbackUpdated: '2026-11-29' });
    expect(xml).toContain('<updated>2026-11-29T00:00:00Z</updated>');
  });
});

describe('helpers', () => {
  it('name-based UUIDs are version 5, stable, and differ by name', () => {
    expect(nameUuid('commit:abc')).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(nameUuid('commit:abc')).toBe(nameUuid('commit:abc'));
    expect(nameUuid('commit:abc')).not.toBe(nameUuid('commit:abd'));
  });

  it('finds the countries whose ratification entries changed', () => {
    const before = { countries: [{ country: 'ARM', unknown: 'x' }, { country: 'KAZ', none: { sources: [] } }] };
    const after = { countries: [{ country: 'ARM', unknown: 'x' }, { country: 'KAZ', events: [] }, { country: 'UZB', unknown: 'y' }] };
    expect([...changedCountries(before, after)].sort()).toEqual(['KAZ', 'UZB']);
    expect([...changedCountries(undefined, { countries: [{ country: 'ARM' }] })]).toEqual(['ARM']);
  });

  it('splits git cat-file --batch output, including missing objects and multi-byte text', () => {
    const body = 'countries: [] # é\n';
    const size = Buffer.byteLength(body);
    const out = Buffer.from(`abc^:./x missing\n1234 blob ${size}\n${body}\n`, 'utf8');
    expect(parseCatFileBatch(out, 2)).toEqual([undefined, body]);
  });
});
