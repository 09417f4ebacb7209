/**
 * Search on the Russian site as a Russian-speaking drafter uses it, in headless Chromium against the
 * built site: Pagefind's Russian index (built from the pages with <html lang="ru">) stems Russian,
 * so an inflected form finds the same pages; results lead to Russian pages; country names lead to
 * the country's page first.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../support/built-site.ts';

const site = useBuiltSite();
let page: Page;
beforeAll(async () => {
  page = await (await site.browser.newContext()).newPage();
});

async function search(query: string): Promise<{ hrefs: string[]; titles: string[]; count: string }> {
  await page.goto(`${site.server.origin}/ru/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => (document.querySelector('#search-count')?.textContent ?? '') !== '', null, { timeout: 20_000 });
  const links = await page.$$eval('#search-results li > a', (as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', title: a.textContent ?? '' })));
  return { hrefs: links.map((l) => l.href), titles: links.map((l) => l.title), count: (await page.textContent('#search-count')) ?? '' };
}

describe('search in Russian', () => {
  it('«беженцы» and «беженцев» find the same Russian pages on refugees, first a law on refugees or the Refugee Convention', async () => {
    const nominative = await search('беженцы');
    const genitive = await search('беженцев');
    expect(nominative.hrefs.length).toBeGreaterThan(5);
    expect(genitive.hrefs.slice(0, 5)).toEqual(nominative.hrefs.slice(0, 5));
    for (const href of nominative.hrefs) expect(href).toMatch(/^\/ru\//);
    expect(nominative.hrefs[0]).toMatch(/^\/ru\/(laws\/[a-z]{3}-\d{4}-law-refugee|treaties\/refugee-(convention|protocol))/);
    expect(nominative.titles[0]).toMatch(/беженц/i);
    expect(nominative.count).toMatch(/результат/);
  });

  it('«гражданства» finds the instruments on nationality and the laws on citizenship first', async () => {
    const { hrefs, titles } = await search('гражданства');
    const onCitizenship = /^\/ru\/(laws\/[a-z]{3}-\d{4}-law-citizenship|treaties\/(european-convention-nationality|statelessness-convention|coe-statelessness))/;
    expect(hrefs.slice(0, 3).every((h) => onCitizenship.test(h)), hrefs.slice(0, 3).join(', ')).toBe(true);
    expect(hrefs.slice(0, 3).some((h) => h.startsWith('/ru/laws/'))).toBe(true);
    expect(titles[0]).toMatch(/гражданств/i);
  });

  it('«торговли людьми» finds the treaties and laws against trafficking in persons first', async () => {
    const { hrefs } = await search('торговли людьми');
    expect(hrefs.slice(0, 5).every((h) => /^\/ru\/(laws|treaties)\/.*traffick/.test(h)), hrefs.slice(0, 5).join(', ')).toBe(true);
    expect(hrefs.slice(0, 5).some((h) => h.startsWith('/ru/laws/'))).toBe(true);
  });

  it('a country name in Russian leads to the Russian country page first', async () => {
    for (const [name, slug] of [['Казахстан', 'kazakhstan'], ['Кыргызстан', 'kyrgyzstan'], ['Молдова', 'moldova'], ['Российская Федерация', 'russian-federation']] as const) {
      const { hrefs } = await search(name);
      expect(hrefs[0], name).toBe(`/ru/countries/${slug}/`);
    }
  });

  it('a query with no match says so in Russian', async () => {
    const { hrefs, count } = await search('qwzxqwzx');
    expect(hrefs).toEqual([]);
    expect(count).toBe('По запросу «qwzxqwzx» ничего не найдено.');
  });
});
