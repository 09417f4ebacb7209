/** View-model for a country page: treaty profile, timeline, laws by topic, memberships, mentions. */
import { buildDate, LAW_TOPICS, type CountryId, type LawTopic } from '../../schemas/common.ts';
import type { Country } from '../../schemas/country.ts';
import type { Law } from '../../schemas/law.ts';
import type { Citation } from '../../schemas/common.ts';
import { compareAssertionFile, type CellComparison } from '../derive/assertions.ts';
import { cellDetail, STATE_LABELS, statusAt, type Status } from '../derive/status.ts';
import type { Model } from '../model.ts';
import { LEGISLATION_HISTORY_DATES } from './legislation.ts';
import { legislationCell, type LegislationCell } from '../derive/legislation.ts';
import { orderedTreaties } from './matrix.ts';
import { membershipCell } from './snapshots.ts';
import type { Treaty } from '../../schemas/treaty.ts';
import { sortPartialDates } from '../partial-date.ts';

export interface TimelineEvent {
  date: string;
  kind: 'treaty' | 'law';
  label: string;
  href: string;
}

export interface Mention {
  href: string;
  label: string;
  excerpt: string;
}

export interface TreatyProfileRow {
  treaty: Treaty;
  status: Status;
  label: string;
  detail: string;
  citations: Citation[];
  statements: { document: string; documentTitle: string; comparison: CellComparison }[];
}

export interface CountryPageData {
  country: Country;
  today: string;
  profile: TreatyProfileRow[];
  timeline: TimelineEvent[];
  lawsByTopic: { topic: LawTopic; cell: LegislationCell; laws: Law[]; history: { at: string; label: string; cell: LegislationCell }[] }[];
  otherLaws: Law[];
  memberships: { organization: string; name: string; state: string; detail?: string; citations: Citation[] }[];
  mentions: Mention[];
  spellings: { text: string; citations: Citation[] }[];
  /** Figures the source documents give for this country, each with its year and source. */
  figures: { title: string; label: string; valueText: string; year?: string; citation: Citation }[];
}

function excerptAround(text: string, index: number, length: number): string {
  const start = Math.max(0, index - 90);
  const end = Math.min(text.length, index + length + 90);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

/** Every published seed passage naming the country by any of its spellings. */
export function findMentions(model: Model, names: readonly string[]): Mention[] {
  const patterns = [...new Set(names)].filter((n) => n.length > 2).map((n) => new RegExp(`\\b${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`));
  const mentions: Mention[] = [];
  const test = (text: string, href: string, label: string) => {
    for (const re of patterns) {
      const m = re.exec(text);
      if (m) {
        mentions.push({ href, label, excerpt: excerptAround(text, m.index, m[0].length) });
        return;
      }
    }
  };
  for (const p of model.poaParagraphs) {
    test([p.text, ...p.subparagraphs.map((s) => s.text), p.trailing].filter(Boolean).join(' '), `/poa/${p.number}/`, `Programme of Action, para. ${p.number}`);
  }
  for (const c of model.conclusions) test(c.text, `/conclusions/2004/#${c.id}`, `2004 Conclusions, ${c.id}`);
  for (const doc of model.documents) {
    const source = model.sourceById.get(doc.source);
    const title = source?.kind === 'seed' ? source.shortTitle : doc.source;
    for (const b of doc.blocks) {
      const text = b.kind === 'list' ? b.items.join(' ') : b.kind === 'table' ? [b.caption, ...b.rows.flat()].join(' ') : b.kind === 'lost' ? '' : b.text;
      if (text) test(text, `/sources/${doc.source}/#${b.id}`, `${title}, ${b.kind === 'paragraph' && b.number ? `para. ${b.number}` : b.id}`);
    }
  }
  return mentions;
}

export function buildCountryPageData(model: Model, id: CountryId): CountryPageData {
  const country = model.countryById.get(id);
  if (!country) throw new Error(`unknown country ${id}`);
  const today = buildDate();
  const comparisons = model.assertions.map((file) => ({ file, comparison: compareAssertionFile(file, model.recordsByTreaty) }));
  const profile = orderedTreaties(model).map((treaty) => {
    const record = model.recordsByTreaty.get(treaty.id)?.countries.find((r) => r.country === id);
    const status = statusAt(record, today);
    const statements = comparisons.flatMap(({ file, comparison }) =>
      comparison.cells
        .filter((c) => c.assertion.country === id && (c.assertion.treaties ?? [c.assertion.treaty]).includes(treaty.id))
        .map((c) => {
          const s = model.sourceById.get(file.document);
          return { document: file.document, documentTitle: s?.kind === 'seed' ? s.shortTitle : file.document, comparison: c };
        }),
    );
    return {
      treaty,
      status,
      label: STATE_LABELS[status.state],
      detail: cellDetail(status),
      citations: record ? [...record.events.flatMap((e) => e.sources), ...(record.none?.sources ?? []), ...(record.notOpen?.sources ?? [])] : [],
      statements,
    };
  });
  const laws = model.lawsByCountry.get(id) ?? [];
  const timeline: TimelineEvent[] = [
    ...model.ratifications.flatMap((file) =>
      (file.countries.find((r) => r.country === id)?.events ?? []).map((e) => ({
        date: e.date,
        kind: 'treaty' as const,
        label: `${e.action[0]?.toUpperCase()}${e.action.slice(1)}: ${model.treatyById.get(file.treaty)?.shortName ?? file.treaty}`,
        href: `/treaties/${file.treaty}/#country-${id}`,
      })),
    ),
    ...laws.filter((l) => l.adopted).map((l) => ({ date: l.adopted!, kind: 'law' as const, label: l.title, href: `/laws/${l.id}/` })),
  ].sort((a, b) => sortPartialDates(a.date, b.date) || a.label.localeCompare(b.label));
  const lawsByTopic = LAW_TOPICS.map((topic) => ({
    topic,
    cell: legislationCell(id, topic, today, model.laws, model.lawById, model.coverageByCountry.get(id)),
    laws: laws.filter((l) => l.topics.includes(topic)),
    history: LEGISLATION_HISTORY_DATES.map(({ at, label }) => ({ at, label, cell: legislationCell(id, topic, at, model.laws, model.lawById, model.coverageByCountry.get(id)) })),
  }));
  const memberships = model.memberships.flatMap((m) => {
    const org = model.organizationById.get(m.organization);
    const entries = m.members.filter((x) => x.country === id);
    if (!org || entries.length === 0) return [];
    const state = membershipCell(model, m.organization, id, today);
    const history = entries.map((e) => [e.role, e.joined && `joined ${e.joined}`, e.suspended && `suspended ${e.suspended}`, e.left && `left ${e.left}`, e.note].filter(Boolean).join(', ')).join('; ');
    return [{ organization: org.id, name: `${org.name} (${org.shortName})`, state: state.text, detail: history, citations: entries.flatMap((e) => e.sources) }];
  });
  const spellings = new Map<string, Citation[]>();
  for (const n of country.namesInSources) {
    const list = spellings.get(n.text) ?? [];
    list.push({ source: n.source, locator: n.locator, ...(n.lines ? { lines: n.lines } : {}) });
    spellings.set(n.text, list);
  }
  return {
    country,
    today,
    profile,
    timeline,
    lawsByTopic,
    otherLaws: laws.filter((l) => l.topics.length === 0),
    memberships,
    mentions: findMentions(model, [country.name, ...spellings.keys()]),
    spellings: [...spellings].map(([text, citations]) => ({ text, citations })),
    figures: model.statistics.flatMap((stat) =>
      stat.rows
        .filter((row) => row.country === id)
        .map((row) => {
          const year = (row as { year?: unknown }).year ?? stat.year;
          const lines = (row as { lines?: unknown }).lines;
          return {
            title: stat.title,
            label: row.label,
            valueText: row.valueText ?? (row.value === null ? 'not readable in the source' : String(row.value)),
            ...(year !== undefined ? { year: String(year) } : {}),
            citation: typeof lines === 'string' ? { ...stat.source, lines } : stat.source,
          };
        }),
    ),
  };
}
