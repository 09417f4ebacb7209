/** Checks on the links of a built page. */
import { pageOf, RUSSIAN_PAGES } from '../../src/lib/routes.ts';

/** Internal links that leave the Russian site although the page they lead to exists in Russian (the language switch aside). */
export function linksLeavingRussian(doc: Document): string[] {
  return [...doc.querySelectorAll('a[href^="/"]:not([data-language-switch])')]
    .map((a) => a.getAttribute('href')!)
    .filter((href) => !href.startsWith('/ru/'))
    .filter((href) => {
      const page = pageOf(href);
      return page !== undefined && RUSSIAN_PAGES.has(page);
    });
}
