/**
 * The legislation matrix as a drafter reads it: four claims kept apart, a "none found" cell that
 * leads to the record of the search behind it, and counts that agree with the published content.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { useBuiltSite } from '../support/built-site.ts';
import { readCsv } from '../../src/lib/csv.ts';
import { DIST } from '../support/dist.ts';

const site = useBuiltSite();

interface CoverageFile {
  country: string;
  topics: { topic: string; outcome: string }[];
}

/** Country × topic pairs recorded as none-found in content/law-coverage/. */
function noneFoundInContent(): Set<string> {
  const pairs = new Set<string>();
  for (const name of readdirSync('content/law-coverage')) {
    if (!name.endsWith('.yaml')) continue;
    const file = parse(readFileSync(`content/law-coverage/${name}`, 'utf8')) as CoverageFile;
    for (const t of file.topics) if (t.outcome === 'none-found') pairs.add(`${file.country}/${t.topic}`);
  }
  return pairs;
}

describe('the legislation matrix', () => {
  it('every cell states exactly one of the four claims, in words', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.origin}/matrix/legislation/`);
    const states = await page.$$eval('table.legislation-matrix tbody td', (cells) => cells.map((td) => td.querySelector('.state')?.textContent?.trim() ?? ''));
    await page.close();
    expect(states.length).toBeGreaterThan(0);
    const allowed = ['In force', 'Act found, status not verified', 'None found', 'Unknown'];
    expect(states.filter((s) => !allowed.includes(s))).toEqual([]);
  });

  it('every "none found" cell links to the record of its search, which names its date, queries and what was consulted', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.origin}/matrix/legislation/`);
    const cells = await page.$$eval('table.legislation-matrix tbody tr', (rows) =>
      rows.flatMap((row) =>
        [...row.querySelectorAll('td')]
          .filter((td) => td.querySelector('.state')?.textContent?.trim() === 'None found')
          .map((td) => ({ href: td.querySelector('a[href*="#search-"]')?.getAttribute('href') ?? null })),
      ),
    );
    // The check refuses "none-found" beside any act on the topic, so every such record shows as one cell.
    expect(cells.length).toBe(noneFoundInContent().size);
    for (const cell of cells) {
      expect(cell.href).toMatch(/^\/countries\/[a-z-]+\/#search-[a-z-]+$/);
      await page.goto(`${site.server.origin}${cell.href!}`);
      const record = await page.$eval(`[id="${cell.href!.split('#')[1]!}"]`, (el) => ({ cls: el.className, text: el.textContent ?? '' }));
      expect(record.cls).toContain('search-record');
      expect(record.text).toMatch(/Search of \d/);
      expect(record.text).toContain('Queries:');
      expect(record.text).toContain('Consulted:');
    }
    await page.close();
  });

  it('the legend counts add up to every cell of the table', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.origin}/matrix/legislation/`);
    const cellCount = await page.$$eval('table.legislation-matrix tbody td', (cells) => cells.length);
    const legend = await page.$$eval('main ul li', (items) => items.map((li) => li.textContent ?? '').filter((t) => /^(In force|Act found, status not verified|None found|Unknown) \(/.test(t)));
    await page.close();
    const counts = legend.map((t) => Number(/\((\d+)/.exec(t)?.[1]));
    expect(counts).toHaveLength(4);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(cellCount);
  });

  it('/data/legislation.csv holds the same claim, cell by cell, as the table a person reads', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.origin}/matrix/legislation/`);
    const shown = await page.$$eval('table.legislation-matrix tbody tr', (rows) =>
      rows.map((row) => [...row.querySelectorAll('td')].map((td) => td.querySelector('.state')?.textContent?.trim() ?? '')),
    );
    await page.close();
    const { header, rows } = readCsv(readFileSync(`${DIST}/data/legislation.csv`, 'utf8'));
    const label = header.indexOf('state_label');
    expect(label).toBeGreaterThan(-1);
    expect(rows.map((r) => r[label])).toEqual(shown.flat());
  });
});
