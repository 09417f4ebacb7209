/**
 * The drafter's pages beside the matrix: the per-country gap brief (no JavaScript, two A4 pages
 * at most in print, the same rows as its CSV), the PoA implementation tracker on paragraphs that
 * name treaties, the PoA index by how many of the twelve acted, and the treaty chart with its table.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../support/built-site.ts';
import { axeViolations } from '../support/axe.ts';
import { builtPage, readBuilt } from '../support/dist.ts';
import { recordsFromRows, type RatificationRow } from '../../src/lib/derive/records-data.ts';
import { parseCsv } from '../../src/lib/csv.ts';
import { cellStatus, STATE_LABELS } from '../../src/lib/derive/status.ts';
import type { RatificationFile } from '../../src/schemas/ratification.ts';

const site = useBuiltSite();

let records: Map<string, RatificationFile>;
let treaties: { id: string; shortName: string; adopted: string | null; poaParagraphs: number[] }[];
let countries: { id: string; name: string; slug: string }[];
beforeAll(() => {
  records = recordsFromRows((JSON.parse(readBuilt('data/ratifications.json')) as { records: RatificationRow[] }).records);
  treaties = (JSON.parse(readBuilt('data/treaties.json')) as { treaties: typeof treaties }).treaties;
  countries = (JSON.parse(readBuilt('data/countries.json')) as { countries: typeof countries }).countries;
});
const statusOf = (treaty: string, country: string, at: string) =>
  cellStatus(records.get(treaty)?.countries.find((c) => c.country === country), at, treaties.find((t) => t.id === treaty)?.adopted);

/** Executable scripts in a built page (JSON data blocks are not scripts), as their src or "inline". */
const scriptsIn = (document: Document) =>
  [...document.getElementsByTagName('script')]
    .filter((s) => !['application/ld+json', 'application/json'].includes(s.getAttribute('type') ?? ''))
    .map((s) => s.getAttribute('src') ?? 'inline');

async function newPage(): Promise<Page> {
  const context = await site.browser.newContext();
  return context.newPage();
}
const done = (page: Page) => page.context().close();


describe('per-country gap brief', () => {
  it('lists every treaty not joined with its status and the PoA paragraphs naming it, the same rows as its CSV, with no JavaScript', async () => {
    const page = await newPage();
    const today = (JSON.parse(readBuilt('data/ratifications.json')) as { provenance: { generated: string } }).provenance.generated;
    for (const country of countries) {
      const url = `/countries/${country.slug}/gaps/`;
      const built = builtPage(url).document;
      // The parsed page is read at all: its title names the country.
      expect(built.querySelector('h1')?.textContent, url).toContain(country.name);
      expect(scriptsIn(built), url).toEqual([]);
      await page.goto(`${site.server.origin}${url}`);
      const rows = await page.$$eval('#gap-treaties-caption ~ tbody tr', (trs) =>
        trs.map((tr) => ({
          treaty: tr.querySelector('th a')!.getAttribute('href')!.split('/')[2]!,
          status: tr.querySelector('td strong')!.textContent,
          poa: [...tr.querySelectorAll('td a[href^="/poa/"]')].map((a) => Number(a.textContent)),
        })),
      );
      const expected = treaties.filter((t) => !['party', 'not-adopted'].includes(statusOf(t.id, country.id, today).state));
      expect(rows.map((r) => r.treaty).sort(), url).toEqual(expected.map((t) => t.id).sort());
      for (const r of rows) {
        expect(r.status, `${url} ${r.treaty}`).toBe(STATE_LABELS[statusOf(r.treaty, country.id, today).state]);
        expect(r.poa.sort(), `${url} ${r.treaty}`).toEqual([...(treaties.find((t) => t.id === r.treaty)?.poaParagraphs ?? [])].sort());
      }
      // The CSV linked from the page holds the same rows.
      const csvHref = await page.getAttribute('a[href$="gaps.csv"]', 'href');
      const csv = parseCsv(await (await fetch(`${site.server.origin}${csvHref}`)).text());
      const [header, ...body] = csv;
      expect(header?.slice(0, 5)).toEqual(['country', 'kind', 'id', 'name', 'status']);
      expect(body.filter((r) => r[1] === 'treaty').map((r) => `${r[2]}:${r[4]}`).sort(), `${url} CSV`).toEqual(rows.map((r) => `${r.treaty}:${r.status}`).sort());
      const topics = await page.$$eval('#gap-topics-caption ~ tbody tr th a', (as) => as.map((a) => a.getAttribute('href')!.split('#topic-')[1]));
      expect(body.filter((r) => r[1] === 'legislation-topic').map((r) => r[2]).sort(), `${url} CSV topics`).toEqual([...topics].sort());
    }
    await done(page);
  });

  it('is linked from the country page and from the matrix row header', async () => {
    const country = builtPage('/countries/uzbekistan/').document;
    expect(country.querySelector('a[href="/countries/uzbekistan/gaps/"]')).not.toBeNull();
    const matrix = builtPage('/matrix/').document;
    const rowHeader = matrix.querySelector('tr[data-country="UZB"] > th');
    expect(rowHeader).not.toBeNull();
    expect(rowHeader!.querySelector('a[href="/countries/uzbekistan/gaps/"]')).not.toBeNull();
  });

  it('prints on at most two A4 pages for every country', async () => {
    const page = await newPage();
    for (const country of countries) {
      await page.goto(`${site.server.origin}/countries/${country.slug}/gaps/`);
      const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
      const pages = (pdf.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
      expect(pages, country.slug).toBeGreaterThan(0);
      expect(pages, country.slug).toBeLessThanOrEqual(2);
    }
    await done(page);
  });

  it('is axe clean', async () => {
    const page = await newPage();
    for (const url of ['/countries/uzbekistan/gaps/', '/countries/georgia/gaps/']) {
      await page.goto(`${site.server.origin}${url}`);
      expect(await axeViolations(page), url).toEqual([]);
    }
    await done(page);
  });
});

describe('the PoA as an implementation tracker', () => {
  it('paragraph 47 shows the twelve countries × the treaties it names in 1996, 2004 and today', async () => {
    const built = builtPage('/poa/47/').document;
    expect(built.querySelector('h1')?.textContent).toContain('47');
    expect(scriptsIn(built)).toEqual([]);
    const page = await newPage();
    await page.goto(`${site.server.origin}/poa/47/`);
    const table = await page.$$eval('table.tracker tbody tr', (trs) =>
      trs.map((tr) => ({ country: tr.querySelector('th')!.textContent, cells: [...tr.querySelectorAll('td')].map((td) => ({ href: td.querySelector('a')!.getAttribute('href'), text: td.textContent!.replace(/^\S+\s/, '') })) })),
    );
    expect(table).toHaveLength(12);
    const named = ['refugee-convention-1951', 'refugee-protocol-1967', 'statelessness-convention-1954', 'statelessness-convention-1961'];
    const dates = ['1996-05', '2004-05-28'];
    for (const row of table) {
      const country = countries.find((c) => c.name === row.country)!;
      expect(row.cells).toHaveLength(named.length * 3);
      named.forEach((treaty, t) => {
        dates.forEach((at, d) => {
          const cell = row.cells[t * 3 + d]!;
          expect(cell.href).toBe(`/treaties/${treaty}/#country-${country.id}`);
          expect(cell.text, `${country.id} ${treaty} ${at}`).toBe(STATE_LABELS[statusOf(treaty, country.id, at).state]);
        });
      });
    }
    expect(await axeViolations(page)).toEqual([]);
    await done(page);
  });

  it('the PoA index lists the paragraphs naming treaties by how many of the twelve acted', async () => {
    const page = await newPage();
    await page.goto(`${site.server.origin}/poa/`);
    const rows = await page.$$eval('#implementation-caption ~ tbody tr', (trs) => trs.map((tr) => ({ href: tr.querySelector('th a')!.getAttribute('href'), acted: Number(tr.querySelectorAll('td')[1]!.textContent!.split(' ')[0]) })));
    const naming = new Set(treaties.flatMap((t) => t.poaParagraphs));
    expect(rows.map((r) => Number(r.href!.split('/')[2])).sort((a, b) => a - b)).toEqual([...naming].sort((a, b) => a - b));
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1]!.acted).toBeGreaterThanOrEqual(rows[i]!.acted);
    await done(page);
  });
});

describe('treaty chart', () => {
  it('draws parties among the twelve over time as SVG at build time, with the same figures in a table', async () => {
    const built = builtPage('/treaties/refugee-convention-1951/').document;
    expect(built.querySelector('svg.parties-chart')).not.toBeNull();
    expect(scriptsIn(built)).toEqual([]);
    const page = await newPage();
    await page.goto(`${site.server.origin}/treaties/refugee-convention-1951/`);
    expect(await page.$eval('svg.parties-chart path', (p) => (p.getAttribute('d') ?? '').length)).toBeGreaterThan(10);
    const rows = await page.$$eval('#parties-chart-table-caption ~ tbody tr', (trs) => trs.map((tr) => ({ year: Number(tr.querySelector('th')!.textContent), party: Number(tr.querySelector('td')!.textContent) })));
    expect(rows[0]!.year).toBe(1991);
    for (const r of rows) {
      const at = r.year === new Date().getUTCFullYear() ? undefined : `${r.year}-12-31`;
      if (!at) continue;
      const count = countries.filter((c) => statusOf('refugee-convention-1951', c.id, at).state === 'party').length;
      expect(r.party, String(r.year)).toBe(count);
    }
    expect(await axeViolations(page)).toEqual([]);
    await done(page);
  });
});
