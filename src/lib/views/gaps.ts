/**
 * The per-country gap brief (/countries/<slug>/gaps/ and its CSV): every treaty the country is
 * not party to, has only signed, or whose status is unknown, with the PoA paragraphs and 2004
 * conclusions that name it; and every legislative topic with no act found or an unknown state,
 * with the PoA paragraphs asking for that legislation. Topics come from the model (LAW_TOPICS).
 */
import { LAW_TOPICS, type CountryId, type LawTopic } from '../../schemas/common.ts';
import type { Country } from '../../schemas/country.ts';
import type { Treaty } from '../../schemas/treaty.ts';
import type { Conclusion } from '../../schemas/conclusion.ts';
import { cellDetail, cellStatus, STATE_LABELS, type PartyState, type Status } from '../derive/status.ts';
import { encodeList, writeCsv } from '../csv.ts';
import { LEGISLATION_STATE_LABELS, TOPIC_LABELS, TOPIC_POA_PARAGRAPHS } from '../labels.ts';
import type { Model } from '../model.ts';
import { legislationCell, type LegislationState } from '../derive/legislation.ts';
import { orderedTreaties } from './matrix.ts';

/** Treaty states that make a gap: everything but "party" (and "not yet adopted", which cannot occur today). */
export const GAP_STATES: readonly PartyState[] = ['not-party', 'signed', 'denounced', 'ceased', 'unknown', 'not-open'];

export interface GapTreatyRow {
  treaty: Treaty;
  status: Status;
  label: string;
  detail: string;
  poa: number[];
  conclusions: Conclusion[];
}

export interface GapTopicRow {
  topic: LawTopic;
  label: string;
  state: Exclude<LegislationState, 'found'>;
  stateLabel: string;
  note?: string;
  poa: readonly number[];
}

export interface GapBrief {
  country: Country;
  at: string;
  treaties: GapTreatyRow[];
  topics: GapTopicRow[];
  /** Treaties the country is party to (counted, not listed). */
  partyCount: number;
}

export function buildGapBrief(model: Model, id: CountryId, at: string): GapBrief {
  const country = model.countryById.get(id)!;
  const treaties: GapTreatyRow[] = [];
  let partyCount = 0;
  for (const treaty of orderedTreaties(model)) {
    const record = model.recordsByTreaty.get(treaty.id)?.countries.find((r) => r.country === id);
    const status = cellStatus(record, at, treaty.adopted);
    if (!GAP_STATES.includes(status.state)) {
      if (status.state === 'party') partyCount++;
      continue;
    }
    treaties.push({
      treaty,
      status,
      label: STATE_LABELS[status.state],
      detail: cellDetail(status),
      poa: model.paragraphsByTreaty.get(treaty.id) ?? [],
      conclusions: model.conclusionsByTreaty.get(treaty.id) ?? [],
    });
  }
  const topics: GapTopicRow[] = [];
  for (const topic of LAW_TOPICS) {
    const cell = legislationCell(id, topic, at, model.laws, model.lawById, model.coverageByCountry.get(id));
    if (cell.state === 'found') continue;
    const row: GapTopicRow = {
      topic,
      label: TOPIC_LABELS[topic] ?? topic,
      state: cell.state,
      stateLabel: LEGISLATION_STATE_LABELS[cell.state],
      poa: TOPIC_POA_PARAGRAPHS[topic] ?? [],
    };
    if (cell.note) row.note = cell.note;
    topics.push(row);
  }
  return { country, at, treaties, topics, partyCount };
}

const CSV_COLUMNS = ['country', 'kind', 'id', 'name', 'status', 'detail', 'poa_paragraphs', 'conclusions_2004', 'url'] as const;

/** The same rows as the page, one line per treaty or topic (the site's CSV format: lists encoded, formulas neutralised). */
export function gapBriefCsv(brief: GapBrief): string {
  const rows = [
    ...brief.treaties.map((r) => [brief.country.id, 'treaty', r.treaty.id, r.treaty.shortName, r.label, r.detail, encodeList(r.poa.map(String)), encodeList(r.conclusions.map((c) => c.id)), `/treaties/${r.treaty.id}/#country-${brief.country.id}`]),
    ...brief.topics.map((t) => [brief.country.id, 'legislation-topic', t.topic, t.label, t.stateLabel, t.note ?? '', encodeList(t.poa.map(String)), '', `/countries/${brief.country.slug}/#topic-${t.topic}`]),
  ];
  return writeCsv(CSV_COLUMNS, rows);
}
