/**
 * The treaty matrix at a date as CSV: one row per country and treaty, the status derived from the
 * records exactly as the matrix shows it. Published for each document snapshot
 * (/data/status-at-<date>.csv, the dates the snapshot pages use) and for the build date
 * (/data/status-current.csv, the matrix's default view).
 */
import { buildMatrix } from './derive/matrix.ts';
import { STATE_LABELS } from './derive/status.ts';
import type { Model } from './model.ts';
import { orderedTreaties, snapshotDate } from './views/matrix.ts';

export const STATUS_COLUMNS = ['at', 'country', 'country_name', 'treaty', 'treaty_name', 'state', 'state_label', 'deciding_action', 'deciding_date', 'deciding_effective', 'as_of', 'as_last_recorded', 'stale', 'declarations'] as const;

/** The dates of the document snapshots (as the snapshot pages use them), oldest first. */
export function snapshotDates(model: Model): { slug: string; document: string; date: string }[] {
  return model.snapshots.map((s) => ({ slug: s.slug, document: s.document, date: s.matrixDate ?? snapshotDate(model, s.document) }));
}

function cell(value: string): string {
  // RFC 4180 quoting; a text starting with = + - @ is prefixed with ' so spreadsheets show it as text.
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function statusRows(model: Model, at: string): Record<(typeof STATUS_COLUMNS)[number], string>[] {
  const treaties = orderedTreaties(model);
  const matrix = buildMatrix(at, model.countryList.map((c) => c.id), treaties.map((t) => t.id), model.recordsByTreaty);
  return matrix.cells.flat().map(({ country, treaty, status }) => ({
    at,
    country,
    country_name: model.countryById.get(country)?.name ?? country,
    treaty,
    treaty_name: model.treatyById.get(treaty)?.shortName ?? treaty,
    state: status.state,
    state_label: STATE_LABELS[status.state],
    deciding_action: status.decidingEvent?.action ?? '',
    deciding_date: status.decidingEvent?.date ?? '',
    deciding_effective: status.decidingEvent?.effective ?? '',
    as_of: status.asOf ?? '',
    as_last_recorded: String(status.behind),
    stale: String(status.stale),
    declarations: String(status.declarations.length),
  }));
}

export function statusCsv(model: Model, at: string): string {
  const lines = [STATUS_COLUMNS.join(','), ...statusRows(model, at).map((row) => STATUS_COLUMNS.map((c) => cell(row[c])).join(','))];
  return lines.join('\r\n') + '\r\n';
}
