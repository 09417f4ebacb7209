/**
 * Accessibility of every page template and of the interactive states, with axe-core (WCAG 2.0–2.2
 * A/AA) in headless Chromium, plus what axe cannot check: text in every matrix cell, no sideways
 * scrolling at 320 px except inside the labelled table regions, and content with JavaScript off.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { useBuiltSite } from '../support/built-site.ts';
import { axeViolations } from '../support/axe.ts';

/** One page per template. */
const TEMPLATES = [
  '/',
  '/poa/',
  '/poa/13/',
  '/poa/categories/refugees/',
  '/conclusions/2004/',
  '/countries/',
  '/countries/kazakhstan/',
  '/countries/kazakhstan/gaps/',
  '/poa/47/',
  '/treaties/',
  '/treaties/refugee-convention-1951/',
  '/laws/',
  '/laws/kaz-1997-law-population-migration/',
  '/matrix/',
  '/matrix/2000/',
  '/matrix/2011/',
  '/matrix/legislation/',
  '/sources/',
  '/sources/seed-2011-unhcr-paper/',
  '/sources/untc-v-2/',
  '/search/',
  '/data/',
  '/about/',
  '/changes/',
  '/404.html',
];
/**
 * The same templates in Russian (the not-found page is one page for both languages), and a law page
 * whose Russian title is the official one (shown with its source) rather than ours.
 */
const RUSSIAN_TEMPLATES = [...TEMPLATES.filter((url) => url !== '/404.html').map((url) => `/ru${url}`), '/ru/laws/kaz-2009-law-refugees/'];

const site = useBuiltSite();


// The templates are independent pages, each in its own browser context: checked a few at a time.
describe.concurrent('axe finds no WCAG A/AA violation on every template, in both languages', () => {
  for (const url of [...TEMPLATES, ...RUSSIAN_TEMPLATES]) {
    it(`on ${url}`, async () => {
      const context = await site.browser.newContext();
      const page = await context.newPage();
      const response = await page.goto(`${site.server.origin}${url}`);
      // The page itself, not the not-found page standing in for it.
      if (url !== '/404.html') expect(response?.status(), url).toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe(url.startsWith('/ru/') ? 'ru' : 'en');
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }
});

describe('axe finds no WCAG A/AA violation', () => {
  it('on the matrix with a cell panel open, another date and a comparison', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/matrix/`);
    await page.waitForSelector('#matrix-controls:not([hidden])');
    await page.fill('#matrix-date', '2000-06-01');
    await page.fill('#matrix-compare', '1995-01-01');
    await page.click('#matrix-controls button[type=submit]');
    await page.click('td[data-country="KAZ"][data-treaty="iccpr-1966"] a');
    await page.waitForSelector('#cell-panel:not([hidden])');
    expect(await page.textContent('#cell-panel h2')).toContain('Kazakhstan');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('on search with results and with none', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    for (const q of ['refugees', 'qwzxqwzx']) {
      await page.goto(`${site.server.origin}/search/?q=${q}`);
      await page.waitForFunction(() => (document.querySelector('#search-count')?.textContent ?? '') !== '');
      expect(await axeViolations(page), q).toEqual([]);
    }
    await context.close();
  });
});

describe('the axe check can fail', () => {
  it('reports the violations of a fixture page made to break it', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/404.html`);
    await page.setContent(readFileSync('tests/fixtures/site/axe-violation.html', 'utf8'));
    const ids = (await axeViolations(page)).map((v) => v.split(':')[0]);
    expect(ids).toEqual(expect.arrayContaining(['label', 'image-alt', 'link-name']));
    await context.close();
  });
});

describe('what axe cannot check', () => {
  it('the matrix recomputes status at another date and outlines the changes', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/matrix/`);
    await page.waitForSelector('#matrix-controls:not([hidden])');
    const cell = 'td[data-country="KAZ"][data-treaty="iccpr-1966"] .state';
    expect(await page.textContent(cell)).toBe('Party');
    await page.fill('#matrix-date', '2000-01-01');
    await page.fill('#matrix-compare', '2010-01-01');
    await page.click('#matrix-controls button[type=submit]');
    expect(await page.textContent(cell)).toBe('Not party');
    expect(await page.getAttribute('td[data-country="KAZ"][data-treaty="iccpr-1966"]', 'class')).toContain('changed');
    expect(await page.textContent('#matrix-changes')).toContain('Kazakhstan, ICCPR');
    await page.selectOption('#matrix-region', 'central-asia');
    expect(await page.isVisible('tr[data-country="ARM"]')).toBe(false);
    expect(await page.isVisible('tr[data-country="KAZ"]')).toBe(true);
    await context.close();
  });

  it('at 320 px wide no page scrolls sideways except inside a labelled table region', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const wide: string[] = [];
    // Russian labels are longer than English ones: both languages are checked.
    for (const url of [...TEMPLATES, ...RUSSIAN_TEMPLATES]) {
      await page.goto(`${site.server.origin}${url}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) wide.push(`${url} (${overflow}px)`);
    }
    expect(wide).toEqual([]);
    await context.close();
  });

  it('a Russian law page at 375 px shows its Russian title and the official titles', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/ru/laws/kaz-2009-law-refugees/`);
    expect(await page.locator('h1').textContent()).toBe('О беженцах');
    expect(await page.locator('.original-title [lang="ru"]').isVisible()).toBe(true);
    await context.close();
  });

  it('pages keep their content with JavaScript disabled', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/matrix/`);
    const texts = await page.$$eval('table.matrix td[data-treaty] .state', (els) => els.map((e) => e.textContent?.trim() ?? ''));
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.every((t) => t.length > 0)).toBe(true);
    await page.goto(`${site.server.origin}/poa/13/`);
    expect(await page.textContent('#para-13-c')).toContain('refouler');
    expect(await page.textContent('main')).toContain('Taken up by the 2004 Chair');
    await page.goto(`${site.server.origin}/countries/kazakhstan/`);
    expect(await page.isVisible('#treaties')).toBe(true);
    expect(await page.$$eval('main [hidden]', (els) => els.filter((e) => (e.textContent ?? '').trim().length > 200).length)).toBe(0);
    await context.close();
  });
});
