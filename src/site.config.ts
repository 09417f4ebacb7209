/**
 * Site-wide settings in one place. The public address and the repository come from the
 * environment at build time, so that no placeholder address is ever published:
 *
 * - `SITE_URL`: the origin the built site is served from (`https://host`, no path: the site's
 *   links are root-relative, so it must be served at the root of its host). When it is not set,
 *   pages, citations and data files use root-relative addresses and omit every absolute one
 *   (no canonical link, no sitemap, no og:url).
 * - `SITE_REPOSITORY`: the web address of the repository holding `content/` (e.g. the GitHub
 *   page of the repository). When set, "Edit this page" links open the file in the host's web
 *   editor; when not set, pages name the file path only.
 * - `SITE_BRANCH`: the branch "Edit this page" links point at (default `main`).
 */

/** Reads and checks SITE_URL: an http(s) origin without path, query or fragment; undefined when unset. */
export function parseSiteUrl(value: string | undefined): string | undefined {
  const raw = value?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL "${raw}" is not an address: give the origin the site is served from, e.g. https://host`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL "${raw}" must start with https:// or http://`);
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash || url.username || url.password) {
    throw new Error(`SITE_URL "${raw}" must be an origin only (https://host): the site's links are root-relative, so it is served from the root of its host`);
  }
  return url.origin;
}

/** Reads and checks SITE_REPOSITORY: an https address without a trailing slash; undefined when unset. */
export function parseRepository(value: string | undefined): string | undefined {
  const raw = value?.trim().replace(/\/+$/, '');
  if (!raw) return undefined;
  if (!/^https:\/\/[^/\s]+\/[^\s]+$/.test(raw)) throw new Error(`SITE_REPOSITORY "${raw}" must be the https address of the repository, e.g. https://github.com/owner/name`);
  return raw;
}

const env = typeof process === 'undefined' ? {} : process.env;

export const SITE = {
  title: 'CIS Migration Law Observatory',
  description:
    'Treaty ratifications and national legislation of the twelve CIS countries, around the 1996 Geneva Conference Programme of Action on refugees, displaced persons, migration and asylum.',
  /** Where the built site is published (origin only), or undefined: then no absolute address is emitted. */
  url: parseSiteUrl(env['SITE_URL']),
  /** The repository holding content/, or undefined: then "Edit this page" names the file without a link. */
  repository: parseRepository(env['SITE_REPOSITORY']),
  /** The branch "Edit this page" links point at. */
  branch: env['SITE_BRANCH']?.trim() || 'main',
} as const;

/** The absolute address of a site path ("/poa/47/"), or undefined when SITE_URL is not set. */
export function absoluteUrl(path: string, site: string | undefined = SITE.url): string | undefined {
  return site ? new URL(path, site).href : undefined;
}

/** The address to publish for a site path: absolute when SITE_URL is set, root-relative otherwise. */
export function publicUrl(path: string, site: string | undefined = SITE.url): string {
  return absoluteUrl(path, site) ?? path;
}

/** Where a repository file can be edited in the web editor, or undefined without SITE_REPOSITORY. */
export function editUrl(file: string, isDirectory = false, repository: string | undefined = SITE.repository, branch: string = SITE.branch): string | undefined {
  if (!repository) return undefined;
  return `${repository}/${isDirectory ? 'tree' : 'edit'}/${branch}/${file}`;
}
