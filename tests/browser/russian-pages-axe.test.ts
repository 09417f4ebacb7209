/**
 * axe-core (WCAG 2.0–2.2 A/AA) on the Russian templates of the country, gap-brief and law pages,
 * and what a reader of the Russian page sees at phone width: the heading and the official title.
 */
import { describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { useBuiltSite } from '../support/built-site.ts';

const TEMPLATES = ['/ru/countries/kazakhstan/', '/ru/countries/kazakhstan/gaps/', '/ru/laws/', '/ru/laws/kaz-2009-law-refugees/', '/ru/laws/ukr-2011-law-counteracting-trafficking/'];
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const site = useBuiltSite();

describe('axe finds no WCAG A/AA violation on the Russian pages', () => {
  for (const url of TEMPLATES) {
    it(`on ${url}`, async () => {
      const context = await site.browser.newContext();
      const page = await context.newPage();
      await page.goto(`${site.server.origin}${url}`);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) e.g. ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
      await context.close();
    });
  }
});

describe('a Russian law page at 375 px', () => {
  it('shows the Russian title and the official titles without sideways scrolling', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/ru/laws/kaz-2009-law-refugees/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('О беженцах');
    expect(await page.locator('.original-title [lang="ru"]').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await context.close();
  });
});
