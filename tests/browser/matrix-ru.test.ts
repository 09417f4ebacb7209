/**
 * The gap matrix in Russian, as a person uses it at /ru/matrix/: a filter and a date change still
 * put the right cells under the right headers, with Russian country names; the panel, the change
 * list, the notices and the status line are in Russian; the grid still fits at 1280 px with the
 * longer Russian labels; axe finds nothing on /ru/matrix/ with a panel open and two dates.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../support/built-site.ts';
import { axeViolations } from '../support/axe.ts';
import { expectCoherent, matrixFacts, seen, type MatrixFacts } from '../support/matrix-view.ts';

const site = useBuiltSite();
const LATIN_WORD = /\b[A-Za-z]{4,}\b/;

let facts: MatrixFacts;
beforeAll(() => {
  facts = matrixFacts();
});
const russianName = (c: MatrixFacts['countries'][number]) => c.nameRu?.text ?? c.name;

async function open(page: Page, query = ''): Promise<void> {
  await page.goto(`${site.server.origin}/ru/matrix/${query}`);
  await page.waitForSelector('#matrix-controls:not([hidden])');
}
async function newPage(width = 1280): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width, height: 900 } });
  return context.newPage();
}
const done = (page: Page) => page.context().close();

describe('the Russian matrix', () => {
  it('a family filter and a date change keep every cell under its own headers, beside the Russian country name', async () => {
    const page = await newPage();
    await open(page);
    await page.selectOption('#matrix-family', 'statelessness');
    await page.selectOption('#matrix-region', 'central-asia');
    await page.fill('#matrix-date', '2001-06-30');
    await page.click('#matrix-controls button[type=submit]');
    await page.waitForSelector('#treaty-matrix[data-at="2001-06-30"]');
    expectCoherent(facts, await seen(page), { family: 'statelessness', region: 'central-asia', at: '2001-06-30' }, 'ru, statelessness, central-asia, 2001', russianName);
    expect(new URL(page.url()).pathname).toBe('/ru/matrix/');
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ at: '2001-06-30', region: 'central-asia', family: 'statelessness' });
    // What the script wrote is Russian: the caption, the summary and the cells' words.
    expect(await page.textContent('#treaty-matrix caption')).toBe('Участие по последним проверенным данным на 30 июня 2001 г.: страны (строки, по регионам) × договоры (столбцы, по группам)');
    expect(await page.textContent('#matrix-summary')).toMatch(/^Клеток на 30 июня 2001 г\.: \d+ \(участник: \d+, /);
    const cellWords = await page.$$eval('#treaty-matrix td[data-treaty]:not([hidden]) .full', (els) => els.map((e) => e.textContent ?? ''));
    expect(cellWords.length).toBeGreaterThan(0);
    for (const words of cellWords) expect(words).not.toMatch(LATIN_WORD);
    await done(page);
  });

  it('the address state works the same, and a copied address reproduces the view', async () => {
    const page = await newPage();
    await open(page, '?at=2010-12-31&compare=1995-01-01&region=western-cis&family=refugees');
    await page.waitForSelector('#treaty-matrix[data-compare="1995-01-01"]');
    expectCoherent(facts, await seen(page), { family: 'refugees', region: 'western-cis', at: '2010-12-31' }, 'ru address', russianName);
    const heading = await page.textContent('#matrix-changes h2');
    expect(heading).toMatch(/^Изменения между 1 января 1995 г\. и 31 декабря 2010 г\. \(\d+\)$/);
    const items = await page.$$eval('#matrix-changes li', (lis) => lis.map((li) => li.textContent ?? ''));
    for (const item of items) expect(item).toMatch(/ на .* → .* на /);
    expect(await page.textContent('#matrix-changes')).toContain('Перечислены только страны и договоры, отобранные фильтрами.');
    expect(await page.textContent('#matrix-status')).toMatch(/^Матрица показывает 31 декабря 2010 г\.; изменилось клеток с 1 января 1995 г\.: \d+\.$/);
    await done(page);
  });

  it('unknown ids and an invalid date are reported in Russian, and the table still shows every cell', async () => {
    const page = await newPage();
    await open(page, '?at=2023-02-30&region=atlantis');
    expect(await page.isVisible('#matrix-notice')).toBe(true);
    const notice = (await page.textContent('#matrix-notice')) ?? '';
    expect(notice).toContain('«2023-02-30» — не дата');
    expect(notice).toContain('Регион «atlantis» не входит в список');
    expectCoherent(facts, await seen(page), { at: await page.inputValue('#matrix-date') }, 'ru bad address', russianName);
    await page.fill('#matrix-compare', '2099-01-01');
    await page.click('#matrix-controls button[type=submit]');
    await page.waitForFunction(() => document.querySelector('#matrix-notice')?.textContent?.includes('Дата сравнения'));
    expect(await page.textContent('#matrix-notice')).toMatch(/Дата сравнения: 1 января 2099 г\. — позже даты данных/);
    await done(page);
  });

  it('the cell panel is in Russian, with Russian links, and Escape closes it', async () => {
    const page = await newPage();
    await open(page);
    await page.click('td[data-country="KAZ"][data-treaty="refugee-convention-1951"] a');
    await page.waitForSelector('#cell-panel:not([hidden])');
    const kaz = facts.countries.find((c) => c.id === 'KAZ')!;
    expect(await page.textContent('#cell-panel h2')).toContain(russianName(kaz));
    const headings = await page.$$eval('#cell-panel h3', (hs) => hs.map((h) => h.textContent));
    expect(headings).toContain('Зарегистрированные акты и их источники');
    expect(headings).toContain('Пункты Программы действий, называющие этот договор');
    expect(await page.textContent('#cell-panel button.panel-close')).toMatch(/^Закрыть панель: /);
    const links = await page.$$eval('#cell-panel a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(links).toContain('/ru/treaties/refugee-convention-1951/#country-KAZ');
    // Text the panel keeps in English (content without a Russian version) is marked as English.
    const unmarked = await page.$$eval('#cell-panel *', (els) =>
      els.filter((e) => e.children.length === 0 && /\b[A-Za-z]{5,}\b/.test(e.textContent ?? '') && !e.closest('[lang="en"]')).map((e) => e.textContent),
    );
    expect(unmarked).toEqual([]);
    await page.keyboard.press('Escape');
    await page.waitForSelector('#cell-panel', { state: 'hidden' });
    await done(page);
  });

  it('at 1280 px the whole Russian grid shows without sideways scrolling', async () => {
    const page = await newPage(1280);
    await open(page);
    const fit = await page.evaluate(() => {
      const cols = [...document.querySelectorAll('#treaty-matrix thead th.col')].map((th) => th.getBoundingClientRect().right);
      const region = document.querySelector('.matrix-region')!;
      return { page: document.documentElement.scrollWidth - document.documentElement.clientWidth, right: Math.max(...cols), width: document.documentElement.clientWidth, overflow: region.scrollWidth - region.clientWidth };
    });
    expect(fit.page).toBe(0);
    expect(fit.right).toBeLessThanOrEqual(fit.width);
    expect(fit.overflow).toBeLessThanOrEqual(0);
    await done(page);
  });
});

describe('the Russian matrix on a phone', () => {
  it('at 375 px nothing scrolls sideways, with the longer Russian labels and with the panel open', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await open(page);
    const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await sideways()).toBe(0);
    await page.click('td[data-country="KAZ"][data-treaty="refugee-convention-1951"] a');
    await page.waitForSelector('#cell-panel:not([hidden])');
    expect(await sideways()).toBe(0);
    expect(await page.textContent('#cell-panel p')).not.toContain('..');
    await context.close();
  });
});

// The Russian templates themselves are checked in accessibility.test.ts; here, the matrix in use.
describe('axe finds no WCAG A/AA violation on the Russian matrix', () => {
  it('on /ru/matrix/ with a cell panel open, another date and a comparison', async () => {
    const page = await newPage();
    await open(page, '?at=2004-04-16&compare=1996-05-31');
    await page.waitForSelector('#treaty-matrix[data-compare="1996-05-31"]');
    await page.click('td[data-country="ARM"][data-treaty="refugee-convention-1951"] a');
    await page.waitForSelector('#cell-panel:not([hidden])');
    expect(await axeViolations(page)).toEqual([]);
    await done(page);
  });
});
