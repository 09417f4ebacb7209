/**
 * axe-core (WCAG 2.0–2.2 A/AA) on a page as the browser shows it, for every browser test that
 * checks accessibility.
 *
 * axe runs inside the page itself: its source is evaluated there and `axe.run` collects the
 * violations only. @axe-core/playwright's `analyze()` gives the same verdict but takes four to
 * five times as long on our large tables, because it runs axe per frame, opens a blank page to
 * merge the frames' results and ships every passing node back to Node. Our pages have no frames,
 * and only violations fail a test. (`tests/fixtures/site/axe-violation.html` proves that this
 * check can fail.)
 */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One line per violated rule: its id, what it asks, how many elements fail and the first of them. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated, not added as a <script>: the site's Content-Security-Policy allows no inline script.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(async (tags) => {
    const inPage = (window as unknown as { axe: typeof axe }).axe;
    const results = await inPage.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) e.g. ${v.nodes[0]?.target.join(' ') ?? ''}`);
  }, WCAG_TAGS);
}
