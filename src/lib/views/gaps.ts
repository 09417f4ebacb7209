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
import { LEGISLATION_STATE_LABELS, TOPIC_LABELS } from '../labels.ts';
import type { Model } from '../model.ts';
import { legislationCell, type LegislationState } from '../derive/legislation.ts';
import { orderedTreaties } from './matrix.ts';
import type { LocalText } from '../../i18n/content.ts';
import { i18n } from '../../i18n/index.ts';
import { files, routes, type Lang } from '../routes.ts';
import { STATE_SYMBOLS } from './cell.ts';
import type { ContentLink, Link } from './law.ts';
import { countryName, treatyShortName } from './names.ts';
import { coverageNote, ENGLISH_STATUS, type StatusSay } from './words.ts';

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
      poa: model.poaParagraphsByTopic.get(topic) ?? [],
    };
    if (cell.note) row.note = cell.note;
    topics.push(row);
  }
  return { country, at, treaties, topics, partyCount };
}

const CSV_COLUMNS = ['country', 'kind', 'id', 'name', 'status', 'detail', 'poa_paragraphs', 'conclusions_2004', 'url'] as const;

/** The same rows as the page, one line per treaty or topic (the site's CSV format: lists encoded, formulas neutralised). */
export function gapBriefCsv(brief: GapBrief): string {
  // One file for both sites: addresses of the English pages.
  const r = routes('en');
  const rows = [
    ...brief.treaties.map((row) => [brief.country.id, 'treaty', row.treaty.id, row.treaty.shortName, row.label, row.detail, encodeList(row.poa.map(String)), encodeList(row.conclusions.map((c) => c.id)), r.treatyCountry(row.treaty.id, brief.country.id)]),
    ...brief.topics.map((t) => [brief.country.id, 'legislation-topic', t.topic, t.label, t.stateLabel, t.note ?? '', encodeList(t.poa.map(String)), '', r.countryAnchor(brief.country.slug, `topic-${t.topic}`)]),
  ];
  return writeCsv(CSV_COLUMNS, rows);
}

export interface GapBriefPage {
  brief: GapBrief;
  name: LocalText;
  date: string;
  total: number;
  treaties: { link: ContentLink; state: PartyState; symbol: string; label: string; detail: string; poa: Link[]; conclusions: Link[] }[];
  topics: { link: Link; stateLabel: string; note?: LocalText; poa: Link[] }[];
  /** True when a note shown is the site's translation. */
  translated: boolean;
  links: { countries: string; country: string; csv: string; csvName: string; matrix: string };
}

/** The gap brief as its page shows it, in the page's language (the CSV keeps the English rows of buildGapBrief). */
export function buildGapBriefPage(model: Model, id: CountryId, at: string, lang: Lang, say: StatusSay = ENGLISH_STATUS): GapBriefPage {
  const { t, r, date } = i18n(lang);
  const brief = buildGapBrief(model, id, at);
  const { country } = brief;
  const coverage = model.coverageByCountry.get(id);
  const poaLinks = (numbers: readonly number[]) => numbers.map((n) => ({ href: r.poaParagraph(n), label: String(n) }));
  const topics = brief.topics.map((row) => {
    const note = coverageNote(legislationCell(id, row.topic, at, model.laws, model.lawById, coverage), coverage, lang);
    return {
      link: { href: r.countryAnchor(country.slug, `topic-${row.topic}`), label: t.labels.topic[row.topic] },
      stateLabel: t.labels.legislationState[row.state],
      ...(note ? { note } : {}),
      poa: poaLinks(row.poa),
    };
  });
  return {
    brief,
    name: countryName(country, lang),
    date: date(at),
    total: brief.treaties.length + brief.partyCount,
    treaties: brief.treaties.map((row) => ({
      link: { href: r.treatyCountry(row.treaty.id, country.id), text: treatyShortName(row.treaty, lang) },
      state: row.status.state,
      symbol: STATE_SYMBOLS[row.status.state],
      label: say.label(row.status.state),
      detail: say.detail(row.status),
      poa: poaLinks(row.poa),
      conclusions: row.conclusions.map((c) => ({ href: r.conclusion(c.id), label: c.id })),
    })),
    topics,
    translated: topics.some((row) => row.note?.origin === 'site-translation'),
    links: {
      countries: r.countries(),
      country: r.country(country.slug),
      csv: files.countryGapsCsv(country.slug),
      csvName: `${country.slug}-gaps.csv`,
      matrix: r.matrix({ region: country.region }),
    },
  };
}
