/**
 * The gap matrix parsed back from the built HTML equals the status derived from the published
 * data (/data/ratifications.json and .csv): the download round-trips to the same matrix, and
 * every cell says its status in words.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { recordsFromRows, rowsFromCsv, type RatificationRow } from '../../src/lib/derive/records-data.ts';
import { STATE_LABELS, statusAt } from '../../src/lib/derive/status.ts';
import { decodeEntities, readBuilt, requireDist } from '../support/dist.ts';

interface ParsedCell {
  country: string;
  treaty: string;
  label: string;
}

/** Reads every data cell of the matrix table: its country, treaty and the status text. */
function parseMatrix(html: string): { at: string; cells: ParsedCell[] } {
  const table = /<table class="matrix" id="treaty-matrix" data-at="([^"]+)">([\s\S]*?)<\/table>/.exec(html);
  if (!table) throw new Error('matrix table not found');
  const cells = [...table[2]!.matchAll(/<td class="cell-[a-z-]+" data-family="[^"]+" data-treaty="([^"]+)" data-country="([^"]+)">([\s\S]*?)<\/td>/g)].map((m) => ({
    treaty: m[1]!,
    country: m[2]!,
    label: decodeEntities(/<span class="state">([^<]*)<\/span>/.exec(m[3]!)?.[1] ?? ''),
  }));
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
    expect(cells).toHaveLength(12 * records.size);
    for (const cell of cells) {
      const record = records.get(cell.treaty)?.countries.find((c) => c.country === cell.country);
      expect(cell.label, `${cell.country}/${cell.treaty}`).toBe(STATE_LABELS[statusAt(record, at).state]);
    }
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
