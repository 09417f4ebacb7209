/**
 * The Atom feeds as built: each parses as Atom (RFC 4287: id, title, updated and an author on the
 * feed; id, title, updated on each entry; absolute ids), every link resolves to a built page, and
 * every country and treaty page links to its feed, in the head and visibly.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { builtFileFor, builtPages, DIST, requireDist, textOf } from '../support/dist.ts';
import { builtSiteOrigin } from '../support/site-origin.ts';

const ATOM = 'http://www.w3.org/2005/Atom';
let pages: ReturnType<typeof builtPages>;
let origin: string | undefined;
let feedPaths: string[];
beforeAll(() => {
  requireDist();
  pages = builtPages();
  origin = builtSiteOrigin();
  feedPaths = ['/feed.xml', ...pages.filter((p) => /^\/(countries|treaties)\/[^/]+\/$/.test(p.url)).map((p) => `${p.url}feed.xml`)];
});

const children = (el: Element, name: string) => Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === name && (n as Element).namespaceURI === ATOM);
const text = (el: Element, name: string) => children(el, name)[0]?.textContent?.trim() ?? '';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** A feed file checked as XML: the raw file is handed to an XML parser (feeds are not HTML). */
function problemsOf(path: string): string[] {
  const file = join(DIST, path);
  if (!existsSync(file)) return [`${path}: missing`];
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, msg) => { if (level !== 'warning') errors.push(`${path}: ${msg}`); } }).parseFromString(readFileSync(file, 'utf8'), 'text/xml');
  const feed = doc.documentElement;
  if (!feed || feed.localName !== 'feed' || feed.namespaceURI !== ATOM) return [...errors, `${path}: not an Atom feed`];
  const out = [...errors];
  for (const name of ['id', 'title', 'updated']) if (!text(feed, name)) out.push(`${path}: feed without ${name}`);
  if (!RFC3339.test(text(feed, 'updated'))) out.push(`${path}: updated is not RFC 3339`);
  const entries = children(feed, 'entry');
  if (children(feed, 'author').length === 0 && entries.some((e) => children(e, 'author').length === 0)) out.push(`${path}: no author`);
  const ids = [text(feed, 'id'), ...entries.map((e) => text(e, 'id'))];
  for (const id of ids) if (!/^(urn:uuid:[0-9a-f-]{36}|https?:\/\/)/.test(id)) out.push(`${path}: id "${id}" is not absolute`);
  if (new Set(ids).size !== ids.length) out.push(`${path}: duplicate ids`);
  for (const e of entries) {
    for (const name of ['title', 'updated']) if (!text(e, name)) out.push(`${path}: entry ${text(e, 'id')} without ${name}`);
    if (!RFC3339.test(text(e, 'updated'))) out.push(`${path}: entry updated not RFC 3339`);
    if (!children(e, 'link').some((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') && !text(e, 'content')) out.push(`${path}: entry without alternate link or content`);
  }
  const links = Array.from(doc.getElementsByTagNameNS(ATOM, 'link')).map((l) => l.getAttribute('href') ?? '');
  const self = children(feed, 'link').find((l) => l.getAttribute('rel') === 'self')?.getAttribute('href');
  if (self !== (origin ? `${origin}${path}` : path)) out.push(`${path}: rel=self is ${self}`);
  for (const href of links) {
    const url = new URL(href, `http://site${path}`);
    if (origin && !href.startsWith(`${origin}/`)) out.push(`${path}: link ${href} is not absolute on ${origin}`);
    if (!builtFileFor(url.pathname)) out.push(`${path}: link ${href} does not resolve`);
  }
  return out;
}

describe('Atom feeds', () => {
  it('there is a site feed and one per country and per treaty', () => {
    expect(feedPaths.filter((p) => p.startsWith('/countries/'))).toHaveLength(12);
    expect(feedPaths.filter((p) => p.startsWith('/treaties/')).length).toBeGreaterThan(20);
    expect(feedPaths.filter((p) => !existsSync(join(DIST, p)))).toEqual([]);
  });

  it('each parses as Atom with the required elements, absolute ids, and links that resolve in the built site', () => {
    expect(feedPaths.flatMap(problemsOf).slice(0, 20)).toEqual([]);
  });

  it('the site feed has an entry per content change, when the build had the history', () => {
    const changes = textOf(pages.find((p) => p.url === '/changes/')!.document.body);
    const doc = new DOMParser().parseFromString(readFileSync(join(DIST, 'feed.xml'), 'utf8'), 'text/xml');
    const entries = doc.getElementsByTagNameNS(ATOM, 'entry').length;
    if (changes.includes('The change history is not available')) expect(entries).toBe(0);
    else expect(entries).toBeGreaterThan(0);
  });

  it('every country and treaty page links its feed in the head and visibly, and every page links the site feed', () => {
    const problems = pages.flatMap((p) => {
      const out: string[] = [];
      const hasFeed = /^\/(countries|treaties)\/[^/]+\/$/.test(p.url);
      // Only the country and treaty pages are read whole; for the others the head is enough.
      const document = hasFeed ? p.document : p.head;
      const alternates = [...document.querySelectorAll('link[rel="alternate"][type="application/atom+xml"]')].map((l) => l.getAttribute('href'));
      if (!alternates.includes('/feed.xml')) out.push(`${p.url}: no site feed link`);
      if (hasFeed) {
        if (!alternates.includes(`${p.url}feed.xml`)) out.push(`${p.url}: no feed link in the head`);
        const follow = [...document.querySelectorAll('body a')].some((a) => a.getAttribute('href') === `${p.url}feed.xml` && textOf(a).trim().startsWith('Follow changes'));
        if (!follow) out.push(`${p.url}: no visible Follow link`);
      }
      return out;
    });
    expect(problems.slice(0, 20)).toEqual([]);
  });
});
