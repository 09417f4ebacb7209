/** View-model for a treaty page: facts, every country's acts and status today, PoA and conclusions naming it. */
import { buildDate, TREATY_FAMILIES } from '../../schemas/common.ts';
import type { Conclusion } from '../../schemas/conclusion.ts';
import type { Country } from '../../schemas/country.ts';
import type { Law } from '../../schemas/law.ts';
import type { CountryRecord, Declaration, TreatyEvent } from '../../schemas/ratification.ts';
import type { Treaty } from '../../schemas/treaty.ts';
import { statusAt, type Status } from '../derive/status.ts';
import type { Model } from '../model.ts';
import type { Lang } from '../routes.ts';
import { localTitle, type LocalText } from '../../i18n/content.ts';
import { orderedTreaties, statusTextOf } from './matrix.ts';

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
  /** True when a Russian page shows prose we translated (it then says so once). */
  translated: boolean;
}

export function buildTreatyPageData(model: Model, id: string, lang: Lang = 'en'): TreatyPageData {
  const words = statusTextOf(lang);
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
      label: words.label(status.state),
      detail: words.detail(status),
      laws: (model.lawsByTreaty.get(id) ?? []).filter((l) => l.country === country.id),
    };
  });
  return {
    treaty,
    today,
    rows,
    paragraphs: model.paragraphsByTreaty.get(id) ?? [],
    conclusions: model.conclusionsByTreaty.get(id) ?? [],
    translated:
      lang === 'ru' &&
      (treaty.summaryRu !== undefined ||
        treaty.noteRu !== undefined ||
        rows.some((r) => r.record?.none?.noteRu !== undefined || r.record?.notOpen?.noteRu !== undefined || r.record?.events.some((e) => e.noteRu !== undefined || e.basisRu !== undefined || e.declarations?.some((d) => d.summaryRu !== undefined)))),
    partyCount: rows.filter((r) => r.status.state === 'party').length,
    staleCount: rows.filter((r) => r.status.stale).length,
    declarations: rows.flatMap((r) =>
      (r.record?.events ?? []).flatMap((event) => (event.declarations ?? []).map((declaration) => ({ country: r.country, event, declaration }))),
    ).map((d, i, all) => ({ ...d, first: i === 0 || all[i - 1]!.country.id !== d.country.id })),
  };
}

/** The treaties index: families in order, each treaty with the number of the twelve party today. */
export function buildTreatiesIndexData(model: Model, today: string = buildDate()) {
  const treaties = orderedTreaties(model);
  const parties = (id: string) => model.countryList.filter((c) => statusAt(model.recordsByTreaty.get(id)?.countries.find((r) => r.country === c.id), today).state === 'party').length;
  return {
    today,
    count: treaties.length,
    families: TREATY_FAMILIES.map((family) => ({ family, treaties: treaties.filter((t) => t.family === family).map((treaty) => ({ treaty, parties: parties(treaty.id) })) })).filter((f) => f.treaties.length > 0),
  };
}

/** A treaty's short name in the page's language (the Russian abbreviation where we have one). */
export function treatyShortName(treaty: Pick<Treaty, 'shortName' | 'shortNameRu'>, lang: Lang): LocalText {
  return lang === 'ru' && treaty.shortNameRu ? { text: treaty.shortNameRu, lang: 'ru' } : { text: treaty.shortName, lang: 'en' };
}

const CYRILLIC = /[\u0400-\u04FF]/;

/**
 * On a Russian page: where the Russian title comes from (authentic, official or our translation),
 * the source that publishes it with its locator, and the English title. Undefined in English.
 */
export function titleOrigin(model: Model, treaty: Treaty, lang: Lang) {
  if (lang === 'en') return undefined;
  const title = localTitle(treaty.title, treaty.titleRu, lang);
  const source = title.source ? model.sourceById.get(title.source.source) : undefined;
  const sourceTitle = source ? (source.kind === 'seed' ? source.shortTitle : source.title) : undefined;
  return {
    origin: title.origin,
    source: source && sourceTitle ? { id: source.id, title: sourceTitle, lang: CYRILLIC.test(sourceTitle) ? undefined : 'en' } : undefined,
    locator: title.source?.locator,
    englishTitle: treaty.title,
  };
}
