/**
 * The public data files under /data/: built from the model at build time, never by hand.
 * Their names and fields are a public contract (see /data/ for the documentation).
 */
import { buildDate } from '../schemas/common.ts';
import { SITE, publicUrl } from '../site.config.ts';
import { compareAssertionFile } from './derive/assertions.ts';
import { contextLabel } from './derive/poa.ts';
import { rowsFromRecords, rowsToCsv, type RatificationRow } from './derive/records-data.ts';
import type { Model } from './model.ts';
import type { Citation } from '../schemas/common.ts';
import { encodeList, entriesToCsv, inferColumns, writeCsv, type Column } from './csv.ts';
import { legislationMatrix } from './derive/legislation.ts';
import { LEGISLATION_STATE_LABELS } from './labels.ts';
import { routes } from './routes.ts';

/** Downloads name the English page addresses (one file serves both languages). */
const r = routes();

function provenance(model: Model, from: string, description: string) {
  return {
    title: description,
    generated: buildDate(),
    ...(SITE.url ? { site: SITE.url } : {}),
    generatedFrom: from,
    ...(SITE.repository ? { repository: SITE.repository } : {}),
    note: 'Every record names its source: a seed document (with line range) or a public source (with address and date read). Sources are listed in /data/sources.json.',
    sourceCount: model.sources.length,
  };
}

function citationsOut(model: Model, citations: readonly Citation[]) {
  return citations.map((c) => {
    const s = model.sourceById.get(c.source);
    return {
      source: c.source,
      locator: c.locator,
      ...(c.lines ? { lines: c.lines } : {}),
      address: s?.kind === 'web' ? s.url : publicUrl(model.seedHref(c.source, c.lines) ?? r.source(c.source)),
      ...(s?.kind === 'web' ? { accessed: s.accessed } : {}),
    };
  });
}

export function ratificationRows(model: Model): RatificationRow[] {
  const ordered = [...model.ratifications].sort((a, b) => a.treaty.localeCompare(b.treaty));
  return rowsFromRecords(
    ordered.map((f) => ({ ...f, countries: [...f.countries].sort((a, b) => a.country.localeCompare(b.country)) })),
    (t) => model.treatyById.get(t)?.depositaryRef,
    (id) => {
      const s = model.sourceById.get(id);
      return s?.kind === 'web' ? s.url : undefined;
    },
  );
}

export function ratificationsJson(model: Model) {
  return {
    provenance: provenance(model, 'content/ratifications/*.yaml', 'Treaty actions by the twelve CIS countries, one row per act'),
    fields: {
      country: 'ISO 3166-1 alpha-3 code',
      treaty: 'treaty id (see /data/treaties.json)',
      depositaryRef: "depositary's reference, e.g. UNTC V-2",
      action: 'signature | ratification | accession | succession | acceptance | approval | denunciation | withdrawal | cessation (ceased to be party without notifying a denunciation); "none" = the depositary lists no act; "unknown" = not verified; "not-open" = the treaty\'s own terms close it to this State (basis names the provision)',
      date: 'date of the act (deposit) as ISO 8601 at the precision of the source',
      effective: 'date of effect where the depositary gives it (for a succession it may precede the deposit: status counts from it)',
      sources: 'source ids; locators and addresses are in the same order',
      asOf: "date up to which the record's evidence reflects the depositary's record (same on every row of a country and treaty); null when not recorded or not verified. A status shown for a later date is as last recorded on this date",
      basis: 'legal basis of a cessation, or the treaty provision that closes it to the State for "not-open", in words',
      declarations: 'reservations, declarations and objections made with this act: kind (reservation | interpretative-declaration | territorial-declaration | objection | reservation-withdrawal), articles, summary (our words), sources, date (where it differs from the act). In the CSV a JSON array',
    },
    records: ratificationRows(model),
  };
}

export function ratificationsCsv(model: Model): string {
  return rowsToCsv(ratificationRows(model));
}

export function treatiesJson(model: Model) {
  return {
    provenance: provenance(model, 'content/treaties/*.yaml', 'Treaties covered, with the PoA paragraphs and 2004 conclusions naming them'),
    treaties: model.treaties.map((t) => ({
      // Every field of the content first (so fields added later are published too), then the
      // published forms of the fields below.
      ...t,
      id: t.id,
      shortName: t.shortName,
      title: t.title,
      family: t.family,
      adopted: t.adopted ?? null,
      entryIntoForce: t.entryIntoForce ?? null,
      depositary: t.depositary ?? null,
      depositaryRef: t.depositaryRef ?? null,
      summary: t.summary,
      titleRu: t.titleRu ?? null,
      shortNameRu: t.shortNameRu ?? null,
      summaryRu: t.summaryRu ?? null,
      noteRu: t.noteRu ?? null,
      namesInSources: t.namesInSources,
      note: t.note ?? null,
      poaParagraphs: model.paragraphsByTreaty.get(t.id) ?? [],
      conclusions2004: (model.conclusionsByTreaty.get(t.id) ?? []).map((c) => c.id),
      url: publicUrl(r.treaty(t.id)),
      sources: citationsOut(model, t.sources),
    })),
  };
}

export function assertionsJson(model: Model) {
  return {
    provenance: provenance(model, 'content/assertions/*.yaml', 'What the source documents state about party status, compared with the depositary records'),
    documents: model.assertions.map((file) => {
      const comparison = compareAssertionFile(file, model.recordsByTreaty);
      return {
        document: file.document,
        asOf: file.asOf,
        method: file.method ?? null,
        assertions: [
          ...comparison.cells.map((c) => ({
            kind: 'cell',
            country: c.assertion.country,
            treaty: c.assertion.treaty,
            treaties: c.assertion.treaties ?? [c.assertion.treaty],
            stated: c.assertion.stated,
            cellText: c.assertion.cellText ?? null,
            locator: c.assertion.locator,
            lines: c.assertion.lines,
            derivedFromRecords: c.derived,
            agreement: c.agreement,
          })),
          ...comparison.counts.map((c) => ({
            kind: 'count',
            treaties: c.assertion.treaties,
            anyOf: c.assertion.anyOf,
            statedCount: c.assertion.statedCount,
            statedText: c.assertion.statedText,
            locator: c.assertion.locator,
            lines: c.assertion.lines,
            derivedCount: c.derivedCount,
            agreement: c.agreement,
          })),
        ],
      };
    }),
  };
}

/** The first 14 columns are the original contract; later ones were added (never renamed). */
const LAW_CSV_COLUMNS = ['id', 'country', 'title', 'kind', 'number', 'adopted', 'status', 'topics', 'treaties', 'replaces', 'replaced_by', 'sources', 'addresses', 'url', 'title_variants', 'ended', 'amends', 'summary', 'note', 'verified', 'source_ids', 'locators', 'source_lines', 'original_titles', 'in_force', 'status_as_of', 'poa', 'seed_claims', 'title_ru', 'title_ru_origin', 'summary_ru'];

export function lawsJson(model: Model) {
  return {
    provenance: provenance(model, 'content/laws/*.yaml', 'National legal acts of the twelve CIS countries'),
    laws: model.laws.map((l) => ({
      ...l,
      id: l.id,
      country: l.country,
      title: l.title,
      titleVariants: l.titleVariants,
      kind: l.kind,
      number: l.number ?? null,
      adopted: l.adopted ?? null,
      status: l.status,
      ended: l.ended ?? null,
      topics: l.topics,
      treaties: l.treaties,
      replaces: l.replaces,
      replacedBy: l.replacedBy,
      amends: l.amends,
      summary: l.summary,
      note: l.note ?? null,
      verified: l.verified,
      url: r.law(l.id),
      sources: citationsOut(model, l.sources),
    })),
  };
}

/** title_ru and title_ru_origin: the official Russian title where the country publishes one, else our translation. */
function russianTitleCells(law: { titleRu?: string | undefined; originalTitles: readonly { lang: string; text: string }[] }): [string | undefined, string | undefined] {
  const official = law.originalTitles.find((t) => t.lang === 'ru');
  if (official) return [official.text, 'official'];
  return law.titleRu ? [law.titleRu, 'site-translation'] : [undefined, undefined];
}

export function lawsCsv(model: Model): string {
  return writeCsv(
    LAW_CSV_COLUMNS,
    lawsJson(model).laws.map((l) => [
      l.id, l.country, l.title, l.kind, l.number, l.adopted, l.status, encodeList(l.topics), encodeList(l.treaties), encodeList(l.replaces), encodeList(l.replacedBy),
      encodeList(l.sources.map((c) => `${c.source} (${c.locator})`)), encodeList(l.sources.map((c) => c.address)), publicUrl(l.url),
      encodeList(l.titleVariants), l.ended, encodeList(l.amends), l.summary, l.note, l.verified,
      encodeList(l.sources.map((c) => c.source)), encodeList(l.sources.map((c) => c.locator)), encodeList(l.sources.map((c) => c.lines ?? '')),
      l.originalTitles.length > 0 ? JSON.stringify(l.originalTitles) : undefined, l.inForce ?? undefined, l.statusAsOf ?? undefined, encodeList(l.poa),
      l.seedClaims.length > 0 ? JSON.stringify(l.seedClaims) : undefined,
      ...russianTitleCells(l), l.summaryRu,
    ]),
  );
}

/** Columns of /data/legislation.csv: the legislation matrix today, one row per country and topic. */
const LEGISLATION_CSV_COLUMNS = ['country', 'topic', 'state', 'state_label', 'acts', 'unverified_acts', 'ended_at_unknown_date', 'drafts', 'search_date', 'search_record', 'note', 'at'];

/** The legislation matrix at a date as rows: the four claims kept apart, with the acts behind each. */
export function legislationRows(model: Model, at: string = buildDate()) {
  return legislationMatrix(model.countryList.map((c) => c.id), at, model.laws, model.lawById, model.coverageByCountry).flat().map((cell) => ({
    country: cell.country,
    topic: cell.topic,
    state: cell.state,
    stateLabel: LEGISLATION_STATE_LABELS[cell.state],
    acts: cell.acts.map((l) => l.id),
    unverifiedActs: cell.unverified.map((l) => l.id),
    endedAtUnknownDate: cell.endedAtUnknownDate.map((l) => l.id),
    drafts: cell.drafts.map((l) => l.id),
    search: cell.search ? { ...cell.search, consulted: citationsOut(model, cell.search.consulted), record: r.countryAnchor(model.countryById.get(cell.country)?.slug ?? cell.country, `search-${cell.topic}`) } : null,
    note: cell.note ?? null,
    at,
  }));
}

export function legislationJson(model: Model) {
  return {
    provenance: provenance(model, 'content/laws/*.yaml, content/law-coverage/*.yaml', 'The legislation gap matrix today: for each country and topic, acts in force with a dated status source (found), acts whose status no source states (found-unverified), none found in a recorded search, or unknown'),
    cells: legislationRows(model),
  };
}

export function legislationCsv(model: Model): string {
  return writeCsv(
    LEGISLATION_CSV_COLUMNS,
    legislationRows(model).map((r) => [
      r.country, r.topic, r.state, r.stateLabel, encodeList(r.acts), encodeList(r.unverifiedActs), encodeList(r.endedAtUnknownDate), encodeList(r.drafts),
      r.search?.date, r.search ? publicUrl(r.search.record) : undefined, r.note ?? undefined, r.at,
    ]),
  );
}

export function countriesJson(model: Model) {
  return {
    provenance: provenance(model, 'content/countries/*.yaml', 'The twelve CIS countries'),
    countries: model.countryList.map((c) => ({
      ...c,
      id: c.id,
      slug: c.slug,
      name: c.name,
      officialName: c.officialName ?? null,
      region: c.region,
      namesInSources: [...new Set(c.namesInSources.map((n) => n.text))],
      namesInSourcesCited: c.namesInSources,
      institutions: c.institutions,
      url: publicUrl(r.country(c.slug)),
    })),
  };
}

export function poaJson(model: Model) {
  return {
    provenance: provenance(model, 'content/poa/', 'Programme of Action (Geneva, 1996): every paragraph, with categories, treaties and linked 2004 conclusions'),
    paragraphs: model.poaParagraphs.map((p) => {
      const ctx = model.contextByParagraph.get(p.number) ?? {};
      return {
        number: p.number,
        part: p.number <= 7 ? 'Declaration' : 'Programme of Action',
        chapter: ctx.chapter ? { id: ctx.chapter.id, title: ctx.chapter.title } : null,
        section: ctx.section ? { id: ctx.section.id, title: ctx.section.title } : null,
        subsection: ctx.subsection ? { id: ctx.subsection.id, title: ctx.subsection.title } : null,
        context: contextLabel(ctx),
        text: p.text ?? null,
        subparagraphs: p.subparagraphs.map((s) => ({ label: s.label, id: `para-${p.number}-${s.label}`, text: s.text })),
        trailing: p.trailing ?? null,
        categories: p.categories,
        treaties: p.treaties,
        footnotes: p.footnotes,
        conclusions2004: (model.backlinksByParagraph.get(p.number) ?? []).map((b) => ({ id: b.conclusion.id, ref: b.ref, reason: b.reason })),
        url: publicUrl(r.poaParagraph(p.number)),
        sourceLines: p.lines,
      };
    }),
  };
}

export function conclusionsJson(model: Model) {
  return {
    provenance: provenance(model, 'content/conclusions-2004/conclusions.yaml', "Chair's Conclusions, Minsk 2004, with PoA links and the 2005 SG report paragraphs"),
    conclusions: model.conclusions.map((c) => ({
      id: c.id,
      order: c.order,
      heading: c.heading,
      text: c.text,
      poaLinks: c.poaLinks,
      treaties: c.treaties,
      sgReport2005: c.sgReport ?? null,
      url: publicUrl(r.conclusion(c.id)),
      sourceLines: c.lines,
    })),
  };
}

export function sourcesJson(model: Model) {
  return {
    provenance: provenance(model, 'content/sources/*.yaml', 'Every source cited on the site'),
    sources: model.sources.map((s) => ({ ...s, page: publicUrl(r.source(s.id)) })),
  };
}

/**
 * Every collection exactly as in content/ (every field, after defaults), as JSON and CSV under
 * /data/collections/: the lossless downloads. Named by the content folder, e.g. "law-coverage".
 */
export const COLLECTION_FILES = {
  sources: (m: Model) => m.sources,
  countries: (m: Model) => m.countries,
  treaties: (m: Model) => m.treaties,
  ratifications: (m: Model) => m.ratifications,
  'poa-paragraphs': (m: Model) => m.poaParagraphs,
  'poa-structure': (m: Model) => [{ headings: m.poaHeadings }],
  'poa-footnotes': (m: Model) => [{ footnotes: m.poaFootnotes }],
  'poa-annex-1': (m: Model) => (m.annexOne ? [m.annexOne] : []),
  'poa-annex-2': (m: Model) => (m.annexTwo ? [m.annexTwo] : []),
  categories: (m: Model) => m.categories,
  'conclusions-2004': (m: Model) => m.conclusions,
  documents: (m: Model) => m.documents,
  laws: (m: Model) => m.laws,
  'law-coverage': (m: Model) => m.lawCoverage,
  assertions: (m: Model) => m.assertions,
  organizations: (m: Model) => m.organizations,
  memberships: (m: Model) => m.memberships,
  statistics: (m: Model) => m.statistics,
  'law-topics': (m: Model) => m.lawTopics ?? [],
  snapshots: (m: Model) => m.snapshots,
} satisfies Record<string, (m: Model) => readonly object[]>;
export type CollectionFile = keyof typeof COLLECTION_FILES;

function collectionEntries(model: Model, name: CollectionFile): Record<string, unknown>[] {
  return COLLECTION_FILES[name](model) as unknown as Record<string, unknown>[];
}

export function collectionJson(model: Model, name: CollectionFile) {
  const entries = collectionEntries(model, name);
  const columns: Column[] = inferColumns(entries);
  return {
    provenance: provenance(model, `content/${name === 'conclusions-2004' ? 'conclusions-2004/conclusions.yaml' : name.startsWith('poa-') ? 'poa/' : name === 'law-topics' || name === 'snapshots' ? `editorial/${name}/` : `${name}/`}`, `Every field of every entry of the collection "${name}", as in the content files`),
    /** How each column of the matching CSV encodes its field (see /data/ for the encodings). */
    columns,
    entries,
  };
}

export function collectionCsv(model: Model, name: CollectionFile): string {
  const entries = collectionEntries(model, name);
  return entriesToCsv(entries, inferColumns(entries));
}
