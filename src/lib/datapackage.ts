/**
 * /data/datapackage.json: a Frictionless Data Package (v2) describing every CSV and JSON download,
 * written after the build from the files actually built (so a new download is never missing).
 * Each CSV gets a Table Schema whose field names are its header, in order; types, the partial-date
 * pattern, primary and foreign keys come from the column registry below; the columns of
 * /data/collections/<name>.csv (one per field of the content entries) take their shape from the
 * content schema. A column neither knows is published as a string (always a valid reading of a
 * CSV cell) described as "not documented": add it to the registry.
 */
import { CONTENT_LICENCE, SOURCE_DOCUMENTS_TERMS } from './licence.ts';
import { schemaTargets } from './content/json-schemas.ts';
import { COLLECTIONS, type CollectionSpec } from './content/collections.ts';
import { COLLECTION_NAMES } from './collection-names.ts';

export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

export interface FieldSpec {
  type: FieldType;
  description: string;
  /** A date at its source's precision (YYYY, YYYY-MM or YYYY-MM-DD). */
  partialDate?: boolean;
  /** Values the column may take. */
  enum?: readonly string[];
  /** The cell may be empty. Default true, except for key columns. */
  required?: boolean;
}

export const PARTIAL_DATE_PATTERN = '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$';

const COUNTRY: FieldSpec = { type: 'string', description: 'ISO 3166-1 alpha-3 code of the country', required: true };
const TREATY: FieldSpec = { type: 'string', description: 'treaty id (the treaty page is /treaties/<id>/)', required: true };
const list = (what: string): FieldSpec => ({ type: 'string', description: `${what}; several values are joined by " | "` });
const date = (what: string): FieldSpec => ({ type: 'string', partialDate: true, description: `${what}, at the precision of its source (YYYY, YYYY-MM or YYYY-MM-DD)` });

/** Columns by file (the CSV's name) and, as a fallback, by column name across files. */
export const COLUMNS: Record<string, Record<string, FieldSpec>> = {
  '*': {
    country: COUNTRY,
    treaty: TREATY,
    note: { type: 'string', description: 'note in our own words' },
    url: { type: 'string', description: 'address of the page on the site (absolute when the site address is configured)' },
    sources: list('source ids (see sources.json) with their locators'),
    source: list('source ids (see sources.json)'),
    locator: list('where in each source, in the same order as the source ids'),
    address: list('address of each source, in the same order'),
    addresses: list('address of each source, in the same order'),
  },
  'ratifications.csv': {
    depositary_ref: { type: 'string', description: "the depositary's reference for the treaty, e.g. UNTC V-2" },
    action: {
      type: 'string',
      description: 'the act; "none": the depositary lists no act by this country; "unknown": not verified; "not-open": the treaty\'s own terms close it to this country (basis names the provision)',
      enum: ['signature', 'ratification', 'accession', 'succession', 'acceptance', 'approval', 'denunciation', 'withdrawal', 'cessation', 'none', 'unknown', 'not-open'],
      required: true,
    },
    date: date('date of the act (deposit)'),
    date_of_effect: date('date the act took effect, where the depositary gives it'),
    as_of: date("date up to which the record's evidence reflects the depositary's record"),
    basis: { type: 'string', description: 'legal basis of a cessation' },
    declarations: { type: 'string', description: 'reservations, declarations and objections made with the act, as a JSON array' },
  },
  'laws.csv': {
    id: { type: 'string', description: 'id of the act (the page is /laws/<id>/)', required: true },
    title: { type: 'string', description: 'title as the source writes it', required: true },
    kind: { type: 'string', description: 'kind of act', required: true },
    number: { type: 'string', description: 'official number, as given' },
    adopted: date('date adopted'),
    status: { type: 'string', description: 'status as far as the sources show', required: true },
    topics: list('legislative topics'),
    treaties: list('treaties the act implements'),
    replaces: list('ids of the acts this one replaces'),
    replaced_by: list('ids of the acts that replaced this one'),
    title_variants: list('other wordings of the title in other sources'),
    ended: date('date the act stopped being in force, where a source gives it'),
    amends: list('ids of the acts this one amends'),
    summary: { type: 'string', description: 'our own short summary of the act' },
    verified: date('date the entry was last checked against its sources'),
    source_ids: list('source ids (see sources.json), one per citation'),
    locators: list('where in each source, in the same order as source_ids'),
    source_lines: list('seed line range of each citation (empty for web sources), in the same order'),
    original_titles: { type: 'string', description: 'official titles in the original language(s), as a JSON array of {lang, text}' },
    in_force: date('date of entry into force, where a source gives it'),
    status_as_of: date('date of the source that states the status (given for acts in force)'),
    poa: list('Programme of Action paragraphs the act answers (e.g. 43, 13-c)'),
    seed_claims: { type: 'string', description: 'what a seed document states differently from the official record, as a JSON array of {source, lines, locator, field, value, note}' },
    title_ru: { type: 'string', description: 'title in Russian: the official Russian title where the country publishes one, otherwise our translation' },
    title_ru_origin: { type: 'string', description: 'official (published by the country) or site-translation (ours)', enum: ['official', 'site-translation'] },
    summary_ru: { type: 'string', description: 'our Russian translation of the summary' },
  },
  'legislation.csv': {
    topic: { type: 'string', description: 'legislative topic', required: true },
    state: { type: 'string', description: 'found: an act in force whose status a dated source states; found-unverified: an act exists but no source read states it is in force; none-found: a recorded search found none; unknown: not established', enum: ['found', 'found-unverified', 'none-found', 'unknown'], required: true },
    state_label: { type: 'string', description: 'the state as the legislation matrix shows it', required: true },
    acts: list('ids of the acts in force (see laws.csv)'),
    unverified_acts: list('ids of acts on the topic whose status no source read states'),
    ended_at_unknown_date: list('ids of acts replaced or repealed at a date no source gives'),
    drafts: list('ids of draft acts pending'),
    search_date: date('date of the search behind a none-found cell'),
    search_record: { type: 'string', description: 'address of the record of that search (queries, databases consulted, result)' },
    at: date('the date of the matrix'),
  },
  'countries.csv': {
    id: { type: 'string', description: 'ISO 3166-1 alpha-3 code', required: true },
    slug: { type: 'string', description: 'the country page is /countries/<slug>/', required: true },
    name: { type: 'string', description: 'short name', required: true },
    official_name: { type: 'string', description: 'official name' },
    region: { type: 'string', description: 'region used to group the countries', enum: ['south-caucasus', 'central-asia', 'western-cis', 'russian-federation'], required: true },
    name_ru: { type: 'string', description: 'short name in Russian (its source is in /data/collections/countries.json, field nameRu)' },
    name_ru_origin: { type: 'string', description: 'where name_ru comes from: authentic, official (published by the State or body concerned) or site-translation (ours)', enum: ['authentic', 'official', 'site-translation'] },
    official_name_ru: { type: 'string', description: 'official name in Russian' },
    official_name_ru_origin: { type: 'string', description: 'where official_name_ru comes from (as name_ru_origin)', enum: ['authentic', 'official', 'site-translation'] },
  },
  'treaties.csv': {
    id: { type: 'string', description: 'treaty id (the treaty page is /treaties/<id>/)', required: true },
    short_name: { type: 'string', description: 'short name', required: true },
    title: { type: 'string', description: 'full title', required: true },
    family: { type: 'string', description: 'family of treaties (matrix column group)', required: true },
    adopted: date('date adopted'),
    entry_into_force: date('date of entry into force'),
    depositary: { type: 'string', description: 'the depositary' },
    depositary_ref: { type: 'string', description: "the depositary's reference, e.g. UNTC V-2" },
    title_ru: { type: 'string', description: 'title in Russian' },
    title_ru_origin: { type: 'string', description: 'where title_ru comes from: authentic (Russian is an authentic language of the treaty), official (a Russian version published by the depositary organisation or a State party) or site-translation (ours)', enum: ['authentic', 'official', 'site-translation'] },
    title_ru_source: { type: 'string', description: 'id of the source that publishes title_ru (see sources.json); empty for our translation' },
    short_name_ru: { type: 'string', description: 'short name in Russian used in the matrices (ours)' },
  },
  'status-*.csv': {
    at: date('the date of the status'),
    country_name: { type: 'string', description: 'name of the country', required: true },
    treaty_name: { type: 'string', description: 'short name of the treaty', required: true },
    state: { type: 'string', description: 'party status at the date', enum: ['party', 'signed', 'not-party', 'denounced', 'ceased', 'unknown', 'not-open', 'not-adopted'], required: true },
    state_label: { type: 'string', description: 'the status as the matrix shows it', required: true },
    deciding_action: { type: 'string', description: 'the act that decides the status (empty when there is none)' },
    deciding_date: date('date of the deciding act'),
    deciding_effective: date('date the deciding act took effect, where recorded'),
    as_of: date("date up to which the record's evidence reflects the depositary's record"),
    as_last_recorded: { type: 'boolean', description: 'true when the date is later than as_of: the status is as last recorded', required: true },
    stale: { type: 'boolean', description: 'true when the evidence is more than five years older than the date', required: true },
    declarations: { type: 'integer', description: 'number of reservations, declarations and objections made by the date (listed in ratifications.csv)', required: true },
  },
};

/** Keys of the tables that have them (checked against the data by the tests). */
const toCountry = { fields: ['country'], reference: { resource: 'countries', fields: ['id'] } };
const toTreaty = { fields: ['treaty'], reference: { resource: 'treaties', fields: ['id'] } };
const KEYS: Record<string, { primaryKey?: string[]; foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[] }> = {
  'countries.csv': { primaryKey: ['id'] },
  'treaties.csv': { primaryKey: ['id'] },
  'laws.csv': { primaryKey: ['id'], foreignKeys: [toCountry] },
  'legislation.csv': { primaryKey: ['country', 'topic'], foreignKeys: [toCountry] },
  'ratifications.csv': { foreignKeys: [toCountry, toTreaty] },
  'status-*.csv': { primaryKey: ['country', 'treaty'], foreignKeys: [toCountry, toTreaty] },
};

function tableKey(file: string): string {
  return /^status-/.test(file) ? 'status-*.csv' : file;
}

/** The column's spec: by file name, then (for /data/collections/) from the content schema, then shared. */
export function fieldSpec(file: string, column: string, path: string = file): FieldSpec | undefined {
  return COLUMNS[tableKey(file)]?.[column] ?? collectionFieldSpec(path, column) ?? COLUMNS['*']?.[column];
}

interface JsonSchemaNode {
  type?: string;
  pattern?: string;
  enum?: string[];
  items?: JsonSchemaNode;
  properties?: Record<string, JsonSchemaNode>;
  anyOf?: JsonSchemaNode[];
  oneOf?: JsonSchemaNode[];
}

/** The JSON Schema pattern of an ISO date at its source's precision (src/schemas/common.ts). */
const ISO_DATE_PATTERN = '^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$';

let collectionProperties: Map<string, Record<string, JsonSchemaNode>> | undefined;

/** Top-level fields of each collection, from the JSON Schemas generated from the zod schemas. */
function propertiesOf(collection: string): Record<string, JsonSchemaNode> | undefined {
  collectionProperties ??= new Map(
    schemaTargets().map((t) => {
      const root = t.schema as JsonSchemaNode;
      const node = root.type === 'array' ? root.items : root;
      const variants = node?.properties ? [node] : [...(node?.oneOf ?? []), ...(node?.anyOf ?? [])];
      return [t.name, Object.assign({}, ...variants.map((v) => v.properties ?? {})) as Record<string, JsonSchemaNode>];
    }),
  );
  return collectionProperties.get(collection);
}

/**
 * A column of /data/collections/<name>.csv: one field of the content entries, written in the
 * CSV format of src/lib/csv.ts. Its shape comes from the content schema; the schema file is named.
 */
function collectionFieldSpec(file: string, column: string): FieldSpec | undefined {
  const match = /^collections\/(.+)\.csv$/.exec(file);
  const collection = match ? COLLECTION_NAMES[match[1] as keyof typeof COLLECTION_NAMES] : undefined;
  const wrappedKey = (COLLECTIONS as readonly CollectionSpec[]).some((c) => c.name === collection && c.shape === 'wrapped' && c.key === column);
  const node = collection ? (propertiesOf(collection)?.[column] ?? (wrappedKey ? { type: 'array' } : undefined)) : undefined;
  if (!collection || !node) return undefined;
  const where = `field "${column}" of content ${collection} (definition: docs/schemas/${collection}.schema.json)`;
  if (node.type === 'array' && node.items?.type === 'string') return { type: 'string', description: `${where}; a list, items joined by " | " with "\\" and "|" escaped` };
  if (node.type === 'array' || node.type === 'object' || !node.type) return { type: 'string', description: `${where}; structured, written as JSON` };
  if (node.type === 'string' && node.pattern === ISO_DATE_PATTERN) return { type: 'string', partialDate: true, description: `${where}; a date at the precision of its source (YYYY, YYYY-MM or YYYY-MM-DD)` };
  if (node.type === 'string' && node.enum) return { type: 'string', enum: node.enum, description: `${where}; one of ${node.enum.join(', ')}` };
  return { type: 'string', description: `${where}; ${node.type === 'string' ? 'text' : `a ${node.type}, written as text`}` };
}

/** The Table Schema of a CSV with this header. */
export function tableSchema(file: string, header: readonly string[], path: string = file) {
  const keys = KEYS[tableKey(file)] ?? {};
  return {
    fields: header.map((name) => {
      const spec = fieldSpec(file, name, path);
      if (!spec) return { name, type: 'string', description: 'not documented' };
      const constraints = {
        ...(spec.required || keys.primaryKey?.includes(name) ? { required: true } : {}),
        ...(spec.partialDate ? { pattern: PARTIAL_DATE_PATTERN } : {}),
        ...(spec.enum ? { enum: [...spec.enum] } : {}),
      };
      return {
        name,
        type: spec.type,
        description: spec.description,
        ...(spec.type === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
        ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
      };
    }),
    missingValues: [''],
    ...(keys.primaryKey ? { primaryKey: keys.primaryKey } : {}),
    ...(keys.foreignKeys ? { foreignKeys: keys.foreignKeys } : {}),
  };
}

/** A resource name from a file path: lower case, [a-z0-9._-]. */
export function resourceName(path: string): string {
  return path.toLowerCase().replace(/[^a-z0-9._-]+/g, '-');
}

export interface BuiltFile {
  /** Path under /data/, e.g. "laws.csv" or "collections/laws.csv". */
  path: string;
  /** The CSV header (CSV files only). */
  header?: string[];
  bytes: number;
}

export function dataPackage(files: readonly BuiltFile[], options: { site: string | undefined; title: string; updated?: string | undefined }) {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'cis-migration-law-observatory',
    title: `${options.title}: data`,
    description:
      'Treaty actions, national legal acts, the 1996 Programme of Action and the 2004 Chair\'s Conclusions for the twelve CIS countries, with the source of every record. Dates are at the precision of their source. CSV files are UTF-8 without a byte-order mark, comma-separated, CRLF line ends, RFC 4180 quoting.',
    ...(options.site ? { homepage: `${options.site}/data/`, id: `${options.site}/data/datapackage.json` } : {}),
    ...(options.updated ? { created: `${options.updated}T00:00:00Z` } : {}),
    licenses: [{ name: CONTENT_LICENCE.name, path: CONTENT_LICENCE.path, title: CONTENT_LICENCE.title }],
    sources: [
      { title: 'The five source documents of the CIS Conference process (see sources.json): ' + SOURCE_DOCUMENTS_TERMS },
      { title: 'Depositary records and official legal databases, each cited with its address and the date read (see sources.json)' },
    ],
    resources: files.map((f) => {
      const csv = f.path.endsWith('.csv');
      return {
        name: resourceName(f.path.replace(/\.(csv|json)$/, '')) + (csv ? '' : '-json'),
        path: f.path,
        format: csv ? 'csv' : 'json',
        mediatype: csv ? 'text/csv' : 'application/json',
        encoding: 'utf-8',
        bytes: f.bytes,
        ...(csv
          ? {
              type: 'table',
              dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
              schema: tableSchema(f.path.split('/').at(-1)!, f.header ?? [], f.path),
            }
          : {}),
      };
    }),
  };
}
