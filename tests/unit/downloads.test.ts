/**
 * Lossless, safe downloads: for every collection of the real content, content -> JSON -> content
 * and content -> CSV -> content give back exactly the same entries; list cells survive values
 * holding " | "; cells that a spreadsheet would run as formulas are neutralised, reversibly.
 */
import { realContent } from '../support/model.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/lib/content/collections.ts';
import {
  decodeList, encodeList, entriesFromCsv, entriesToCsv, inferColumns, neutraliseCell, parseCsv, readCsv, restoreCell,
} from '../../src/lib/csv.ts';
import { COLLECTION_FILES, collectionCsv, collectionJson, lawsCsv, lawsJson, ratificationsCsv, ratificationsJson, type CollectionFile } from '../../src/lib/data.ts';
import { rowsFromCsv } from '../../src/lib/derive/records-data.ts';
import type { Model } from '../../src/lib/model.ts';
import { COLLECTION_NAMES } from '../../src/lib/collection-names.ts';

let data: Record<string, unknown[]>;
let model: Model;

beforeAll(() => {
  ({ data, model } = realContent());
}, 120_000);

const COLLECTION_OF: Record<CollectionFile, string> = COLLECTION_NAMES;

/** JSON with object keys sorted: field order carries no meaning. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
/** Entries compared regardless of their order (the model sorts some collections) and of key order. */
const sorted = (entries: unknown[]) => entries.map(canonical).sort();

describe('every collection round-trips through its downloads', { timeout: 60_000 }, () => {
  it('has a download for every collection', () => {
    expect(Object.values(COLLECTION_OF).sort()).toEqual(COLLECTIONS.map((c) => c.name).sort());
    expect(Object.keys(COLLECTION_FILES).sort()).toEqual(Object.keys(COLLECTION_OF).sort());
  });

  for (const name of Object.keys(COLLECTION_OF) as CollectionFile[]) {
    it(`${name}: content -> JSON -> content and content -> CSV -> content are equal`, () => {
      const content = data[COLLECTION_OF[name]] ?? [];
      expect(content.length).toBeGreaterThan(0);
      const json = JSON.parse(JSON.stringify(collectionJson(model, name))) as { entries: unknown[]; columns: ReturnType<typeof inferColumns> };
      expect(sorted(json.entries)).toEqual(sorted(content));
      const back = entriesFromCsv(collectionCsv(model, name), json.columns);
      expect(sorted(back)).toEqual(sorted(content));
    });
  }

  it('the curated laws, treaties and countries files carry the fields that used to be dropped', () => {
    const law = lawsJson(model).laws.find((l) => l.note !== null) ?? lawsJson(model).laws[0]!;
    for (const field of ['summary', 'note', 'ended', 'amends', 'titleVariants']) expect(law).toHaveProperty(field);
    const { header, rows } = readCsv(lawsCsv(model));
    expect(header.slice(0, 14)).toEqual(['id', 'country', 'title', 'kind', 'number', 'adopted', 'status', 'topics', 'treaties', 'replaces', 'replaced_by', 'sources', 'addresses', 'url']);
    expect(header).toEqual(expect.arrayContaining(['title_variants', 'ended', 'amends', 'summary', 'note']));
    expect(rows).toHaveLength(model.laws.length);
    const summaries = rows.map((r) => r[header.indexOf('summary')]);
    expect(summaries).toEqual(model.laws.map((l) => l.summary));
  });

  it('the ratifications CSV holds the same rows as the JSON', () => {
    expect(rowsFromCsv(ratificationsCsv(model))).toEqual(ratificationsJson(model).records);
  });
});

describe('the CSV encoding', () => {
  const hostile = [
    '=HYPERLINK("http://127.0.0.1/x","click")', '+1+2', '-2+3', '@SUM(A1)', '\tTAB', '\rCR', "'=already quoted", "''@two",
    "'plain quote", 'a | b', 'back\\slash | and\\|bar', 'line\nbreak', 'comma, "quote"', '-5', '12', 'Ünïcödé – “typographic”',
  ];

  it('neutralises every cell that would start a formula, and only those', () => {
    for (const value of hostile) {
      const cell = neutraliseCell(value);
      expect(/^[=+\-@\t\r]/.test(cell) && !/^-?\d+$/.test(cell)).toBe(false);
      expect(restoreCell(cell)).toBe(value);
    }
    expect(neutraliseCell('=1+1')).toBe("'=1+1");
    expect(neutraliseCell('-5')).toBe('-5');
    expect(neutraliseCell('Treaty')).toBe('Treaty');
  });

  it('a list whose items hold " | " and backslashes round-trips', () => {
    const items = ['a | b', 'c\\', '|', 'd'];
    expect(decodeList(encodeList(items))).toEqual(items);
    expect(decodeList('')).toEqual([]);
  });

  it('hostile text, lists and structured values round-trip through a CSV file', () => {
    const entries = hostile.map((text, i) => ({ id: `e${i}`, text, list: [text, 'x'], nested: { text, n: 0 - i || 0 }, count: 0 - i || 0, flag: i % 2 === 0, ...(i % 3 ? { optional: [text] } : {}) }));
    const columns = inferColumns(entries);
    expect(columns.map((c) => c.kind)).toEqual(['text', 'text', 'list', 'json', 'number', 'boolean', 'list']);
    const csv = entriesToCsv(entries, columns);
    // No raw cell of the file starts a formula.
    for (const row of parseCsv(csv)) for (const cell of row) expect(/^[=+@\t\r]|^-(?!\d+$)/.test(cell)).toBe(false);
    expect(entriesFromCsv(csv, columns)).toEqual(entries);
  });
});
