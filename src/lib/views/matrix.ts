/**
 * View-model for the treaty gap matrix at a date: rows grouped by region, columns grouped by
 * treaty family, every cell with its status written out, and (for the snapshot pages) what a
 * source document stated beside what the records give.
 */
import { REGION_IDS, TREATY_FAMILIES, type CountryId, type RegionId, type TreatyFamily } from '../../schemas/common.ts';
import type { Country } from '../../schemas/country.ts';
import type { Treaty } from '../../schemas/treaty.ts';
import { compareAssertionFile, type CellComparison, type FileComparison } from '../derive/assertions.ts';
import { sortPartialDates } from '../derive/dates.ts';
import { formatDate, plural, type PluralForms } from '../../i18n/format.ts';
import { contextLabel } from '../derive/poa.ts';
import { buildMatrix, countStates, unverifiedCells, type Matrix } from '../derive/matrix.ts';
import { STALE_MARK, type CellEvidence, type Status } from '../derive/status.ts';
import { cellParts, type CellParts } from './cell.ts';
import type { Model } from '../model.ts';
import { LOCALES, routes, type Lang } from '../routes.ts';
import { dictionary } from '../../i18n/index.ts';
import { fill, statusText, type StatusText, type StatusWords } from './status-words.ts';
import { lawTitle, localTitle, type LocalText } from '../../i18n/content.ts';

export interface MatrixColumnGroup {
  family: TreatyFamily;
  label: string;
  treaties: Treaty[];
}

export interface MatrixRowGroup {
  region: RegionId;
  label: string;
  countries: Country[];
}

export interface MatrixCellView {
  country: CountryId;
  treaty: string;
  state: Status['state'];
  label: string;
  detail: string;
  href: string;
  /** Evidence date, stale mark and declarations (data-as-of, data-stale, the marks). */
  evidence: CellEvidence;
  /** What the cell shows, rendered by the shared cell functions (server and browser). */
  parts: CellParts;
  /** A source document's statement about this cell, compared with the records. */
  statement?: { text: string; agreement: CellComparison['agreement']; explanation: string };
}

export interface MatrixPageData {
  at: string;
  atLabel: string;
  columnGroups: MatrixColumnGroup[];
  rowGroups: MatrixRowGroup[];
  treaties: Treaty[];
  cells: Map<string, MatrixCellView>;
  matrix: Matrix;
  comparison?: FileComparison;
  lang: Lang;
  /** Country and treaty names in the page's language (English, marked, where no Russian one is recorded). */
  countryNames: Map<string, LocalText>;
  treatyNames: Map<string, LocalText>;
}

/** The status words of a language (from the dictionary), as the browser script receives them. */
export function statusWordsOf(lang: Lang): StatusWords {
  return { ...dictionary(lang).matrix.client.words, lang } as unknown as StatusWords;
}

/** The status functions of a language. */
export function statusTextOf(lang: Lang): StatusText {
  return statusText(statusWordsOf(lang));
}

export const cellKey = (country: string, treaty: string) => `${country}|${treaty}`;

/** Ordered treaty columns: by family, then adoption date. */
export function orderedTreaties(model: Model, families: readonly TreatyFamily[] = TREATY_FAMILIES): Treaty[] {
  return [...model.treaties]
    .filter((t) => families.includes(t.family))
    .sort((a, b) => TREATY_FAMILIES.indexOf(a.family) - TREATY_FAMILIES.indexOf(b.family) || sortPartialDates(a.adopted ?? '9999', b.adopted ?? '9999') || a.id.localeCompare(b.id));
}

export function buildMatrixPageData(model: Model, at: string, options: { assertionsOf?: string; families?: readonly TreatyFamily[]; countries?: readonly CountryId[]; lang?: Lang } = {}): MatrixPageData {
  const lang = options.lang ?? 'en';
  const t = dictionary(lang);
  const text = statusTextOf(lang);
  const countryNames = new Map(model.countryList.map((c) => [c.id as string, localTitle(c.name, c.nameRu, lang)]));
  const treatyNames = new Map(model.treaties.map((tr) => [tr.id, lang === 'ru' && tr.shortNameRu ? { text: tr.shortNameRu, lang: 'ru' } : { text: tr.shortName, lang: 'en' }]));
  const treaties = orderedTreaties(model, options.families);
  const countries = model.countryList.filter((c) => !options.countries || options.countries.includes(c.id));
  const matrix = buildMatrix(at, countries.map((c) => c.id), treaties.map((t) => t.id), model.recordsByTreaty, (id) => model.treatyById.get(id)?.adopted);
  const file = options.assertionsOf ? model.assertions.find((a) => a.document === options.assertionsOf) : undefined;
  const comparison = file ? compareAssertionFile(file, model.recordsByTreaty) : undefined;
  const statementFor = new Map<string, CellComparison>();
  for (const c of comparison?.cells ?? []) {
    for (const t of c.assertion.treaties ?? [c.assertion.treaty]) statementFor.set(cellKey(c.assertion.country, t), c);
  }

  const cells = new Map<string, MatrixCellView>();
  for (const row of matrix.cells) {
    for (const cell of row) {
      const treaty = model.treatyById.get(cell.treaty);
      const countryName = countryNames.get(cell.country) ?? { text: cell.country, lang };
      const treatyName = treatyNames.get(cell.treaty) ?? { text: cell.treaty, lang };
      const parts = cellParts(
        {
          country: cell.country,
          countryName: countryName.text,
          treaty: cell.treaty,
          treatyName: treatyName.text,
          family: treaty?.family ?? '',
          status: cell.status,
          adopted: treaty?.adopted ?? null,
          ...(countryName.lang !== lang ? { countryLang: countryName.lang } : {}),
          ...(treatyName.lang !== lang ? { treatyLang: treatyName.lang } : {}),
        },
        text,
      );
      const view: MatrixCellView = { country: cell.country, treaty: cell.treaty, state: cell.status.state, label: parts.label, detail: parts.detail, href: parts.href, evidence: parts.evidence, parts };
      const stated = statementFor.get(cellKey(cell.country, cell.treaty));
      if (stated) {
        view.statement = {
          // English keeps the document's own wording ("not party"); other languages say the state in their words.
          text:
            lang === 'en'
              ? `${stated.assertion.stated.replace('-', ' ')}${stated.assertion.cellText !== undefined ? ` (“${stated.assertion.cellText || 'blank'}”)` : ''}`
              : `${(stated.assertion.stated === 'unclear' ? t.snapshot.unclear : t.labels.partyState[stated.assertion.stated]).toLocaleLowerCase(LOCALES[lang])}${stated.assertion.cellText !== undefined ? ` («${stated.assertion.cellText || t.snapshot.blank}»)` : ''}`,
          agreement: stated.agreement,
          explanation: stated.explanation,
        };
      }
      cells.set(cellKey(cell.country, cell.treaty), view);
    }
  }
  const columnGroups = TREATY_FAMILIES.map((family) => ({ family, label: t.labels.family[family], treaties: treaties.filter((t) => t.family === family) })).filter((g) => g.treaties.length > 0);
  const rowGroups = REGION_IDS.map((region) => ({ region, label: t.labels.region[region], countries: countries.filter((c) => c.region === region) })).filter((g) => g.countries.length > 0);
  const data: MatrixPageData = { at, atLabel: formatDate(at, lang), columnGroups, rowGroups, treaties, cells, matrix, lang, countryNames, treatyNames };
  if (comparison) data.comparison = comparison;
  return data;
}

/** The as-of date of a snapshot: the date its document's statements describe. */
export function snapshotDate(model: Model, document: string): string {
  const file = model.assertions.find((a) => a.document === document);
  const source = model.sourceById.get(document);
  return file?.asOf ?? source?.date ?? '2000';
}

/**
 * What the matrix page's script needs to recompute cells and fill the cell panel, in one file
 * (/matrix/data.json, loaded on first use): the published ratification rows, treaty names and
 * adoption dates, the PoA paragraphs and 2004 conclusions naming each treaty, the national acts
 * implementing it (with their Russian titles where recorded), and the titles of the sources cited.
 * Language-neutral: one file serves both sites (names and strings come from the page). Not a
 * public download: /data/ is.
 */
export function matrixClientData(model: Model, rows: readonly { sources: string[] }[]) {
  const cited = new Set(rows.flatMap((r) => r.sources));
  return {
    rows,
    treaties: orderedTreaties(model).map((t) => ({
      id: t.id,
      shortName: t.shortName,
      family: t.family,
      adopted: t.adopted ?? null,
      poa: (model.paragraphsByTreaty.get(t.id) ?? []).map((n) => ({ n, context: contextLabelOf(model, n) })),
      conclusions: (model.conclusionsByTreaty.get(t.id) ?? []).map((c) => ({ id: c.id, heading: c.heading })),
    })),
    laws: model.laws.filter((l) => l.treaties.length > 0).map((l) => {
      const ru = lawTitle(l, 'ru');
      return { id: l.id, country: l.country, title: l.title, titleRu: ru.lang === 'ru' ? ru.text : null, adopted: l.adopted ?? null, treaties: l.treaties };
    }),
    countries: model.countryList.map((c) => ({ id: c.id, name: c.name, slug: c.slug, region: c.region })),
    sources: Object.fromEntries([...cited].map((id) => [id, model.sourceById.get(id)?.title ?? id])),
  };
}
export type MatrixClientData = ReturnType<typeof matrixClientData>;

function contextLabelOf(model: Model, n: number): string {
  const ctx = model.contextByParagraph.get(n);
  return ctx ? contextLabel(ctx) : '';
}

/** Everything /matrix/ shows besides the table: counts, evidence summary, the unverified cells, the snapshots. */
export function buildMatrixIndexData(model: Model, today: string, lang: Lang) {
  const data = buildMatrixPageData(model, today, { lang });
  const t = dictionary(lang).matrix;
  const cells = data.matrix.cells.flat();
  const counts = countStates(cells);
  const staleCount = cells.filter((c) => c.status.stale).length;
  const undatedCount = cells.filter((c) => c.status.state !== 'unknown' && c.status.asOf === undefined).length;
  const words = statusWordsOf(lang);
  const client = { ...t.client, words };
  const summary = fill(client.summary, {
    total: cells.length,
    date: data.atLabel,
    counts: (Object.keys(words.states) as (keyof typeof words.states)[]).map((s) => fill(client.summaryCount, { n: counts[s], label: words.states[s].toLocaleLowerCase(LOCALES[lang]) })).join(', '),
  });
  const staleSummary = fill(plural(lang, staleCount, client.staleSummary as PluralForms), { date: data.atLabel, mark: STALE_MARK }) + (undatedCount > 0 ? t.undated(undatedCount) : '');
  return {
    data,
    counts,
    summary,
    staleSummary,
    caption: fill(client.caption, { date: data.atLabel }),
    client,
    unverified: unverifiedCells(data.matrix).map((cell) => ({
      href: routes(lang).treatyCountry(cell.treaty, cell.country),
      country: data.countryNames.get(cell.country) ?? { text: cell.country, lang },
      treaty: data.treatyNames.get(cell.treaty) ?? { text: cell.treaty, lang },
      reason: { text: cell.reason, lang: 'en' },
    })),
    snapshots: model.snapshots.map((s) => ({ slug: s.slug, href: routes(lang).matrixSnapshot(s.slug) })),
  };
}

