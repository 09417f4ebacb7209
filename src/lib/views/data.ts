/**
 * The downloads page (/data/): the files it lists, each with what it holds in the page's language.
 * The data files themselves are language-neutral (one address serves both sites).
 */
import type { I18n } from '../../i18n/index.ts';
import { LIST_SEPARATOR, NEUTRALISED } from '../csv.ts';
import { fill } from './status-words.ts';

/** The counts and dates the descriptions mention. */
export interface DownloadFacts {
  treaties: number;
  laws: number;
  /** The build date (status-current.csv holds the matrix on that date). */
  today: string;
  /** The matrix snapshots with a status-at-<date>.csv each. */
  snapshots: readonly { slug: string; date: string }[];
}

export interface Download {
  file: string;
  /** What the file holds; text between backticks is code (see `codeSegments`). */
  what: string;
  format: 'text/csv' | 'application/json';
}

/** Every download of /data/, in the order the page lists them, described in the language of `i18n`. */
export function downloadList(facts: DownloadFacts, { t, r, date }: Pick<I18n, 't' | 'r' | 'date'>): Download[] {
  const f = t.data.files;
  const rows: [string, string][] = [
    ['ratifications.csv', f.ratificationsCsv],
    ['ratifications.json', f.ratificationsJson],
    ['treaties.json', f.treatiesJson(facts.treaties)],
    ['assertions.json', f.assertionsJson],
    ['laws.csv', f.lawsCsv(facts.laws)],
    ['laws.json', f.lawsJson],
    ['legislation.csv', f.legislationCsv],
    ['legislation.json', f.legislationJson],
    ['countries.json', f.countriesJson],
    ['poa.json', f.poaJson],
    ['conclusions-2004.json', f.conclusionsJson],
    ['sources.json', f.sourcesJson],
    ['countries.csv', f.countriesCsv],
    ['treaties.csv', f.treatiesCsv],
    ['status-current.csv', f.statusCurrent(date(facts.today))],
    ...facts.snapshots.map((s): [string, string] => [
      `status-at-${s.date}.csv`,
      // A year ("2000") or a month ("2004-05") stands for the end of that period.
      f.statusAt(s.slug, date(s.date), r.matrixSnapshot(s.slug), s.date.length < 10),
    ]),
    ['datapackage.json', f.datapackage],
  ];
  return rows.map(([file, what]) => ({ file, what, format: file.endsWith('.csv') ? 'text/csv' : 'application/json' }));
}

/** Text with code between backticks, as alternating pieces: "a `b` c" → a, <code>b</code>, c. */
export function codeSegments(text: string): { text: string; code: boolean }[] {
  return text
    .split('`')
    .map((piece, i) => ({ text: piece, code: i % 2 === 1 }))
    .filter((s) => s.text !== '');
}

/** The same text without the code marks, for plain-text uses (JSON-LD). */
export function plainText(text: string): string {
  return text.replaceAll('`', '');
}

/**
 * The rules of the CSV format as the page states them: each rule's lead term (written between **
 * in the dictionary) apart, and the format's own values (the list separator, the pattern of a
 * neutralised cell) taken from the CSV writer, so the page cannot drift from it.
 */
export function csvFormatRules({ t }: Pick<I18n, 't'>): { term: string; text: string }[] {
  return Object.entries(t.data.csvRules).map(([key, rule]) => {
    const lead = /^\*\*([^*]+)\*\*(.*)$/s.exec(rule);
    if (!lead) throw new Error(`The CSV rule "${key}" in the dictionary must start with its term between **, e.g. "**Lists** …".`);
    return { term: lead[1]!, text: fill(lead[2]!, { separator: LIST_SEPARATOR, neutralised: NEUTRALISED.source }) };
  });
}
