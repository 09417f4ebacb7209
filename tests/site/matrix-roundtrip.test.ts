/**
 * The gap matrix read back from the built HTML (with an HTML parser) equals the status derived
 * from the published data (/data/ratifications.json and .csv): the download round-trips to the
 * same matrix, every cell says its status in words, and each snapshot page shows exactly the
 * statements of its document and their comparison as published in /data/assertions.json.
 */
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en/index.ts';
import { formatDate, plural } from '../../src/i18n/format.ts';
import { recordsFromRows, rowsFromCsv, type RatificationRow } from '../../src/lib/derive/records-data.ts';
import { cellStatus, STALE_MARK, STATE_LABELS, type PartyState } from '../../src/lib/derive/status.ts';
import { fill } from '../../src/lib/views/status-words.ts';
import { readBuilt, requireDist } from '../support/dist.ts';

const MATRIX_PAGES = ['matrix/index.html', 'matrix/2000/index.html', 'matrix/2004/index.html', 'matrix/2011/index.html'];
const SNAPSHOT_PAGES = MATRIX_PAGES.slice(1);

interface ParsedCell {
  country: string;
  treaty: string;
  /** data-state. */
  state: string;
  /** The status in words (the cell's .state text). */
  label: string;
  /** data-as-of, or undefined when the attribute is missing. */
  asOf: string | undefined;
  stale: boolean;
  /** The text of the document's statement shown in the cell, if any. */
  statement: string | undefined;
}

/** The text of an element with its white space folded, as a reader sees it. */
const textOf = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Parses a matrix page: the document, the date shown and every data cell of the matrix table. */
function parseMatrix(page: string): { document: Document; at: string; cells: ParsedCell[] } {
  const { document } = parseHTML(readBuilt(page));
  const table = document.querySelector('table.matrix#treaty-matrix');
  if (!table) throw new Error(`${page}: matrix table not found`);
  const at = table.getAttribute('data-at');
  if (!at) throw new Error(`${page}: the matrix table has no data-at`);
  const cells = [...table.querySelectorAll('td[data-treaty]')].map((td) => ({
    country: td.getAttribute('data-country') ?? '',
    treaty: td.getAttribute('data-treaty') ?? '',
    state: td.getAttribute('data-state') ?? '',
    label: textOf(td.querySelector('.state')),
    asOf: td.hasAttribute('data-as-of') ? (td.getAttribute('data-as-of') ?? '') : undefined,
    stale: td.hasAttribute('data-stale'),
    statement: td.querySelector('.statement') ? textOf(td.querySelector('.statement')) : undefined,
  }));
  return { document, at, cells };
}

/** An entry of /data/assertions.json. */
interface PublishedAssertion {
  kind: 'cell' | 'count';
  country?: string;
  treaty?: string;
  treaties?: string[];
  stated?: string;
  cellText?: string | null;
  agreement: 'agrees' | 'disagrees' | 'not-comparable';
}

let jsonRows: RatificationRow[];
let assertionsByDocument: Map<string, PublishedAssertion[]>;
beforeAll(() => {
  requireDist();
  jsonRows = (JSON.parse(readBuilt('data/ratifications.json')) as { records: RatificationRow[] }).records;
  const published = JSON.parse(readBuilt('data/assertions.json')) as { documents: { document: string; assertions: PublishedAssertion[] }[] };
  assertionsByDocument = new Map(published.documents.map((d) => [d.document, d.assertions]));
});

describe('gap matrix round trip', () => {
  it('every data cell of every matrix page says its status in words, the words of its data-state', () => {
    for (const page of MATRIX_PAGES) {
      const { cells } = parseMatrix(page);
      expect(cells.length, page).toBeGreaterThan(0);
      for (const cell of cells) {
        const where = `${page} ${cell.country}/${cell.treaty}`;
        expect(Object.keys(STATE_LABELS), where).toContain(cell.state);
        expect(cell.label, where).toBe(STATE_LABELS[cell.state as PartyState]);
      }
    }
  });

  it('the matrix in the HTML equals the status derived from /data/ratifications.json, one cell per country and treaty', () => {
    const { at, cells } = parseMatrix('matrix/index.html');
    const records = recordsFromRows(jsonRows);
    const adopted = new Map((JSON.parse(readBuilt('data/treaties.json')) as { treaties: { id: string; adopted: string | null }[] }).treaties.map((t) => [t.id, t.adopted]));
    expect(cells).toHaveLength(12 * records.size);
    expect(new Set(cells.map((c) => `${c.country}|${c.treaty}`)).size).toBe(cells.length);
    for (const cell of cells) {
      const record = records.get(cell.treaty)?.countries.find((c) => c.country === cell.country);
      const derived = cellStatus(record, at, adopted.get(cell.treaty)).state;
      expect(cell.state, `${cell.country}/${cell.treaty}`).toBe(derived);
      expect(cell.label, `${cell.country}/${cell.treaty}`).toBe(STATE_LABELS[derived]);
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
    for (const page of MATRIX_PAGES) {
      const { at, cells } = parseMatrix(page);
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
    // The headline counts the stale cells of the main matrix, in the singular or plural its number takes.
    const main = parseMatrix('matrix/index.html');
    const count = main.cells.filter((c) => c.stale).length;
    const summary = textOf(main.document.querySelector('#matrix-evidence-summary'));
    const expected = fill(plural('en', count, en.matrix.client.staleSummary), { date: formatDate(main.at), mark: STALE_MARK });
    expect(summary.startsWith(expected), `${summary} starts with ${expected}`).toBe(true);
    expect(staleSeen).toBeGreaterThanOrEqual(count);
  });

  it('the matrix says "as last verified" in its lead and caption, never a bare status on the build date', () => {
    const { document, at } = parseMatrix('matrix/index.html');
    expect(textOf(document.querySelector('#treaty-matrix caption'))).toBe(fill(en.matrix.client.caption, { date: formatDate(at) }));
    expect(textOf(document.querySelector('p.lead'))).toContain('as last verified in the depositaries\' records');
    expect(textOf(document.body)).not.toMatch(/Party status on \d/);
  });

  it('the CSV download holds the same rows as the JSON download', () => {
    const csvRows = rowsFromCsv(readBuilt('data/ratifications.csv'));
    expect(csvRows).toEqual(jsonRows);
  });
});

describe('snapshot pages and the documents\' statements', () => {
  const SUFFIX = { agrees: '', disagrees: en.matrix.statementDisagrees, 'not-comparable': en.matrix.statementNotComparable } as const;
  /** The seed document a snapshot page compares with: the source its lead links to. */
  const documentOf = (document: Document, page: string) => {
    const href = document.querySelector('p.lead a[href^="/sources/"]')?.getAttribute('href') ?? '';
    const id = /^\/sources\/([^/]+)\/$/.exec(href)?.[1];
    if (!id) throw new Error(`${page}: the lead links to no source`);
    return id;
  };

  it('each snapshot page sums up its document\'s statements and their disagreements as /data/assertions.json gives them', () => {
    for (const page of SNAPSHOT_PAGES) {
      const { document } = parseMatrix(page);
      const assertions = assertionsByDocument.get(documentOf(document, page));
      expect(assertions, page).toBeDefined();
      const cells = assertions!.filter((a) => a.kind === 'cell').length;
      const counts = assertions!.filter((a) => a.kind === 'count').length;
      const disagreements = assertions!.filter((a) => a.agreement === 'disagrees').length;
      const summary = [...document.querySelectorAll('p')].map(textOf).find((p) => p.startsWith('The document makes'));
      expect(summary, page).toBe(`${en.snapshot.statements(cells, counts)} ${disagreements === 0 ? en.snapshot.noneDisagrees : en.snapshot.disagree(disagreements)}`);
    }
  });

  it('each cell a document speaks of shows its statement and whether it agrees with the records; no other cell shows one', () => {
    let shown = 0;
    for (const page of SNAPSHOT_PAGES) {
      const { document, cells } = parseMatrix(page);
      const expected = new Map<string, string>();
      for (const a of assertionsByDocument.get(documentOf(document, page))!.filter((x) => x.kind === 'cell')) {
        const text = `${en.matrix.statementPrefix}${a.stated!.replace('-', ' ')}${a.cellText === null || a.cellText === undefined ? '' : ` (“${a.cellText || 'blank'}”)`}${SUFFIX[a.agreement]}`;
        for (const treaty of a.treaties ?? [a.treaty!]) expected.set(`${a.country!}|${treaty}`, text);
      }
      for (const cell of cells) expect(cell.statement, `${page} ${cell.country}/${cell.treaty}`).toBe(expected.get(`${cell.country}|${cell.treaty}`));
      expect(cells.filter((c) => c.statement !== undefined)).toHaveLength(expected.size);
      shown += expected.size;
    }
    expect(shown).toBeGreaterThan(0);
    // The 2000 assessment's table marks parties with an X.
    expect(parseMatrix('matrix/2000/index.html').cells.some((c) => c.statement === 'Document: party (“X”)')).toBe(true);
  });

  it('each statement about a number of parties is listed with its agreement, and the disagreeing cells are tabled', () => {
    for (const page of SNAPSHOT_PAGES) {
      const { document } = parseMatrix(page);
      const assertions = assertionsByDocument.get(documentOf(document, page))!;
      const headings = [...document.querySelectorAll('h2')];
      const countsHeading = headings.find((h) => textOf(h) === en.snapshot.countsHeading);
      const counts = assertions.filter((a) => a.kind === 'count');
      if (counts.length === 0) expect(countsHeading, page).toBeUndefined();
      else {
        const items = [...(countsHeading?.nextElementSibling?.querySelectorAll('li') ?? [])];
        expect(items.map((li) => textOf(li.querySelector('strong'))), page).toEqual(counts.map((a) => en.snapshot.agreement[a.agreement]));
      }
      const disagreeingCells = assertions.filter((a) => a.kind === 'cell' && a.agreement === 'disagrees').length;
      const tabled = headings.find((h) => textOf(h) === en.snapshot.disagreementsHeading);
      const caption = document.querySelector('#disagreements-caption');
      if (disagreeingCells === 0) {
        expect(tabled, page).toBeUndefined();
        expect(caption, page).toBeNull();
      } else {
        expect(tabled, page).toBeDefined();
        expect(textOf(caption), page).toBe(en.snapshot.disagreementsCaption(disagreeingCells));
        expect(caption?.closest('table')?.querySelectorAll('tbody tr').length, page).toBe(disagreeingCells);
      }
    }
  });
});
