/** axe (WCAG 2.0–2.2 A/AA) on the Russian PoA, 2004 conclusions, category and seed-document templates. */
import { expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { useBuiltSite } from '../support/built-site.ts';

const site = useBuiltSite();
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const url of ['/ru/poa/13/', '/ru/conclusions/2004/', '/ru/poa/categories/refugees/', '/ru/sources/seed-2011-unhcr-paper/']) {
  it(`axe finds no violation on ${url}`, async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.origin}${url}`);
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} e.g. ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    await context.close();
  });
}
