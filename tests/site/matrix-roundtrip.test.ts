/**
 * The gap matrix parsed back from the built HTML equals the status derived from the published
 * data (/data/ratifications.json and .csv): the download round-trips to the same matrix, and
 * every cell says its status in words.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { recordsFromRows, rowsFromCsv, type RatificationRow } from '../../src/lib/derive/records-data.ts';
import { cellStatus, STATE_LABELS } from '../../src/lib/derive/status.ts';
import { decodeEntities, readBuilt, requireDist } from '../support/dist.ts';

interface ParsedCell {
  country: string;
  treaty: string;
  label: string;
  /** data-as-of, or undefined when the attribute is missing. */
  asOf: string | undefined;
  stale: boolean;
}

/** Reads every data cell of the matrix table: its country, treaty and the status text. */
function parseMatrix(html: string): { at: string; cells: ParsedCell[] } {
  const table = /<table class="matrix[^"]*" id="treaty-matrix" data-at="([^"]+)">([\s\S]*?)<\/table>/.exec(html);
  if (!table) throw new Error('matrix table not found');
  const cells = [...table[2]!.matchAll(/<td ([^>]*)>([\s\S]*?)<\/td>/g)]
    .filter((m) => m[1]!.includes('data-treaty='))
    .map((m) => {
      const attrs = ` ${m[1]!}`;
      const asOf = /\sdata-as-of(?:="([^"]*)")?(?=[\s>]|$)/.exec(attrs);
      return {
        treaty: /data-treaty="([^"]+)"/.exec(attrs)?.[1] ?? '',
        country: /data-country="([^"]+)"/.exec(attrs)?.[1] ?? '',
        label: decodeEntities(/<span class="state">([^<]*)<\/span>/.exec(m[2]!)?.[1] ?? ''),
        asOf: asOf ? (asOf[1] ?? '') : undefined,
        stale: /\sdata-stale(?:="[^"]*")?(?=[\s>]|$)/.test(attrs),
      };
    });
  return { at: table[1]!, cells };
}

let jsonRows: RatificationRow[];
beforeAll(() => {
  requireDist();
  jsonRows = (JSON.parse(readBuilt('data/ratifications.json')) as { records: RatificationRow[] }).records;
});

describe('gap matrix round trip', () => {
  it('every data cell of every matrix page contains status text', () => {
    for (const page of ['matrix/index.html', 'matrix/2000/index.html', 'matrix/2004/index.html', 'matrix/2011/index.html']) {
      const { cells } = parseMatrix(readBuilt(page));
      expect(cells.length, page).toBeGreaterThan(0);
      for (const cell of cells) expect(Object.values(STATE_LABELS), `${page} ${cell.country}/${cell.treaty}`).toContain(cell.label);
    }
  });

  it('the matrix in the HTML equals the status derived from /data/ratifications.json', () => {
    const { at, cells } = parseMatrix(readBuilt('matrix/index.html'));
    const records = recordsFromRows(jsonRows);
    const adopted = new Map((JSON.parse(readBuilt('data/treaties.json')) as { treaties: { id: string; adopted: string | null }[] }).treaties.map((t) => [t.id, t.adopted]));
    expect(cells).toHaveLength(12 * records.size);
    for (const cell of cells) {
      const record = records.get(cell.treaty)?.countries.find((c) => c.country === cell.country);
      expect(cell.label, `${cell.country}/${cell.treaty}`).toBe(STATE_LABELS[cellStatus(record, at, adopted.get(cell.treaty)).state]);
    }
  });

  it('every matrix cell carries its evidence date, and data-stale exactly where that is more than five years before the date shown', () => {
    // The expectation is derived here from /data/ratifications.json with its own date arithmetic,
    // not with the site's status code.
    const asOfByCell = new Map<string, string | null>();
    for (const row of jsonRows) asOfByCell.set(`${row.country}|${row.treaty}`, row.asOf);
    const endOf = (date: string) => {
      const [y, m, d] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
      if (m === undefined) return `${y}-12-31`;
      const day = d ?? new Date(Date.UTC(y, m, 0)).getUTCDate();
      return `${String(y)}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    };
    const fiveYearsBefore = (at: string) => {
      const [y, m, d] = at.split('-');
      return `${Number(y) - 5}-${m}-${m === '02' && d === '29' ? '28' : d}`;
    };
    let staleSeen = 0;
    for (const page of ['matrix/index.html', 'matrix/2000/index.html', 'matrix/2004/index.html', 'matrix/2011/index.html']) {
      const { at, cells } = parseMatrix(readBuilt(page));
      for (const cell of cells) {
        const where = `${page} ${cell.country}/${cell.treaty}`;
        expect(cell.asOf, `${where}: data-as-of`).toBeDefined();
        const asOf = asOfByCell.get(`${cell.country}|${cell.treaty}`) ?? null;
        expect(cell.asOf, where).toBe(asOf ?? '');
        if (asOf) expect(asOf, where).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        const stale = asOf !== null && endOf(asOf) < fiveYearsBefore(endOf(at));
        expect(cell.stale, `${where}: data-stale (evidence ${asOf ?? 'none'}, shown for ${at})`).toBe(stale);
        if (stale) staleSeen++;
      }
    }
    // The headline counts the stale cells of the main matrix.
    const main = parseMatrix(readBuilt('matrix/index.html'));
    const count = main.cells.filter((c) => c.stale).length;
    const summary = /<p id="matrix-evidence-summary">\s*([^<]*)/.exec(readBuilt('matrix/index.html'))?.[1] ?? '';
    expect(summary).toContain(`${count === 1 ? '1 cell rests' : `${count} cells rest`} on evidence more than five years older than`);
    expect(staleSeen).toBeGreaterThanOrEqual(count);
  });

  it('the matrix headline says "as last verified", never a bare status on the build date', () => {
    const html = readBuilt('matrix/index.html');
    expect(html).toMatch(/as last verified/);
    expect(html).not.toMatch(/Party status on \d/);
  });

  it('the CSV download holds the same rows as the JSON download', () => {
    const csvRows = rowsFromCsv(readBuilt('data/ratifications.csv'));
    expect(csvRows).toEqual(jsonRows);
  });

  it('the 2000 snapshot shows the assessment statements beside the records', () => {
    const html = readBuilt('matrix/2000/index.html');
    expect(html).toContain('Document: party');
    expect(html).toMatch(/Disagreements between the document and the records|none disagrees with the records/);
  });
});
