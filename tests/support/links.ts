/** Checks on the links of a built page. */
import { pageOf } from '../../src/lib/routes.ts';

/** Internal links to a page that leave the Russian site (every page exists in Russian; the language switch aside). */
export function linksLeavingRussian(doc: Document): string[] {
  return [...doc.querySelectorAll('a[href^="/"]:not([data-language-switch])')]
    .map((a) => a.getAttribute('href')!)
    .filter((href) => !href.startsWith('/ru/'))
    .filter((href) => pageOf(href) !== undefined);
}
