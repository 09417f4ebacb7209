/**
 * "Cite this": one citable item per PoA paragraph and subparagraph, 2004 conclusion, treaty, law
 * and country page, written as a visible citation in OSCOLA style (Oxford University Standard
 * for the Citation of Legal Authorities, 4th edition) and as BibTeX, RIS and CSL-JSON files.
 *
 * Without a site address (SITE_URL unset) no absolute address exists: the visible citation and
 * the files leave the URL out and say where the page is on the site in a note, rather than
 * printing a root-relative path that would lead nowhere on paper or in a reference manager.
 */
import { formatDate } from './derive/dates.ts';

export type CiteType = 'document' | 'treaty' | 'legislation' | 'webpage';

export interface CiteItem {
  /** Citation key: ASCII letters, digits and hyphens. */
  key: string;
  type: CiteType;
  /** Title of the cited document (or page). */
  title: string;
  /** Pinpoint within the document in OSCOLA form, e.g. "para 13(c)". */
  pinpoint?: string;
  /** Issuing body (corporate author): conference, meeting, State, depositary, or this site. */
  issuer: string;
  /** Date of the document at its source's precision: YYYY, YYYY-MM or YYYY-MM-DD. */
  date?: string;
  /** Words before the date in the OSCOLA parenthesis, e.g. "adopted". */
  dateLabel?: string;
  /** Further dated facts in the OSCOLA parenthesis, e.g. "entered into force 22 April 1954". */
  dateExtra?: string;
  /** UN document symbol, only where the document or a source read states it. */
  symbol?: string;
  /** Official number of a legal act, or a depositary's reference. */
  number?: string;
  /** Country whose act it is (legislation). */
  jurisdiction?: string;
  /** Root-relative permanent address on this site, e.g. "/poa/#para-13-c". */
  path: string;
  /** Absolute permanent address, when the site address is set. */
  url?: string;
  /** Name of this knowledge base (the publisher of the page). */
  siteName: string;
}

/** Where the three files of an item are: `<base>cite.bib` etc., or `<base>cite-<part>.bib`. */
export interface CiteFiles {
  bib: string;
  ris: string;
  json: string;
}

export const CITE_FORMATS = [
  { ext: 'bib', label: 'BibTeX', type: 'application/x-bibtex; charset=utf-8' },
  { ext: 'ris', label: 'RIS', type: 'application/x-research-info-systems; charset=utf-8' },
  { ext: 'json', label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
] as const;
export type CiteExt = (typeof CITE_FORMATS)[number]['ext'];

export function citeFiles(dir: string, part?: string): CiteFiles {
  const stem = `${dir}${part ? `cite-${part}` : 'cite'}`;
  return { bib: `${stem}.bib`, ris: `${stem}.ris`, json: `${stem}.json` };
}

function dateParts(date: string | undefined): number[] | undefined {
  if (!date) return undefined;
  return date.split('-').map(Number);
}

/** Note saying where the item is on the site when there is no absolute address. */
function addressNote(item: CiteItem): string | undefined {
  return item.url ? undefined : `${item.siteName}, page ${item.path} (the site's public address was not configured for this build)`;
}

/** The visible citation, OSCOLA style. Quotes are typographic; the URL in angle brackets. */
export function oscola(item: CiteItem): string {
  const date = item.date ? formatDate(item.date) : undefined;
  const parenthesis = [item.type === 'legislation' ? item.jurisdiction : undefined, date ? `${item.dateLabel ? `${item.dateLabel} ` : ''}${date}` : undefined, item.dateExtra]
    .filter(Boolean)
    .join(', ');
  let text: string;
  switch (item.type) {
    case 'treaty':
      text = `${item.title}${parenthesis ? ` (${parenthesis})` : ''}${item.number ? ` ${item.number}` : ''}`;
      break;
    case 'legislation':
      text = `${item.title}${item.number ? ` No ${item.number}` : ''}${parenthesis ? ` (${parenthesis})` : ''}`;
      break;
    case 'webpage':
      text = `${item.issuer}, ‘${item.title}’${parenthesis ? ` (${parenthesis})` : ''}`;
      break;
    default:
      text = `${item.issuer}, ‘${item.title}’${parenthesis ? ` (${parenthesis})` : ''}${item.symbol ? ` UN Doc ${item.symbol}` : ''}${item.pinpoint ? ` ${item.pinpoint}` : ''}`;
  }
  return item.url ? `${text} <${item.url}>` : text;
}

/** Title with the pinpoint, for the file formats (which cite the paragraph as an item). */
function fullTitle(item: CiteItem): string {
  return item.pinpoint ? `${item.title}, ${item.pinpoint}` : item.title;
}

/** Escapes a BibTeX field value (LaTeX special characters); braces keep the case as written. */
function bibEscape(value: string): string {
  return value.replace(/\\/g, '\\textbackslash{}').replace(/([&%$#_{}])/g, '\\$1').replace(/~/g, '\\textasciitilde{}').replace(/\^/g, '\\textasciicircum{}');
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function bibtex(item: CiteItem): string {
  const parts = dateParts(item.date);
  // A treaty has no author: its issuing body here is the depositary, written as the publisher.
  const fields: [string, string][] = [
    // Double braces: a corporate name is one name, never split at its commas into "Last, First".
    [item.type === 'treaty' ? 'publisher' : 'author', `{{${bibEscape(item.issuer)}}}`],
    ['title', `{${bibEscape(fullTitle(item))}}`],
  ];
  if (parts?.[0]) fields.push(['year', String(parts[0])]);
  if (parts?.[1]) fields.push(['month', MONTHS[parts[1] - 1]!]);
  if (item.date) fields.push(['date', `{${item.date}}`]);
  if (item.number) fields.push(['number', `{${bibEscape(item.number)}}`]);
  if (item.symbol) fields.push(['note', `{UN Doc ${bibEscape(item.symbol)}}`]);
  if (item.jurisdiction) fields.push(['address', `{${bibEscape(item.jurisdiction)}}`]);
  if (item.url) {
    fields.push(['url', `{${item.url.replace(/[{}]/g, encodeURIComponent)}}`]);
    fields.push(['howpublished', `{\\url{${item.url.replace(/[{}]/g, encodeURIComponent)}}}`]);
  }
  const note = addressNote(item);
  if (note && !item.symbol) fields.push(['note', `{${bibEscape(note)}}`]);
  fields.push(['organization', `{${bibEscape(item.siteName)}}`]);
  const body = fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n');
  return `@misc{${item.key},\n${body}\n}\n`;
}

const RIS_TYPES: Record<CiteType, string> = { document: 'GOVDOC', treaty: 'LEGAL', legislation: 'STAT', webpage: 'ELEC' };

/** RIS: "TAG  - value" lines ending in CRLF, from TY to ER. */
export function ris(item: CiteItem): string {
  const lines: [string, string][] = [['TY', RIS_TYPES[item.type]]];
  lines.push(['TI', fullTitle(item)]);
  // Tags mean different things per RIS type: a statute's or treaty's issuing body is its
  // publisher (PB; reference managers drop AU for STAT), M1 is a statute's number but an
  // electronic source's access date, so the number of a treaty goes into a note.
  lines.push([item.type === 'treaty' || item.type === 'legislation' ? 'PB' : 'AU', item.issuer]);
  const parts = dateParts(item.date);
  if (parts?.[0]) lines.push(['PY', String(parts[0])]);
  if (item.date) lines.push(['DA', `${parts![0]}/${parts![1] ? String(parts![1]).padStart(2, '0') : ''}/${parts![2] ? String(parts![2]).padStart(2, '0') : ''}/`]);
  if (item.number && item.type === 'legislation') lines.push(['M1', item.number]);
  if (item.number && item.type !== 'legislation') lines.push(['N1', `Reference: ${item.number}`]);
  if (item.symbol) lines.push(['CN', `UN Doc ${item.symbol}`]);
  if (item.jurisdiction) lines.push(['CY', item.jurisdiction]);
  if (item.url) lines.push(['UR', item.url]);
  const note = addressNote(item);
  if (note) lines.push(['N1', note]);
  lines.push(['DB', item.siteName]);
  lines.push(['ID', item.key]);
  lines.push(['ER', '']);
  return lines.map(([tag, value]) => `${tag}  - ${value.replace(/\s*[\r\n]+\s*/g, ' ')}`.trimEnd() + (tag === 'ER' ? ' ' : '')).join('\r\n') + '\r\n';
}

const CSL_TYPES: Record<CiteType, string> = { document: 'document', treaty: 'treaty', legislation: 'legislation', webpage: 'webpage' };

/** CSL-JSON: an array holding one item (the form reference managers import). */
export function cslJson(item: CiteItem): Record<string, unknown>[] {
  const parts = dateParts(item.date);
  const note = addressNote(item);
  return [
    {
      id: item.key,
      type: CSL_TYPES[item.type],
      title: fullTitle(item),
      ...(item.type === 'treaty' ? { publisher: item.issuer } : { author: [{ literal: item.issuer }] }),
      ...(item.type === 'legislation' ? { authority: item.issuer } : {}),
      ...(parts ? { issued: { 'date-parts': [parts] } } : {}),
      ...(item.number ? { number: item.number } : {}),
      ...(item.symbol ? { 'call-number': item.symbol } : {}),
      ...(item.jurisdiction ? { jurisdiction: item.jurisdiction } : {}),
      ...(item.url ? { URL: item.url } : {}),
      ...(note ? { note } : {}),
      'container-title': item.siteName,
    },
  ];
}

export function renderCite(item: CiteItem, ext: CiteExt): string {
  if (ext === 'bib') return bibtex(item);
  if (ext === 'ris') return ris(item);
  return JSON.stringify(cslJson(item), null, 1) + '\n';
}
