/**
 * Language versions of a page, for `<link rel="alternate" hreflang>` in the page head and
 * `xhtml:link` entries in the sitemap. The site is in English only today; when the planned
 * Russian site exists, return its address for each page here (and the English one itself), and
 * both the pages and the sitemap list them.
 */
export interface Alternate {
  /** BCP 47 language tag, e.g. "en", "ru", or "x-default". */
  hreflang: string;
  /** Absolute address of the page in that language. */
  href: string;
}

/** Alternates of a site path ("/poa/47/"); empty while the site has one language. */
export function alternatesFor(_path: string): Alternate[] {
  return [];
}
