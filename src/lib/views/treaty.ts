/** View-model for a treaty page: facts, every country's acts and status today, PoA and conclusions naming it. */
import { buildDate } from '../../schemas/common.ts';
import type { Conclusion } from '../../schemas/conclusion.ts';
import type { Country } from '../../schemas/country.ts';
import type { Law } from '../../schemas/law.ts';
import type { CountryRecord, Declaration, TreatyEvent } from '../../schemas/ratification.ts';
import type { Treaty } from '../../schemas/treaty.ts';
import { cellDetail, STATE_LABELS, statusAt, type Status } from '../derive/status.ts';
import type { Model } from '../model.ts';


export interface TreatyCountryRow {
  country: Country;
  record: CountryRecord | undefined;
  status: Status;
  label: string;
  detail: string;
  laws: Law[];
}

export interface TreatyPageData {
  treaty: Treaty;
  today: string;
  rows: TreatyCountryRow[];
  paragraphs: number[];
  conclusions: Conclusion[];
  partyCount: number;
  /** Records whose evidence is more than five years older than today. */
  staleCount: number;
  /** Every recorded reservation, declaration and objection, by country (first of each country marked). */
  declarations: { country: Country; event: TreatyEvent; declaration: Declaration; first: boolean }[];
}

export function buildTreatyPageData(model: Model, id: string): TreatyPageData {
  const treaty = model.treatyById.get(id);
  if (!treaty) throw new Error(`unknown treaty ${id}`);
  const today = buildDate();
  const file = model.recordsByTreaty.get(id);
  const rows = model.countryList.map((country) => {
    const record = file?.countries.find((c) => c.country === country.id);
    const status = statusAt(record, today);
    return {
      country,
      record,
      status,
      label: STATE_LABELS[status.state],
      detail: cellDetail(status),
      laws: (model.lawsByTreaty.get(id) ?? []).filter((l) => l.country === country.id),
    };
  });
  return {
    treaty,
    today,
    rows,
    paragraphs: model.paragraphsByTreaty.get(id) ?? [],
    conclusions: model.conclusionsByTreaty.get(id) ?? [],
    partyCount: rows.filter((r) => r.status.state === 'party').length,
    staleCount: rows.filter((r) => r.status.stale).length,
    declarations: rows.flatMap((r) =>
      (r.record?.events ?? []).flatMap((event) => (event.declarations ?? []).map((declaration) => ({ country: r.country, event, declaration }))),
    ).map((d, i, all) => ({ ...d, first: i === 0 || all[i - 1]!.country.id !== d.country.id })),
  };
}
