/**
 * View-model for a country page, in the page's language: treaty profile, timeline, laws by topic,
 * memberships, institutions, figures and the passages of the source documents naming the country.
 * Content text comes as LocalText (Russian where we have it, else English marked as such); seed
 * text (spellings, figures, passages) stays English; every address comes from the routes module.
 */
import { buildDate, LAW_TOPICS, type CountryId, type LawTopic } from '../../schemas/common.ts';
import type { Country } from '../../schemas/country.ts';
import type { Law } from '../../schemas/law.ts';
import type { Citation } from '../../schemas/common.ts';
import type { CountryRecord } from '../../schemas/ratification.ts';
import { localProse, localProseOptional, localTitle, type LocalText } from '../../i18n/content.ts';
import { i18n } from '../../i18n/index.ts';
import { compareAssertionFile, type CellComparison } from '../derive/assertions.ts';
import { statusAt, type Status } from '../derive/status.ts';
import { CONFERENCE_HISTORY_LABEL } from '../labels.ts';
import type { Model } from '../model.ts';
import { files, localizePath, type Lang } from '../routes.ts';
import { legislationCell, type LegislationCell } from '../derive/legislation.ts';
import { membershipAt } from '../derive/membership.ts';
import { orderedTreaties } from './matrix.ts';
import { membershipCell } from './snapshots.ts';
import type { Treaty } from '../../schemas/treaty.ts';
import { sortPartialDates } from '../partial-date.ts';
import { lawLink, type ContentLink, type Link, type PageSearch } from './law.ts';
import { countryName, treatyShortName } from './names.ts';
import { coverageNote, ENGLISH_STATUS, type StatusSay } from './words.ts';

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
  link: ContentLink;
  status: Status;
  label: string;
  detail: string;
  citations: Citation[];
  /** Why there is no citation (the record's note), when there is none. */
  reason?: LocalText;
  statements: { href?: string; documentTitle: string; stated: string; disagrees: boolean }[];
}

export interface TopicSection {
  topic: LawTopic;
  label: string;
  state: LegislationCell['state'];
  stateLabel: string;
  paragraphs: Link[];
  note?: LocalText;
  laws: (ContentLink & { kind: string; adopted: string; status: string })[];
  search?: { date: string; result: LocalText; queries: string[]; consulted: Citation[] };
  history: { state: LegislationCell['state']; stateLabel: string; acts: ContentLink[] }[];
}

export interface CountryPageData {
  country: Country;
  name: LocalText;
  officialName?: LocalText;
  /** The source of an authentic or official Russian name, shown on Russian pages. */
  nameSource?: Citation;
  englishName?: string;
  regionLabel: string;
  today: string;
  profile: TreatyProfileRow[];
  timeline: TimelineEvent[];
  historyLabels: string[];
  lawsByTopic: TopicSection[];
  otherLaws: ContentLink[];
  memberships: { organization: string; name: LocalText; state: string; detail: { sep: string; value: LocalText }[]; citations: Citation[] }[];
  institutions: { name: string; established: string; note?: LocalText; citation: Citation }[];
  mentions: Mention[];
  spellings: { text: string; citations: Citation[] }[];
  /** Figures the source documents give for this country, each with its year and source. */
  figures: { title: string; label: string; valueText: string; year?: string; citation: Citation }[];
  /** True when a note shown is the site's translation (the page says so once). */
  translated: boolean;
  links: { countries: string; overview: string; gaps: string; feed: string };
  description: string;
  search: PageSearch;
}

function excerptAround(text: string, index: number, length: number): string {
  const start = Math.max(0, index - 90);
  const end = Math.min(text.length, index + length + 90);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

/** Every published seed passage naming the country by any of its spellings. */
export function findMentions(model: Model, names: readonly string[], lang: Lang = 'en'): Mention[] {
  const { t, r } = i18n(lang);
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
    test([p.text, ...p.subparagraphs.map((s) => s.text), p.trailing].filter(Boolean).join(' '), r.poaParagraph(p.number), t.country.poaParagraph(p.number));
  }
  for (const c of model.conclusions) test(c.text, r.conclusion(c.id), t.country.conclusion(c.id));
  for (const doc of model.documents) {
    const source = model.sourceById.get(doc.source);
    const title = source?.kind === 'seed' ? source.shortTitle : doc.source;
    for (const b of doc.blocks) {
      const text = b.kind === 'list' ? b.items.join(' ') : b.kind === 'table' ? [b.caption, ...b.rows.flat()].join(' ') : b.kind === 'lost' ? '' : b.text;
      if (text) test(text, r.sourceAnchor(doc.source, b.id), `${title}, ${b.kind === 'paragraph' && b.number ? t.country.blockParagraph(b.number) : b.id}`);
    }
  }
  return mentions;
}

/** Why a record has no citation, with its Russian sibling where the record has one. */
function recordReason(record: CountryRecord | undefined, status: Status, lang: Lang): LocalText | undefined {
  if (status.reason === undefined) return undefined;
  const ru = record?.notOpen
    ? status.reason === record.notOpen.note ? record.notOpen.noteRu : record.notOpen.basisRu
    : record?.none && status.reason === record.none.note ? record.none.noteRu : undefined;
  return localProse(status.reason, ru, lang);
}

/**
 * Dates at which a country page shows, per topic, which acts were law: the Geneva Conference (the
 * date of the Programme of Action) and the dates of the document snapshots.
 */
function legislationHistory(model: Model): { at: string; label: string }[] {
  const conference = model.sourceById.get('seed-1996-poa')?.date;
  return [
    ...(conference ? [{ at: conference, label: CONFERENCE_HISTORY_LABEL }] : []),
    ...model.snapshots.map((s) => ({ at: s.legislation.at, label: s.legislation.historyLabel })),
  ];
}

export function buildCountryPageData(model: Model, id: CountryId, lang: Lang = 'en', say: StatusSay = ENGLISH_STATUS): CountryPageData {
  const { t, r, date } = i18n(lang);
  const country = model.countryById.get(id);
  if (!country) throw new Error(`unknown country ${id}`);
  const today = buildDate();
  const name = countryName(country, lang);
  const comparisons = model.assertions.map((file) => ({ file, comparison: compareAssertionFile(file, model.recordsByTreaty) }));
  const profile = orderedTreaties(model).map((treaty): TreatyProfileRow => {
    const record = model.recordsByTreaty.get(treaty.id)?.countries.find((x) => x.country === id);
    const status = statusAt(record, today);
    const statements = comparisons.flatMap(({ file, comparison }) =>
      comparison.cells
        .filter((c) => c.assertion.country === id && (c.assertion.treaties ?? [c.assertion.treaty]).includes(treaty.id))
        .map((c: CellComparison) => {
          const s = model.sourceById.get(file.document);
          const href = model.seedHref(file.document, c.assertion.lines);
          return {
            ...(href ? { href: localizePath(href, lang) } : {}),
            documentTitle: s?.kind === 'seed' ? s.shortTitle : file.document,
            stated: t.country.stated[c.assertion.stated],
            disagrees: c.agreement === 'disagrees',
          };
        }),
    );
    const reason = recordReason(record, status, lang);
    return {
      treaty,
      link: { href: r.treatyCountry(treaty.id, id), text: treatyShortName(treaty, lang) },
      status,
      label: say.label(status.state),
      detail: say.detail(status),
      citations: record ? [...record.events.flatMap((e) => e.sources), ...(record.none?.sources ?? []), ...(record.notOpen?.sources ?? [])] : [],
      ...(reason ? { reason } : {}),
      statements,
    };
  });
  const laws = model.lawsByCountry.get(id) ?? [];
  const timeline: TimelineEvent[] = [
    ...model.ratifications.flatMap((file) =>
      (file.countries.find((x) => x.country === id)?.events ?? []).map((e) => {
        const treaty = model.treatyById.get(file.treaty);
        return {
          date: e.date,
          kind: 'treaty' as const,
          label: `${say.actionLabel(e.action)}: ${treaty ? treatyShortName(treaty, lang).text : file.treaty}`,
          href: r.treatyCountry(file.treaty, id),
        };
      }),
    ),
    ...laws.filter((l) => l.adopted).map((l) => ({ date: l.adopted!, kind: 'law' as const, label: lawLink(l, lang).text.text, href: r.law(l.id) })),
  ].sort((a, b) => sortPartialDates(a.date, b.date) || a.label.localeCompare(b.label));
  const coverage = model.coverageByCountry.get(id);
  const lawItem = (l: Law) => ({
    ...lawLink(l, lang),
    kind: t.labels.lawKind[l.kind] ?? l.kind,
    adopted: l.adopted ? `, ${date(l.adopted)}` : '',
    status: `${t.labels.lawStatus[l.status]}${l.statusAsOf ? t.country.asAt(date(l.statusAsOf)) : ''}`,
  });
  const lawsByTopic = LAW_TOPICS.map((topic): TopicSection => {
    const cell = legislationCell(id, topic, today, model.laws, model.lawById, coverage);
    const note = coverageNote(cell, coverage, lang);
    return {
      topic,
      label: t.labels.topic[topic],
      state: cell.state,
      stateLabel: t.labels.legislationState[cell.state],
      paragraphs: (model.poaParagraphsByTopic.get(topic) ?? []).map((n) => ({ href: r.poaParagraph(n), label: t.country.paragraph(n) })),
      ...(note ? { note } : {}),
      laws: laws.filter((l) => l.topics.includes(topic)).map(lawItem),
      ...(cell.search
        ? { search: { date: date(cell.search.date), result: localProse(cell.search.result, cell.search.resultRu, lang), queries: cell.search.queries, consulted: cell.search.consulted } }
        : {}),
      history: legislationHistory(model).map(({ at }) => {
        const past = legislationCell(id, topic, at, model.laws, model.lawById, coverage);
        return { state: past.state, stateLabel: t.labels.legislationState[past.state], acts: [...past.acts, ...past.unverified].map((l) => lawLink(l, lang)) };
      }),
    };
  });
  const memberships = model.memberships.flatMap((m) => {
    const org = model.organizationById.get(m.organization);
    const entries = m.members.filter((x) => x.country === id);
    if (!org || entries.length === 0) return [];
    const detail = entries.flatMap((e, i) => {
      // English keeps the wording its pages have always had (role id and ISO dates as recorded).
      const parts: LocalText[] = (
        lang === 'en'
          ? [e.role, e.joined && `joined ${e.joined}`, e.suspended && `suspended ${e.suspended}`, e.left && `left ${e.left}`]
          : [t.country.roles[e.role] ?? e.role, e.joined && t.country.joined(date(e.joined)), e.suspended && t.country.suspendedOn(date(e.suspended)), e.left && t.country.left(date(e.left))]
      )
        .filter((p): p is string => typeof p === 'string' && p !== '')
        .map((text) => ({ text, lang }));
      const note = localProseOptional(e.note, e.noteRu, lang);
      if (note && note.text) parts.push(note);
      return parts.map((value, j) => ({ sep: j > 0 ? ', ' : i > 0 ? '; ' : '', value }));
    });
    const orgName = localTitle(org.name, org.nameRu, lang);
    return [{
      organization: org.id,
      name: { ...orgName, text: `${orgName.text} (${org.shortName})` },
      state: lang === 'en' ? membershipCell(model, m.organization, id, today).text : membershipState(membershipAt(model.memberships, m.organization, id, today), t.country),
      detail,
      citations: entries.flatMap((e) => e.sources),
    }];
  });
  const spellings = new Map<string, Citation[]>();
  for (const n of country.namesInSources) {
    const list = spellings.get(n.text) ?? [];
    list.push({ source: n.source, locator: n.locator, ...(n.lines ? { lines: n.lines } : {}) });
    spellings.set(n.text, list);
  }
  const officialName = country.officialName !== undefined ? localTitle(country.officialName, country.officialNameRu, lang) : undefined;
  const institutions = country.institutions.map((i) => {
    const note = localProseOptional(i.note, i.noteRu, lang);
    return {
      name: i.name,
      established: i.established ? t.country.established(date(i.established)) : '',
      ...(note ? { note } : {}),
      citation: { source: i.source, locator: i.locator, ...(i.lines ? { lines: i.lines } : {}) },
    };
  });
  const regionLabel = t.labels.region[country.region];
  const translated =
    lang !== 'en' &&
    [
      ...profile.map((p) => p.reason),
      ...lawsByTopic.flatMap((s) => [s.note, s.search?.result]),
      ...memberships.flatMap((m) => m.detail.map((d) => d.value)),
      ...institutions.map((i) => i.note),
    ].some((x) => x?.origin === 'site-translation');
  return {
    country,
    name,
    ...(officialName ? { officialName } : {}),
    ...(name.source ? { nameSource: name.source } : {}),
    ...(name.lang !== 'en' ? { englishName: country.name } : {}),
    regionLabel,
    today,
    profile,
    timeline,
    historyLabels: legislationHistory(model).map(({ at, label }) => (lang === 'en' ? label : (t.country.historyDates[at] ?? label))),
    lawsByTopic,
    otherLaws: laws.filter((l) => l.topics.length === 0).map((l) => lawLink(l, lang)),
    memberships,
    institutions,
    mentions: findMentions(model, [country.name, ...spellings.keys()], lang),
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
            // English pages keep the figure as the source prints it; other languages format the number.
            valueText: row.valueText ?? (row.value === null ? t.country.notReadable : lang === 'en' ? String(row.value) : i18n(lang).number(row.value)),
            ...(year !== undefined ? { year: String(year) } : {}),
            citation: typeof lines === 'string' ? { ...stat.source, lines } : stat.source,
          };
        }),
    ),
    translated,
    links: { countries: r.countries(), overview: `${r.countries()}#overview`, gaps: r.countryGaps(country.slug), feed: files.countryFeed(country.slug) },
    description: t.country.description(name.text),
    search: { kind: t.country.searchKind, context: regionLabel, filters: { country: [name.text] } },
  };
}

/** The membership state at a date in the page's words. */
function membershipState(state: ReturnType<typeof membershipAt>, words: { roles: Record<string, string>; notMember: string; suspended: string }): string {
  if (state.state === 'none-recorded' || state.state === 'not-at-date') return words.notMember;
  if (state.state === 'dated' && state.suspended) return words.suspended;
  return words.roles[state.role] ?? state.role;
}
