/**
 * The matrix on every screen and with the keyboard: the whole grid at 1280 px with sticky
 * headers, a phone view where cells deep in the table still show their country and treaty, all
 * columns on A4 landscape, any cell in a handful of key presses, a cell panel next to the cell
 * that Escape closes, and the new cell states with their symbols, legend entries and counts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../support/built-site.ts';
import { axeViolations } from '../support/axe.ts';
import { readBuilt } from '../support/dist.ts';

const site = useBuiltSite();

let treaties: { id: string; shortName: string; family: string; adopted: string | null }[];
let countries: { id: string; name: string }[];
let sources: Map<string, string>;
beforeAll(() => {
  treaties = (JSON.parse(readBuilt('data/treaties.json')) as { treaties: typeof treaties }).treaties;
  countries = (JSON.parse(readBuilt('data/countries.json')) as { countries: typeof countries }).countries;
  sources = new Map((JSON.parse(readBuilt('data/sources.json')) as { sources: { id: string; title: string }[] }).sources.map((s) => [s.id, s.title]));
});


async function open(page: Page, query = ''): Promise<void> {
  await page.goto(`${site.server.origin}/matrix/${query}`);
  await page.waitForSelector('#matrix-controls:not([hidden])', { state: 'attached' });
}

/** A page in its own context (axe needs one). */
async function newPage(options: Parameters<typeof site.browser.newContext>[0] = {}): Promise<Page> {
  const context = await site.browser.newContext(options);
  return context.newPage();
}
const done = (page: Page) => page.context().close();

const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('an overview that fits', () => {
  it('at 1280 px the whole grid shows without sideways scrolling, and the headers stick', async () => {
    const page = await newPage({ viewport: { width: 1280, height: 800 } });
    await open(page);
    expect(await sideways(page)).toBe(0);
    const fit = await page.evaluate(() => {
      const cols = [...document.querySelectorAll('#treaty-matrix thead th.col')].map((th) => th.getBoundingClientRect().right);
      const region = document.querySelector('.matrix-region')!;
      return { right: Math.max(...cols), width: document.documentElement.clientWidth, overflow: region.scrollWidth - region.clientWidth, count: cols.length };
    });
    expect(fit.count).toBe(treaties.length);
    expect(fit.right).toBeLessThanOrEqual(fit.width);
    expect(fit.overflow).toBeLessThanOrEqual(0);
    // Scrolled down to the last row, the treaty names still head the columns.
    await page.evaluate(() => document.querySelector('tr[data-country="RUS"]')!.scrollIntoView({ block: 'end' }));
    const header = await page.evaluate(() => {
      const th = document.querySelector('#treaty-matrix th.col')!.getBoundingClientRect();
      const table = document.querySelector('#treaty-matrix thead')!.parentElement!.getBoundingClientRect();
      const row = document.querySelector('tr[data-country="RUS"]')!.getBoundingClientRect();
      return { top: th.top, bottom: th.bottom, tableTop: table.top, rowTop: row.top };
    });
    expect(header.tableTop).toBeLessThan(-100); // the table's own head has scrolled away…
    expect(header.top).toBeGreaterThanOrEqual(-1); // …but the treaty names stay at the top of the window
    expect(header.top).toBeLessThan(5);
    expect(header.bottom).toBeLessThanOrEqual(header.rowTop + 1); // above the last row, not over it
    await done(page);
  });

  it('where the grid must scroll sideways, the country column sticks', async () => {
    const page = await newPage({ viewport: { width: 800, height: 800 } });
    await open(page);
    expect(await sideways(page)).toBe(0);
    const stuck = await page.evaluate(() => {
      const region = document.querySelector<HTMLElement>('.matrix-region')!;
      region.scrollLeft = 400;
      const th = document.querySelector('tr[data-country="UZB"] th')!.getBoundingClientRect();
      return { thLeft: th.left, regionLeft: region.getBoundingClientRect().left, scrolled: region.scrollLeft };
    });
    expect(stuck.scrolled).toBeGreaterThan(0);
    expect(Math.abs(stuck.thLeft - stuck.regionLeft)).toBeLessThan(2);
    await done(page);
  });

  it('on a 375 px phone, cells deep in the table show their country and treaty on screen, and nothing scrolls sideways', async () => {
    const page = await newPage({ viewport: { width: 375, height: 700 }, isMobile: true, hasTouch: true });
    await open(page);
    expect(await sideways(page)).toBe(0);
    const last = treaties.find((t) => t.id === (treaties.at(-1)?.id ?? ''))!;
    for (const [country, treaty] of [['UZB', last.id], ['MDA', 'ilo-c143-1975'], ['TJK', 'crc-1989'], ['RUS', treaties[0]!.id]] as const) {
      const cell = page.locator(`td[data-country="${country}"][data-treaty="${treaty}"]`);
      await cell.evaluate((td) => td.scrollIntoView({ block: 'center' }));
      const seen = await cell.evaluate((td) => {
        const inView = (r: DOMRect) => r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth && r.width > 0;
        const treatyLabel = td.querySelector('.where-treaty')!;
        const header = td.closest('tr')!.querySelector('th')!;
        const h = header.getBoundingClientRect();
        const onTop = document.elementFromPoint(h.left + 10, h.top + h.height / 2);
        return {
          treatyText: treatyLabel.textContent,
          treatyVisible: treatyLabel.checkVisibility() && inView(treatyLabel.getBoundingClientRect()),
          cellVisible: inView(td.getBoundingClientRect()),
          countryText: header.querySelector('a')?.textContent,
          countryVisible: inView(h) && header.contains(onTop),
        };
      });
      const label = `${country}/${treaty}`;
      expect(seen.cellVisible, label).toBe(true);
      expect(seen.treatyVisible, label).toBe(true);
      expect(seen.treatyText, label).toBe(treaties.find((t) => t.id === treaty)?.shortName);
      expect(seen.countryVisible, label).toBe(true);
      expect(seen.countryText, label).toBe(countries.find((c) => c.id === country)?.name);
    }
    expect(await axeViolations(page)).toEqual([]);
    await done(page);
  });

  it('printed, every column fits the width of A4 landscape', async () => {
    // A4 landscape, 297 mm less 2 × 8 mm margins, at 96 px per inch.
    const printable = Math.floor(((297 - 16) / 25.4) * 96);
    const page = await newPage({ viewport: { width: printable, height: 700 } });
    await page.emulateMedia({ media: 'print' });
    await open(page);
    const fit = await page.evaluate(() => {
      const cols = [...document.querySelectorAll('#treaty-matrix thead th.col')];
      return { right: Math.max(...cols.map((c) => c.getBoundingClientRect().right)), table: document.querySelector('#treaty-matrix')!.getBoundingClientRect().right, visible: cols.filter((c) => c.checkVisibility()).length };
    });
    expect(fit.visible).toBe(treaties.length);
    expect(fit.table).toBeLessThanOrEqual(printable);
    expect(await sideways(page)).toBe(0);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdf.length).toBeGreaterThan(1000);
    await done(page);
  });

  it('the detailed table is one switch away and writes every act and date in the grid', async () => {
    const page = await newPage({ viewport: { width: 1280, height: 800 } });
    await open(page);
    await page.check('#matrix-detailed');
    expect(new URL(page.url()).searchParams.get('view')).toBe('detailed');
    expect(await page.isVisible('td[data-country="KAZ"][data-treaty="refugee-convention-1951"] .cell-detail')).toBe(true);
    expect(await page.textContent('td[data-country="KAZ"][data-treaty="refugee-convention-1951"] .cell-detail')).toMatch(/\d{4}/);
    expect(await axeViolations(page)).toEqual([]);
    await done(page);
  });
});

describe('cell states that say what is true', () => {
  it('"Not open to this State" for the ECHR in Central Asia, with its own symbol, legend entry and count', async () => {
    const page = await newPage({ viewport: { width: 1280, height: 800 } });
    await open(page, '?family=human-rights');
    const states = await page.$$eval('td[data-treaty="echr-1950"]', (tds) => Object.fromEntries(tds.map((td) => [td.getAttribute('data-country'), td.getAttribute('data-state')])));
    for (const c of ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']) expect(states[c], c).toBe('not-open');
    const visibleNotOpen = await page.$$eval('td[data-state="not-open"]', (tds) => tds.filter((td) => td.checkVisibility()).length);
    expect(await page.textContent('[data-count-for="not-open"]')).toBe(String(visibleNotOpen));
    expect(await page.textContent('.legend [data-state="not-open"]')).toContain('Not open to this State');
    expect(await page.textContent('td[data-country="KAZ"][data-treaty="echr-1950"] .sym')).toBe('⊘');
    await page.click('td[data-country="KAZ"][data-treaty="echr-1950"] a');
    await page.waitForSelector('#cell-panel:not([hidden])');
    expect(await page.textContent('#cell-panel')).toContain('Article 59');
    expect(await axeViolations(page)).toEqual([]);
    await done(page);
  });

  it('"Not yet adopted" before a treaty existed, counted apart from "Not party"', async () => {
    const page = await newPage({ viewport: { width: 1280, height: 800 } });
    await open(page, '?at=1992-06-30');
    await page.waitForSelector('#treaty-matrix[data-at="1992-06-30"]');
    const counts = await page.evaluate(() => {
      const visible = (s: string) => [...document.querySelectorAll(`td[data-state="${s}"]`)].filter((td) => td.checkVisibility()).length;
      return { notAdopted: visible('not-adopted'), notParty: visible('not-party'), shownNotAdopted: document.querySelector('[data-count-for="not-adopted"]')!.textContent, shownNotParty: document.querySelector('[data-count-for="not-party"]')!.textContent };
    });
    const later = treaties.filter((t) => t.adopted !== null && t.adopted > '1992-06-30');
    expect(later.length).toBeGreaterThanOrEqual(8); // CIS 1995 and 1998, ECN, the three Palermo instruments, OPSC, CoE trafficking…
    expect(counts.notAdopted).toBe(12 * later.length);
    expect(counts.shownNotAdopted).toBe(String(counts.notAdopted));
    expect(counts.shownNotParty).toBe(String(counts.notParty));
    expect(await page.getAttribute('td[data-country="ARM"][data-treaty="coe-trafficking-convention-2005"]', 'data-state')).toBe('not-adopted');
    expect(await page.textContent('td[data-country="ARM"][data-treaty="coe-trafficking-convention-2005"] .sym')).toBe('–');
    expect(await page.textContent('td[data-country="ARM"][data-treaty="coe-trafficking-convention-2005"] a')).toContain('Not yet adopted');
    expect(await axeViolations(page)).toEqual([]);
    await done(page);
  });
});

describe('the keyboard', () => {
  it('reaches the last cell of the last row in at most 15 key presses, with the grid as one tab stop', async () => {
    const page = await newPage({ viewport: { width: 1280, height: 800 } });
    await open(page);
    await page.focus('#matrix-controls button[type=submit]');
    const presses = ['Tab', 'Control+End'];
    for (const key of presses) await page.keyboard.press(key);
    expect(presses.length).toBeLessThanOrEqual(15);
    const at = () => page.evaluate(() => {
      const cell = document.activeElement?.closest('td, th') as HTMLElement | null;
      return { country: cell?.dataset['country'] ?? cell?.closest('tr')?.getAttribute('data-country') ?? null, treaty: cell?.dataset['treaty'] ?? null, tag: cell?.tagName ?? null };
    });
    const lastRow = await page.$eval('#treaty-matrix tbody:last-of-type tr[data-country]:last-child', (tr) => tr.getAttribute('data-country'));
    const lastColumn = await page.$eval('#treaty-matrix thead th.col:last-child', (th) => th.getAttribute('data-treaty'));
    expect(await at()).toEqual({ country: lastRow, treaty: lastColumn, tag: 'TD' });
    // Arrows, Home/End, Ctrl+Home.
    await page.keyboard.press('ArrowUp');
    expect((await at()).country).toBe('UKR');
    await page.keyboard.press('Home');
    expect(await at()).toMatchObject({ country: 'UKR', tag: 'TH' });
    await page.keyboard.press('End');
    expect(await at()).toMatchObject({ country: 'UKR', treaty: lastColumn });
    await page.keyboard.press('Control+Home');
    expect(await page.evaluate(() => document.activeElement?.closest('thead') !== null)).toBe(true);
    // One tab stop: Tab leaves the grid, Shift+Tab comes back to the last cell visited.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const inGrid = await at();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('#treaty-matrix') === null)).toBe(true);
    await page.keyboard.press('Shift+Tab');
    expect(await at()).toEqual(inGrid);
    const stops = await page.$$eval('#treaty-matrix a, #treaty-matrix [tabindex]', (els) => els.filter((e) => (e as HTMLElement).tabIndex === 0).length);
    expect(stops).toBe(1);
    await done(page);
  });

  it('with a filter, Ctrl+End goes to the last visible cell', async () => {
    const page = await newPage({ viewport: { width: 1280, height: 800 } });
    await open(page, '?region=central-asia&family=refugees');
    await page.focus('#matrix-controls button[type=submit]');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+End');
    const cell = await page.evaluate(() => {
      const td = document.activeElement?.closest('td') as HTMLElement | null;
      return { country: td?.dataset['country'], treaty: td?.dataset['treaty'] };
    });
    const lastRefugee = treaties.filter((t) => t.family === 'refugees').map((t) => t.id);
    expect(cell.country).toBe('UZB');
    expect(lastRefugee).toContain(cell.treaty);
    expect(await page.$eval(`th.col[data-treaty="${cell.treaty}"]`, (th) => th.nextElementSibling === null || !(th.nextElementSibling as HTMLElement).checkVisibility())).toBe(true);
    await done(page);
  });

  it('Enter opens a panel next to the cell with source titles, acts, PoA paragraphs, 2004 conclusions and national acts; Escape closes it and focus returns', async () => {
    const page = await newPage({ viewport: { width: 1280, height: 800 } });
    await open(page);
    await page.focus('#matrix-controls button[type=submit]');
    await page.keyboard.press('Tab');
    // ARM × 1951 Refugee Convention is the first cell; move to Kazakhstan (4th row).
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    const cell = await page.evaluate(() => (document.activeElement?.closest('td') as HTMLElement).dataset);
    expect(cell).toMatchObject({ country: 'KAZ', treaty: 'refugee-convention-1951' });
    await page.keyboard.press('Enter');
    await page.waitForSelector('#cell-panel:not([hidden])');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cell-panel-title');
    expect(await page.getAttribute('#cell-panel', 'role')).toBe('dialog');
    const panel = await page.evaluate(() => {
      const p = document.querySelector('#cell-panel')!;
      const td = document.querySelector('td[data-country="KAZ"][data-treaty="refugee-convention-1951"]')!.getBoundingClientRect();
      const r = p.getBoundingClientRect();
      return {
        text: p.textContent ?? '',
        sourceLinks: [...p.querySelectorAll('a[href^="/sources/"]')].map((a) => ({ id: a.getAttribute('href')!.split('/')[2], text: a.textContent })),
        poa: [...p.querySelectorAll('a[href^="/poa/"]')].map((a) => a.getAttribute('href')),
        conclusions: [...p.querySelectorAll('a[href^="/conclusions/2004/"]')].length,
        laws: [...p.querySelectorAll('a[href^="/laws/"]')].length,
        gap: r.top - td.bottom,
        overlap: Math.min(r.right, td.right) - Math.max(r.left, td.left),
      };
    });
    expect(panel.text).toContain('Kazakhstan and the 1951 Refugee Convention');
    expect(panel.text).toMatch(/Accession, \d{1,2} \w+ \d{4}/);
    expect(panel.sourceLinks.length).toBeGreaterThan(0);
    for (const s of panel.sourceLinks) expect(s.text).toBe(sources.get(s.id!));
    expect(panel.poa).toEqual(expect.arrayContaining(['/poa/13/', '/poa/47/']));
    expect(panel.conclusions).toBeGreaterThan(0);
    expect(panel.text).toContain('No national act in the register is recorded as implementing this treaty');
    expect(panel.gap).toBeGreaterThanOrEqual(0);
    expect(panel.gap).toBeLessThan(20);
    expect(panel.overlap).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await page.isVisible('#cell-panel')).toBe(false);
    expect(await page.evaluate(() => (document.activeElement?.closest('td') as HTMLElement | null)?.dataset['country'])).toBe('KAZ');
    // A cell whose treaty a national act implements lists that act with its date.
    await page.click('td[data-country="MDA"][data-treaty="untoc-2000"] a');
    await page.waitForSelector('#cell-panel:not([hidden])');
    const laws = await page.$$eval('#cell-panel a[href^="/laws/"]', (as) => as.map((a) => a.parentElement?.textContent ?? ''));
    expect(laws.length).toBeGreaterThan(0);
    expect(laws[0]).toMatch(/\(\d{1,2} \w+ \d{4}\)|\(\w+ \d{4}\)|\(\d{4}\)|date not recorded/);
    await page.click('#cell-panel .panel-close');
    expect(await page.isVisible('#cell-panel')).toBe(false);
    await done(page);
  });
});
