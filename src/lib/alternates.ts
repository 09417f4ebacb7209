/**
 * Language versions of a page, for `<link rel="alternate" hreflang>` in the page head: every
 * language's address of the same page, and `x-default` (the English page) for readers whose
 * language the site does not have. Addresses are absolute when SITE_URL is set.
 */
import { publicUrl } from '../site.config.ts';
import { DEFAULT_LANG, LANGS, switchLang } from './routes.ts';

export interface Alternate {
  /** BCP 47 language tag, e.g. "en", "ru", or "x-default". */
  hreflang: string;
  /** Address of the page in that language. */
  href: string;
}

/** Alternates of a page path in any language ("/poa/47/" or "/ru/poa/47/"): the same list from either. */
export function alternatesFor(path: string, site?: string): Alternate[] {
  const url = (lang: (typeof LANGS)[number]) => publicUrl(switchLang(path, lang), site);
  return [...LANGS.map((lang) => ({ hreflang: lang, href: url(lang) })), { hreflang: 'x-default', href: url(DEFAULT_LANG) }];
}
