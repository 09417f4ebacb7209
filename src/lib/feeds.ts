/**
 * Atom feeds (RFC 4287) of content changes, built from the git history read once per build:
 * the whole site (/feed.xml, one entry per commit touching content/, with the pages it affects),
 * each country (/countries/<slug>/feed.xml) and each treaty (/treaties/<id>/feed.xml).
 *
 * A treaty's feed has the commits that changed its treaty or ratification file. A country's feed
 * has the commits that changed its own files (country, law coverage, its laws) and those that
 * changed its entry in a ratification file (found by comparing the file before and after the
 * commit, see `ratificationChanges`).
 *
 * Ids are absolute without depending on a domain: an entry's id is a name-based UUID of its commit
 * (`urn:uuid:`), the same in every feed that carries it; a feed's id is its address when the site
 * address is set, otherwise a name-based UUID of its path. Links are absolute when the site
 * address is set and root-relative otherwise (RFC 4287 resolves them against the feed's address).
 */
import { createHash } from 'node:crypto';
import { files as fileAddresses, routes } from './routes.ts';

/** Feeds are in English: their entries are commit subjects, written in English. */
const r = routes();

export interface FeedCommit {
  hash: string;
  shortHash: string;
  /** ISO 8601 date-time with offset. */
  dateTime: string;
  subject: string;
  files: readonly string[];
}

export interface FeedPage {
  href: string;
  label: string;
}

export interface FeedEntry {
  commit: FeedCommit;
  /** Pages of this feed's subject that the commit changed. */
  pages: FeedPage[];
}

export interface Feed {
  /** Root-relative address of the feed, e.g. "/countries/armenia/feed.xml". */
  path: string;
  title: string;
  subtitle: string;
  /** The page the feed follows (its rel="alternate"). */
  pagePath: string;
  entries: FeedEntry[];
}

/** The countries whose entries a commit changed, per ratification file: hash -> file -> ISO3 codes. */
export type RatificationChanges = ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<string>>>;

/** A fixed namespace for the name-based UUIDs of this site's feeds and entries. */
const NAMESPACE = 'c5d1e2a4-7b3f-4f0e-9a61-2d8e4b7c9f10';

/** RFC 4122 version 5 (SHA-1, name-based) UUID as a urn:uuid: IRI. */
export function nameUuid(name: string, namespace = NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const bytes = createHash('sha1').update(Buffer.concat([ns, Buffer.from(name, 'utf8')])).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** RFC 3339 timestamp in UTC ("2026-11-29T10:54:33Z"). */
function rfc3339(dateTime: string): string {
  const ms = Date.parse(dateTime);
  return Number.isNaN(ms) ? `${dateTime.slice(0, 10)}T00:00:00Z` : new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export interface AtomOptions {
  site: string | undefined;
  /** The site's name (feed author and generator context). */
  siteName: string;
  /** Used as the feed's <updated> when it has no entry (e.g. a build without history). */
  fallbackUpdated: string;
}

export function atomXml(feed: Feed, options: AtomOptions): string {
  const url = (path: string) => (options.site ? new URL(path, options.site).href : path);
  const updated = feed.entries[0] ? rfc3339(feed.entries[0].commit.dateTime) : rfc3339(options.fallbackUpdated);
  const entries = feed.entries.map(({ commit, pages }) => {
    const main = pages[0]?.href ?? feed.pagePath;
    const list = pages.map((p) => `<li><a href="${escapeXml(url(p.href))}">${escapeXml(p.label)}</a></li>`).join('');
    const html = `<p>${escapeXml(commit.subject)}</p>${pages.length > 0 ? `<p>Pages affected:</p><ul>${list}</ul>` : ''}<p>Commit ${escapeXml(commit.shortHash)}.</p>`;
    return [
      '  <entry>',
      `    <id>${nameUuid(`commit:${commit.hash}`)}</id>`,
      `    <title>${escapeXml(commit.subject)}</title>`,
      `    <updated>${rfc3339(commit.dateTime)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url(main))}"/>`,
      ...pages.slice(1).map((p) => `    <link rel="related" type="text/html" href="${escapeXml(url(p.href))}" title="${escapeXml(p.label)}"/>`),
      `    <content type="html">${escapeXml(html)}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <id>${options.site ? escapeXml(url(feed.path)) : nameUuid(`feed:${feed.path}`)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(options.siteName)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(url(feed.path))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(url(feed.pagePath))}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

export interface FeedSubjects {
  countries: readonly { id: string; slug: string; name: string }[];
  treaties: readonly { id: string; shortName: string }[];
  /** The page showing a content file (src/lib/views/changes.ts). */
  pageFor(file: string): FeedPage | undefined;
}

const uniquePages = (pages: (FeedPage | undefined)[]) => [...new Map(pages.filter((p): p is FeedPage => p !== undefined).map((p) => [p.href, p])).values()];

/** The site feed, one per country and one per treaty, entries newest first. */
export function buildFeeds(commits: readonly FeedCommit[], subjects: FeedSubjects, ratification: RatificationChanges, limit = 100): Feed[] {
  const site: Feed = {
    path: fileAddresses.siteFeed(),
    title: 'CIS Migration Law Observatory: changes to the content',
    subtitle: 'Every correction and addition to the knowledge base, with the pages it affects.',
    pagePath: r.changes(),
    entries: commits
      .map((commit) => ({ commit, pages: uniquePages(commit.files.map((f) => subjects.pageFor(f))) }))
      .slice(0, limit),
  };
  const countryFeeds = subjects.countries.map((c): Feed => {
    const lower = c.id.toLowerCase();
    const entries = commits.flatMap((commit): FeedEntry[] => {
      const own = commit.files.filter((f) => f === `content/countries/${c.id}.yaml` || f === `content/law-coverage/${c.id}.yaml` || f.startsWith(`content/laws/${lower}-`));
      const statuses = commit.files.filter((f) => f.startsWith('content/ratifications/') && ratification.get(commit.hash)?.get(f)?.has(c.id));
      if (own.length === 0 && statuses.length === 0) return [];
      const countryPage = { href: r.country(c.slug), label: `Country: ${c.name}` };
      const pages = uniquePages([countryPage, ...own.map((f) => subjects.pageFor(f)), ...statuses.map((f) => subjects.pageFor(f))]);
      return [{ commit, pages }];
    });
    return {
      path: fileAddresses.countryFeed(c.slug),
      title: `${c.name}: changes in the CIS Migration Law Observatory`,
      subtitle: `Changes to ${c.name}'s treaty records, national acts and country page.`,
      pagePath: r.country(c.slug),
      entries: entries.slice(0, limit),
    };
  });
  const treatyFeeds = subjects.treaties.map((t): Feed => {
    const files = new Set([`content/treaties/${t.id}.yaml`, `content/ratifications/${t.id}.yaml`]);
    const entries = commits
      .filter((commit) => commit.files.some((f) => files.has(f)))
      .map((commit) => ({ commit, pages: [{ href: r.treaty(t.id), label: `Treaty: ${t.shortName}` }] }));
    return {
      path: fileAddresses.treatyFeed(t.id),
      title: `${t.shortName}: changes in the CIS Migration Law Observatory`,
      subtitle: `Changes to the record of the ${t.shortName} and to the twelve countries' acts under it.`,
      pagePath: r.treaty(t.id),
      entries: entries.slice(0, limit),
    };
  });
  return [site, ...countryFeeds, ...treatyFeeds];
}

/**
 * Which countries' entries differ between two versions of a ratification file (YAML text, or
 * undefined where the file did not exist). Entries are compared whole: any change to a country's
 * events, none, unknown, note or sources counts.
 */
export function changedCountries(before: unknown, after: unknown): Set<string> {
  const entries = (doc: unknown) => {
    const map = new Map<string, string>();
    const list = (doc as { countries?: unknown } | undefined)?.countries;
    if (Array.isArray(list)) for (const e of list) if (e && typeof e === 'object' && 'country' in e) map.set(String((e as { country: unknown }).country), JSON.stringify(e));
    return map;
  };
  const a = entries(before);
  const b = entries(after);
  return new Set([...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k)));
}
