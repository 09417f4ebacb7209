/**
 * The two reference tables of the data package as CSV: the countries and the treaties, so that
 * the other CSV files can name them in foreign keys (datapackage.json).
 */
import type { Model } from './model.ts';
import { publicUrl } from '../site.config.ts';

export const COUNTRY_COLUMNS = ['id', 'slug', 'name', 'official_name', 'region', 'url'] as const;
export const TREATY_COLUMNS = ['id', 'short_name', 'title', 'family', 'adopted', 'entry_into_force', 'depositary', 'depositary_ref', 'url'] as const;

function cell(value: string | null | undefined): string {
  const v = value ?? '';
  // RFC 4180 quoting; a text starting with = + - @ is prefixed with ' so spreadsheets show it as text.
  const safe = /^[=+\-@\t\r]/.test(v) && !/^-?\d+(\.\d+)?$/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const csv = (header: readonly string[], rows: (string | null | undefined)[][]) => [header.join(','), ...rows.map((r) => r.map(cell).join(','))].join('\r\n') + '\r\n';

export function countriesCsv(model: Model): string {
  return csv(COUNTRY_COLUMNS, model.countryList.map((c) => [c.id, c.slug, c.name, c.officialName, c.region, publicUrl(`/countries/${c.slug}/`)]));
}

export function treatiesCsv(model: Model): string {
  return csv(
    TREATY_COLUMNS,
    model.treaties.map((t) => [t.id, t.shortName, t.title, t.family, t.adopted, t.entryIntoForce, t.depositary, t.depositaryRef, publicUrl(`/treaties/${t.id}/`)]),
  );
}
