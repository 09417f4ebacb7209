/**
 * The treaty gap matrix as a person uses it: filters by family and region combined with date
 * changes (through the form and through the address) keep every visible cell under its own
 * column header and beside its own row header, with the status the published data gives at that
 * date; the change list follows the filters; the address keeps the state; bad addresses say so.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../support/built-site.ts';
import { cellStatus } from '../../src/lib/derive/status.ts';
import { expectCoherent as coherent, matrixFacts, seen, type MatrixFacts, type Seen } from '../support/matrix-view.ts';

const site = useBuiltSite();

let facts: MatrixFacts;
let records: MatrixFacts['records'];
let treaties: MatrixFacts['treaties'];
let countries: MatrixFacts['countries'];
beforeAll(() => {
  facts = matrixFacts();
  ({ records, treaties, countries } = facts);
});
const expectCoherent = (view: Seen, filter: { family?: string; region?: string; at: string }, label: string) => coherent(facts, view, filter, label);
const FAMILIES = () => [...new Set(treaties.map((t) => t.family))];
const REGIONS = () => [...new Set(countries.map((c) => c.region))];

async function openMatrix(page: Page, query = ''): Promise<void> {
  await page.goto(`${site.server.origin}/matrix/${query}`);
  await page.waitForSelector('#matrix-controls:not([hidden])');
}

/** Changes the date the way a person does: types it into the date field and presses Update. */
async function setDateByForm(page: Page, field: '#matrix-date' | '#matrix-compare', date: string): Promise<void> {
  await page.fill(field, date);
  await page.click('#matrix-controls button[type=submit]');
  if (field === '#matrix-date') await page.waitForSelector(`#treaty-matrix[data-at="${date}"]`);
  else await page.waitForSelector(`#treaty-matrix[data-compare="${date}"]`);
}

describe('filters and date changes keep every cell under its own headers', () => {
  it('for every treaty family, with the date changed twice through the form', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    for (const family of FAMILIES()) {
      await openMatrix(page);
      await page.selectOption('#matrix-family', family);
      expectCoherent(await seen(page), { family, at: await page.inputValue('#matrix-date') }, `${family}, today`);
      for (const at of ['2001-06-30', '1994-01-01']) {
        await setDateByForm(page, '#matrix-date', at);
        expectCoherent(await seen(page), { family, at }, `${family}, ${at}`);
      }
    }
    await page.close();
  });

  it('for every region, with the date changed through the form', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    for (const region of REGIONS()) {
      await openMatrix(page);
      await page.selectOption('#matrix-region', region);
      for (const at of ['1996-05-31', '2010-12-31']) {
        await setDateByForm(page, '#matrix-date', at);
        expectCoherent(await seen(page), { region, at }, `${region}, ${at}`);
      }
      // and the filter changed after the date: the recomputed cells stay filtered
      await page.selectOption('#matrix-region', '');
      expectCoherent(await seen(page), { at: '2010-12-31' }, `${region} cleared`);
    }
    await page.close();
  });

  it('for every family and region opened from the address', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const regions = REGIONS();
    for (const [i, family] of FAMILIES().entries()) {
      const region = regions[i % regions.length]!;
      const at = ['1999-03-15', '2004-04-16', '2015-07-01'][i % 3]!;
      await openMatrix(page, `?at=${at}&region=${region}&family=${family}`);
      await page.waitForSelector(`#treaty-matrix[data-at="${at}"]`);
      expectCoherent(await seen(page), { family, region, at }, `address ${family}/${region}/${at}`);
      expect(await page.inputValue('#matrix-family')).toBe(family);
      expect(await page.inputValue('#matrix-region')).toBe(region);
      expect(await page.inputValue('#matrix-date')).toBe(at);
      // a date change from there keeps the filters
      await setDateByForm(page, '#matrix-date', '2020-01-01');
      expectCoherent(await seen(page), { family, region, at: '2020-01-01' }, `address ${family}/${region} then 2020`);
    }
    await page.close();
  });
});

describe('the list of changes follows the filters', () => {
  it('lists only the cells shown, and all of them', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await openMatrix(page, '?family=refugees&region=central-asia');
    await setDateByForm(page, '#matrix-compare', '1995-01-01');
    const items = await page.$$eval('#matrix-changes li', (lis) => lis.map((li) => ({ country: li.getAttribute('data-country'), treaty: li.getAttribute('data-treaty'), text: li.textContent })));
    const today = await page.inputValue('#matrix-date');
    const expected = countries
      .filter((c) => c.region === 'central-asia')
      .flatMap((c) => treaties.filter((t) => t.family === 'refugees').map((t) => ({ c, t })))
      .filter(({ c, t }) => {
        const record = records.get(t.id)?.countries.find((r) => r.country === c.id);
        return cellStatus(record, '1995-01-01', t.adopted).state !== cellStatus(record, today, t.adopted).state;
      });
    expect(expected.length).toBeGreaterThan(0);
    expect(items.map((i) => `${i.country}/${i.treaty}`).sort()).toEqual(expected.map(({ c, t }) => `${c.id}/${t.id}`).sort());
    const outlined = await page.$$eval('#treaty-matrix td.changed', (tds) => tds.filter((td) => td.checkVisibility()).length);
    expect(outlined).toBe(expected.length);
    expect(await page.textContent('#matrix-changes h2')).toContain(`(${expected.length})`);
    await page.close();
  });
});

describe('the state lives in the address', () => {
  it('the form keeps the address in step, and the copied address reproduces the view', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await openMatrix(page);
    await page.selectOption('#matrix-family', 'statelessness');
    await page.selectOption('#matrix-region', 'western-cis');
    await setDateByForm(page, '#matrix-date', '2005-05-05');
    await setDateByForm(page, '#matrix-compare', '1999-09-09');
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({ at: '2005-05-05', compare: '1999-09-09', region: 'western-cis', family: 'statelessness' });
    const before = await seen(page);
    const changes = await page.textContent('#matrix-changes');
    const other = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await other.goto(url.href);
    await other.waitForSelector('#treaty-matrix[data-compare="1999-09-09"]');
    expect(await seen(other)).toEqual(before);
    expect(await other.textContent('#matrix-changes')).toBe(changes);
    await other.close();
    await page.close();
  });

  it('unknown ids are ignored with a visible notice, never a blank table', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await openMatrix(page, '?region=atlantis&family=space-law');
    expect(await page.isVisible('#matrix-notice')).toBe(true);
    const notice = await page.textContent('#matrix-notice');
    expect(notice).toContain('atlantis');
    expect(notice).toContain('space-law');
    const view = await seen(page);
    expect(view.rows).toHaveLength(countries.length);
    expect(view.columns).toHaveLength(treaties.length);
    expect(view.problems).toEqual([]);
    await page.close();
  });

  it('an invalid date says so clearly and shows the data date', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    for (const bad of ['2023-02-30', 'yesterday', '1800-01-01']) {
      await openMatrix(page, `?at=${bad}&family=refugees`);
      expect(await page.isVisible('#matrix-notice'), bad).toBe(true);
      expect(await page.textContent('#matrix-notice'), bad).toMatch(/not a date|before the earliest date/);
      const view = await seen(page);
      expectCoherent(view, { family: 'refugees', at: await page.inputValue('#matrix-date') }, bad);
    }
    await page.close();
  });
});
