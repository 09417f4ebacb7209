/**
 * The ratification data as published in /data/ratifications.json, and its conversion back to
 * ratification records. The matrix script recomputes status in the browser from this file, and
 * the round-trip test proves the download gives the same matrix as the site.
 */
import type { CountryId } from '../../schemas/common.ts';
import { decodeList, encodeList, parseCsv, readCsv, writeCsv } from '../csv.ts';
import type { CountryRecord, Declaration, RatificationFile, TreatyAction } from '../../schemas/ratification.ts';

/**
 * One row per act; countries with no act carry one row with action "none", "unknown" or
 * "not-open" (the treaty is closed to the State; `basis` names the provision, `note` explains).
 */
export interface RatificationRow {
  country: CountryId;
  treaty: string;
  depositaryRef: string | null;
  action: TreatyAction | 'none' | 'unknown' | 'not-open';
  date: string | null;
  effective: string | null;
  note: string | null;
  /** Source ids (one CSV cell, list encoding of src/lib/csv.ts). */
  sources: string[];
  /** Locators, in the order of sources. */
  locators: string[];
  /** Addresses of web sources ("" for seeds), in the order of sources. */
  addresses: string[];
  /** The record's evidence date (same on every row of a country and treaty); null when not recorded or unknown. */
  asOf: string | null;
  /** Legal basis of a cessation. */
  basis: string | null;
  /** Reservations, declarations and objections made with this act (a JSON array in CSV). */
  declarations: Declaration[];
}

export function rowsFromRecords(
  files: readonly RatificationFile[],
  depositaryRef: (treaty: string) => string | undefined,
  address: (sourceId: string) => string | undefined,
): RatificationRow[] {
  const rows: RatificationRow[] = [];
  for (const file of files) {
    for (const record of file.countries) {
      const base = { country: record.country, treaty: file.treaty, depositaryRef: depositaryRef(file.treaty) ?? null };
      const extra = { asOf: record.asOf ?? null, basis: null, declarations: [] as Declaration[] };
      const cite = (cs: readonly { source: string; locator: string }[]) => ({
        sources: cs.map((c) => c.source),
        locators: cs.map((c) => c.locator),
        addresses: cs.map((c) => address(c.source) ?? ''),
      });
      if (record.unknown !== undefined) {
        rows.push({ ...base, action: 'unknown', date: null, effective: null, note: record.unknown, sources: [], locators: [], addresses: [], ...extra });
      } else if (record.notOpen) {
        rows.push({ ...base, action: 'not-open', date: null, effective: null, note: record.notOpen.note ?? null, ...cite(record.notOpen.sources), ...extra, basis: record.notOpen.basis });
      } else if (record.events.length === 0) {
        rows.push({ ...base, action: 'none', date: null, effective: null, note: record.none?.note ?? null, ...cite(record.none?.sources ?? []), ...extra });
      } else {
        for (const e of record.events) {
          rows.push({ ...base, action: e.action, date: e.date, effective: e.effective ?? null, note: e.note ?? null, ...cite(e.sources), ...extra, basis: e.basis ?? null, declarations: e.declarations ?? [] });
        }
      }
    }
  }
  return rows;
}

/** Rebuilds the per-treaty records from published rows (enough to recompute every status). */
export function recordsFromRows(rows: readonly RatificationRow[]): Map<string, RatificationFile> {
  const files = new Map<string, RatificationFile>();
  for (const row of rows) {
    const file = files.get(row.treaty) ?? { treaty: row.treaty, countries: [] };
    files.set(row.treaty, file);
    let record = file.countries.find((c) => c.country === row.country);
    if (!record) {
      record = { country: row.country, events: [] } as CountryRecord;
      file.countries.push(record);
    }
    if (row.asOf) record.asOf = row.asOf;
    const sources = row.sources.map((source, i) => ({ source, locator: row.locators[i] ?? '' }));
    if (row.action === 'unknown') record.unknown = row.note ?? 'unknown';
    else if (row.action === 'none') record.none = { sources };
    else if (row.action === 'not-open') record.notOpen = { basis: row.basis ?? '', sources, ...(row.note ? { note: row.note } : {}) };
    else if (row.date) {
      record.events.push({
        action: row.action,
        date: row.date,
        ...(row.effective ? { effective: row.effective } : {}),
        ...(row.note ? { note: row.note } : {}),
        ...(row.basis ? { basis: row.basis } : {}),
        ...(row.declarations.length > 0 ? { declarations: row.declarations } : {}),
        sources,
      });
    }
  }
  return files;
}

const CSV_COLUMNS = ['country', 'treaty', 'depositary_ref', 'action', 'date', 'date_of_effect', 'note', 'source', 'locator', 'address', 'as_of', 'basis', 'declarations'] as const;

export function rowsToCsv(rows: readonly RatificationRow[]): string {
  return writeCsv(
    CSV_COLUMNS,
    rows.map((r) => [
      r.country, r.treaty, r.depositaryRef, r.action, r.date, r.effective, r.note, encodeList(r.sources), encodeList(r.locators), encodeList(r.addresses),
      r.asOf, r.basis, r.declarations.length > 0 ? JSON.stringify(r.declarations) : '',
    ]),
  );
}

export { parseCsv };

export function rowsFromCsv(text: string): RatificationRow[] {
  const { header, rows: body } = readCsv(text);
  if (header.join(',') !== CSV_COLUMNS.join(',')) throw new Error(`unexpected CSV header: ${header.join(',')}`);
  return body.map((cells) => ({
    country: cells[0] as CountryId,
    treaty: cells[1] ?? '',
    depositaryRef: cells[2] || null,
    action: cells[3] as RatificationRow['action'],
    date: cells[4] || null,
    effective: cells[5] || null,
    note: cells[6] || null,
    sources: decodeList(cells[7] ?? ''),
    locators: decodeList(cells[8] ?? ''),
    addresses: decodeList(cells[9] ?? ''),
    asOf: cells[10] || null,
    basis: cells[11] || null,
    declarations: cells[12] ? (JSON.parse(cells[12]) as Declaration[]) : [],
  }));
}
