/**
 * The CSV format of every /data/*.csv file, in one place, with its inverse (so a test can prove
 * that content -> CSV -> content gives back the same content). Documented for readers on /data/.
 *
 * - RFC 4180: comma-separated, CRLF line ends, UTF-8; a cell holding a comma, a double quote, CR or
 *   LF is wrapped in double quotes, with inner double quotes doubled.
 * - Lists of texts in one cell: items joined by " | ". Inside an item a backslash is written "\\"
 *   and a vertical bar "\|", so an item may itself contain " | ". An empty cell is an empty list.
 * - Structured values (lists of records, nested fields) are written as JSON in the cell; such
 *   columns are marked "json" in the column documentation of each file.
 * - Formula neutralising (OWASP "CSV injection"): a cell whose text starts with = + - @, a tab or a
 *   carriage return would be run as a formula by a spreadsheet. Such a cell is written with a
 *   single quote in front ('=…), which spreadsheets show as text. Plain numbers such as -5 are
 *   left alone (they are not formulas). To stay reversible, a cell that already starts with one
 *   or more single quotes followed by one of those characters gets one more quote. Reading
 *   removes exactly one leading quote from a cell matching ^'+[=+\-@\t\r].
 */

/** Between the items of a list cell. */
export const LIST_SEPARATOR = ' | ';
/** A cell written with a quote in front so that no spreadsheet runs it as a formula: reading removes one quote. */
export const NEUTRALISED = /^'+[=+\-@\t\r]/;

const TRIGGER = /^'*[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** Makes a cell safe to open in a spreadsheet (see the module comment); reversible with `restoreCell`. */
export function neutraliseCell(text: string): string {
  return TRIGGER.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** Inverse of `neutraliseCell`. */
export function restoreCell(text: string): string {
  return NEUTRALISED.test(text) ? text.slice(1) : text;
}

/** Joins texts into one cell: " | " between items, "\" and "|" inside an item escaped with "\". */
export function encodeList(items: readonly string[]): string {
  return items.map((item) => item.replace(/\\/g, '\\\\').replace(/\|/g, '\\|')).join(LIST_SEPARATOR);
}

/** Inverse of `encodeList`. */
export function decodeList(cell: string): string[] {
  if (cell === '') return [];
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const ch = cell[i]!;
    if (ch === '\\' && i + 1 < cell.length) {
      current += cell[i + 1];
      i++;
    } else if (cell.startsWith(LIST_SEPARATOR, i)) {
      items.push(current);
      current = '';
      i += LIST_SEPARATOR.length - 1;
    } else {
      current += ch;
    }
  }
  items.push(current);
  return items;
}

function quoteField(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Writes rows of cell texts as CSV (header first), neutralising every cell. */
export function writeCsv(header: readonly string[], rows: readonly (readonly (string | null | undefined)[])[]): string {
  const line = (cells: readonly (string | null | undefined)[]) => cells.map((c) => quoteField(neutraliseCell(c ?? ''))).join(',');
  return [line(header), ...rows.map(line)].join('\r\n') + '\r\n';
}

/** Parses RFC 4180 CSV into rows of raw cells (no neutralising undone). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Parses a CSV written by `writeCsv`: header and rows with every cell restored. */
export function readCsv(text: string): { header: string[]; rows: string[][] } {
  const [header = [], ...rows] = parseCsv(text).map((r) => r.map(restoreCell));
  return { header, rows };
}

/** How a column's cells encode a field's value. */
export type ColumnKind = 'text' | 'number' | 'boolean' | 'list' | 'json';

export interface Column {
  /** The field name (top-level field of the entry). */
  name: string;
  kind: ColumnKind;
  /** For lists: some entries lack the field, so an empty cell means "absent" (never an empty list). */
  optional?: boolean;
}

/**
 * Chooses, from the values present, the simplest lossless encoding for each top-level field of a
 * collection's entries. An empty cell means "absent"; where that would be ambiguous (an empty text,
 * an empty list next to absent values, a null) the column falls back to JSON.
 */
export function inferColumns(entries: readonly Record<string, unknown>[]): Column[] {
  const names: string[] = [];
  for (const e of entries) for (const k of Object.keys(e)) if (!names.includes(k)) names.push(k);
  return names.map((name) => {
    const present = entries.filter((e) => Object.hasOwn(e, name) && e[name] !== undefined).map((e) => e[name]);
    const someAbsent = present.length < entries.length;
    const every = (test: (v: unknown) => boolean) => present.length > 0 && present.every(test);
    if (every((v) => typeof v === 'string' && v !== '')) return { name, kind: 'text' };
    if (every((v) => typeof v === 'number' && Number.isFinite(v))) return { name, kind: 'number' };
    if (every((v) => typeof v === 'boolean')) return { name, kind: 'boolean' };
    if (every((v) => Array.isArray(v) && v.every((x) => typeof x === 'string' && x !== '') && (!someAbsent || v.length > 0))) {
      return someAbsent ? { name, kind: 'list', optional: true } : { name, kind: 'list' };
    }
    return { name, kind: 'json' };
  });
}

export function encodeCell(value: unknown, kind: ColumnKind): string {
  if (value === undefined) return '';
  switch (kind) {
    case 'text':
      return String(value);
    case 'number':
    case 'boolean':
      return String(value);
    case 'list':
      return encodeList(value as string[]);
    case 'json':
      return JSON.stringify(value);
  }
}

export function decodeCell(cell: string, kind: ColumnKind, optional = false): unknown {
  if (cell === '' && (kind !== 'list' || optional)) return undefined;
  switch (kind) {
    case 'text':
      return cell;
    case 'number':
      return Number(cell);
    case 'boolean':
      return cell === 'true';
    case 'list':
      return decodeList(cell);
    case 'json':
      return JSON.parse(cell) as unknown;
  }
}

/** One row per entry, one column per top-level field (see `inferColumns`). */
export function entriesToCsv(entries: readonly Record<string, unknown>[], columns = inferColumns(entries)): string {
  return writeCsv(
    columns.map((c) => c.name),
    entries.map((e) => columns.map((c) => encodeCell(e[c.name], c.kind))),
  );
}

/** Inverse of `entriesToCsv`, given the same columns. */
export function entriesFromCsv(text: string, columns: readonly Column[]): Record<string, unknown>[] {
  const { header, rows } = readCsv(text);
  if (header.join(',') !== columns.map((c) => c.name).join(',')) throw new Error(`unexpected CSV header: ${header.join(',')}`);
  return rows.map((cells) => {
    const entry: Record<string, unknown> = {};
    columns.forEach((c, i) => {
      const value = decodeCell(cells[i] ?? '', c.kind, c.optional);
      if (value !== undefined) entry[c.name] = value;
    });
    return entry;
  });
}
