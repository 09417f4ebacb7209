/**
 * What a person sees in the gap matrix, read in the browser, and the check that it is right for a
 * filter and a date: every visible cell under its own column header and beside its own row header,
 * with the status the published data gives. Shared by the English and Russian matrix tests.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { recordsFromRows, type RatificationRow } from '../../src/lib/derive/records-data.ts';
import { cellStatus } from '../../src/lib/derive/status.ts';
import type { RatificationFile } from '../../src/schemas/ratification.ts';
import { readBuilt } from './dist.ts';

export interface MatrixFacts {
  records: Map<string, RatificationFile>;
  treaties: { id: string; family: string; adopted: string | null; shortName: string }[];
  countries: { id: string; name: string; region: string; nameRu?: { text: string } }[];
}

/** The published data the matrix must agree with (the downloads, not the page's own data file). */
export function matrixFacts(): MatrixFacts {
  return {
    records: recordsFromRows((JSON.parse(readBuilt('data/ratifications.json')) as { records: RatificationRow[] }).records),
    treaties: (JSON.parse(readBuilt('data/treaties.json')) as { treaties: MatrixFacts['treaties'] }).treaties,
    countries: (JSON.parse(readBuilt('data/countries.json')) as { countries: MatrixFacts['countries'] }).countries,
  };
}

export interface Seen {
  problems: string[];
  columns: string[];
  rows: { country: string; header: string; region: string; cells: { treaty: string; country: string; state: string }[] }[];
  at: string;
}

/** What a person sees: the visible column headers, and for every visible row its header and cells, matched by position. */
export function seen(page: Page): Promise<Seen> {
  return page.evaluate(() => {
    const table = document.querySelector<HTMLTableElement>('#treaty-matrix')!;
    const visible = (e: Element) => e.checkVisibility();
    const columns = [...table.querySelectorAll<HTMLElement>('thead th.col')].filter(visible);
    const problems: string[] = [];
    const rows = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr[data-country]')].filter(visible).map((tr) => {
      const header = tr.querySelector<HTMLElement>('th[scope=row]')!;
      const h = header.getBoundingClientRect();
      const cells = [...tr.querySelectorAll<HTMLTableCellElement>('td')].filter(visible);
      if (cells.length !== columns.length) problems.push(`${tr.dataset['country']}: ${cells.length} cells under ${columns.length} column headers`);
      for (const td of cells) {
        const r = td.getBoundingClientRect();
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        const column = columns.find((th) => {
          const b = th.getBoundingClientRect();
          return b.left <= x && x < b.right;
        });
        if (column?.dataset['treaty'] !== td.dataset['treaty']) problems.push(`${td.dataset['country']}/${td.dataset['treaty']} stands under the header of ${column?.dataset['treaty'] ?? 'no column'}`);
        if (!(h.top <= y && y < h.bottom)) problems.push(`${td.dataset['country']}/${td.dataset['treaty']} is not beside its row header`);
      }
      return {
        country: tr.dataset['country'] ?? '',
        header: header.querySelector('a')?.textContent ?? '',
        region: tr.closest('tbody')?.dataset['region'] ?? '',
        cells: cells.map((td) => ({ treaty: td.dataset['treaty'] ?? '', country: td.dataset['country'] ?? '', state: td.dataset['state'] ?? '' })),
      };
    });
    return { problems, columns: columns.map((c) => c.dataset['treaty'] ?? ''), rows, at: table.dataset['at'] ?? '' };
  });
}

/** Every check that a view is right for a filter and a date. */
export function expectCoherent(
  facts: MatrixFacts,
  view: Seen,
  filter: { family?: string; region?: string; at: string },
  label: string,
  nameOf: (country: MatrixFacts['countries'][number]) => string = (c) => c.name,
): void {
  const { records, treaties, countries } = facts;
  expect(view.problems, label).toEqual([]);
  expect(view.at, label).toBe(filter.at);
  const expectedColumns = treaties.filter((t) => !filter.family || t.family === filter.family).map((t) => t.id);
  expect([...view.columns].sort(), label).toEqual([...expectedColumns].sort());
  const expectedRows = countries.filter((c) => !filter.region || c.region === filter.region).map((c) => c.id);
  expect(view.rows.map((r) => r.country).sort(), label).toEqual([...expectedRows].sort());
  for (const row of view.rows) {
    const country = countries.find((c) => c.id === row.country);
    expect(row.header, label).toBe(country && nameOf(country));
    if (filter.region) expect(row.region, label).toBe(filter.region);
    for (const cell of row.cells) {
      expect(cell.country, label).toBe(row.country);
      const record = records.get(cell.treaty)?.countries.find((c) => c.country === cell.country);
      const adopted = treaties.find((t) => t.id === cell.treaty)?.adopted;
      expect(cell.state, `${label}: ${cell.country}/${cell.treaty}`).toBe(cellStatus(record, filter.at, adopted).state);
    }
  }
}

