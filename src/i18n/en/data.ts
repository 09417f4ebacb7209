/**
 * The downloads page (/data/). Text between backticks is code (file names, column names, values):
 * the page shows it in <code>, untranslated in every language.
 */
export const data = {
  title: 'Data downloads',
  description: 'The knowledge base as CSV and JSON, with provenance.',
  /** The Dataset description in the page's JSON-LD. */
  datasetDescription: 'Treaty actions, national legal acts, the Programme of Action and the 2004 conclusions of the twelve CIS countries as CSV and JSON, with provenance and sources.',
  heading: 'Data downloads',
  lead: 'Everything on the site is generated from plain content files; these downloads are generated from the same files at every build, never edited by hand. Each JSON file opens with a `provenance` block (when and from what it was generated); each record names its sources.',
  filesCaption: 'Files',
  fileColumn: 'File',
  whatColumn: 'What it holds',
  files: {
    ratificationsCsv: 'One row per treaty act: country (ISO3), treaty, depositary reference, action, date, date of effect, note, source ids, locators, addresses, as of (the date up to which the evidence reflects the depositary: a status for a later date is as last recorded then), basis (of a cessation, or the provision closing the treaty to the country), declarations (a JSON array of reservations, declarations and objections with their articles, summary and sources). Countries with no act have one row with action "none" (the depositary lists no act), "unknown" (not verified) or "not-open" (the treaty\'s own terms close it to the country; basis names the provision).',
    ratificationsJson: 'The same rows as JSON, with field documentation and provenance.',
    treatiesJson: (count: number) => `The ${count} treaties: titles, dates, depositary references, summaries, names used in the sources, notes, the PoA paragraphs and 2004 conclusions naming them, sources.`,
    assertionsJson: 'What the 2000, 2004 and 2011 documents state about party status, each statement with its locator and its agreement with the records at the document\'s date.',
    lawsCsv: (count: number) =>
      `The ${count} national acts: country, title, kind, number, date, status, topics, treaties, history, sources with addresses; then title variants, end date, amended acts, summary, note, date verified, the source ids, locators and seed lines in separate columns, and the official titles, entry into force, the date of the source stating the status, PoA paragraphs and what the seed documents state differently. Last, the title in Russian with its origin and the summary in Russian.`,
    lawsJson: 'The same acts as JSON, with every field of the content files.',
    legislationCsv: 'The legislation gap matrix today, one row per country and topic: in force (a dated source states the status), act found with status not verified, none found (with the date and address of the search record) or unknown, with the ids of the acts behind each.',
    legislationJson: 'The same matrix as JSON, with each none-found search record in full (date, databases consulted, queries, result).',
    countriesJson: 'The twelve countries: ISO3 id, slug, names and spellings used in the sources (with their citations), institutions, page address.',
    poaJson: 'Every paragraph of the Programme of Action: number, chapter, section, subsection, text, subparagraphs, categories, treaties, linked 2004 conclusions.',
    conclusionsJson: "Every paragraph of the 2004 Chair's Conclusions: id, heading, text, PoA links with reasons, the 2005 SG report paragraph.",
    sourcesJson: 'Every source cited: seed documents and public sources with their addresses and the date read.',
    countriesCsv: 'The twelve countries as a table: ISO3 id, slug, name, official name, region, page address (the reference table for the country columns of the other CSV files). Then the names in Russian with their origin.',
    treatiesCsv: 'The treaties as a table: id, short name, title, family, dates, depositary and its reference, page address (the reference table for the treaty columns). Then the title in Russian with its origin and source, and the short name in Russian.',
    statusCurrent: (date: string) => `The treaty matrix on ${date} (the build date, as the gap matrix shows it): one row per country and treaty with the status, the deciding act, the evidence date and whether the status is as last recorded.`,
    /** `endOfPeriod`: the snapshot's date is a year or a month, read as its end. */
    statusAt: (slug: string, date: string, page: string, endOfPeriod: boolean) =>
      `The treaty matrix at the date of the ${slug} snapshot (${date}${endOfPeriod ? ', i.e. at the end of that period' : ''}), as on the page ${page}.`,
    datapackage: 'A Frictionless Data Package describing every file above: for each CSV its Table Schema (columns, types, date formats, keys), the licence and the sources.',
  },
  stable: 'The addresses of these files are stable; new fields and columns may be added, existing ones are never renamed. Dates are ISO 8601 strings at the precision of their source ("1993", "1993-07" or "1993-07-06").',
  russianHeading: 'Titles and names in Russian',
  russianLead: 'Three tables have Russian columns after the English ones:',
  russianColumns: {
    countries: '`countries.csv`: `name_ru` and `official_name_ru`, the short and the official name in Russian, with their origin in `name_ru_origin` and `official_name_ru_origin`; the sources of the Russian names are in `collections/countries.json` (fields `nameRu` and `officialNameRu`).',
    treaties: '`treaties.csv`: `title_ru`, the title in Russian, with its origin in `title_ru_origin` and, unless it is our translation, the id of the source that publishes it in `title_ru_source` (see `sources.json`); `short_name_ru`, the short name in Russian used in the matrices (ours).',
    laws: '`laws.csv`: `title_ru`, the official Russian title where the country publishes one, otherwise our translation of the English title, with its origin in `title_ru_origin` (`official` or `site-translation`); `summary_ru`, our Russian translation of the summary. The official titles in every original language are in `original_titles`.',
  },
  originsLead: 'The origin columns say what a Russian text is:',
  origins: {
    authentic: '`authentic`: Russian is an authentic language of the instrument (United Nations treaties, CIS agreements); the Russian title is part of the authentic text.',
    official: "`official`: a Russian version published by the depositary, the organisation or the State concerned (for example a Council of Europe or ILO Russian translation, or a country's official Russian-language text of its law), cited to that publication.",
    siteTranslation: '`site-translation`: our own translation, with no official standing; the Russian pages mark it as ours.',
  },
  russianNote: 'An empty cell means that no Russian text has been recorded yet. Summaries, notes and reasons in Russian (`summary_ru`, and in the JSON files `summaryRu`, `noteRu` and the like) are always our translations; the seed documents are not translated.',
  collectionsHeading: 'Every collection, every field',
  collectionsLead: 'The files above are shaped for use. The files below hold every entry of every content collection with every field, exactly as in the content files (with defaults filled in), so nothing is lost: the JSON keeps lists as lists; the CSV has one row per entry and one column per field. Each JSON file lists its `columns` with how the CSV encodes them.',
  csvHeading: 'The CSV format',
  /**
   * The rules of the CSV format, keyed so that every language states every rule. Each is one
   * sentence, its lead term between ** (shown in bold): a translator words the whole rule, with no
   * fragment glued to another.
   */
  csvRules: {
    layout: '**Layout**: UTF-8, comma-separated, one header row, lines ending in CR LF (RFC 4180). A cell holding a comma, a double quote or a line break is wrapped in double quotes, and a double quote inside it is doubled.',
    lists: '**Lists** (several values in one cell, e.g. topics, source ids): the items are joined by `{separator}` (space, vertical bar, space). Inside an item, a backslash is written `\\\\` and a vertical bar `\\|`, so an item that itself contains `{separator}` survives. An empty cell is an empty list. In the per-source columns (`source`, `locator`, `address`, …) the n-th items belong together.',
    structuredValues: '**Structured values** (lists of records, nested fields) are written as JSON text in the cell; the `columns` list of the matching JSON file marks those columns `json`, the others `text`, `number`, `boolean` or `list`. An empty cell means the field is absent.',
    formulas: "**Formulas are neutralised**: a spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return as a formula. Following the OWASP advice on CSV injection, such a cell is written with a single quote in front (`'=…`), which spreadsheets show as text. Plain numbers such as `-5` are left as they are. To keep this reversible, a cell that already starts with single quotes followed by one of those characters gets one more quote; a program reading the files removes exactly one leading quote from any cell matching `{neutralised}`.",
  },
};
