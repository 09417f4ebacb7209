/**
 * One treaty-matrix cell, rendered in one place for the server (TreatyMatrix.astro) and the
 * browser (src/scripts/matrix.ts): its attributes and its inner HTML come from the functions
 * below, so a change to what a cell shows is made once. The words come from a StatusText in the
 * page's language (src/lib/views/status-words.ts). Client-safe: no content or zod imports.
 *
 * A compact cell shows a symbol (which reads without colour) and the year of the deciding act;
 * the full status, the act and its date, the country and the treaty are in the link's text
 * (its accessible name), shown in the detailed view and, on phones, next to the symbol.
 */
import { DECLARATIONS_MARK, STALE_MARK, type CellEvidence, type PartyState, type Status } from '../derive/status.ts';
import { routes } from '../routes.ts';
import type { StatusText } from './status-words.ts';

/** Symbols that tell the states apart without colour; the legend explains each. */
export const STATE_SYMBOLS: Record<PartyState, string> = {
  party: '●',
  signed: '◐',
  'not-party': '○',
  denounced: '✕',
  ceased: '⊗',
  unknown: '?',
  'not-open': '⊘',
  'not-adopted': '–',
};

/** The order of the states in the legend (their words are in the dictionary's matrix.legendText). */
export const LEGEND_STATES: readonly PartyState[] = ['party', 'signed', 'not-party', 'denounced', 'ceased', 'not-open', 'not-adopted', 'unknown'];

export interface CellInput {
  country: string;
  countryName: string;
  treaty: string;
  treatyName: string;
  family: string;
  status: Status;
  /** The treaty's adoption date (the detail of a "not yet adopted" cell names it). */
  adopted?: string | null;
  /** Language of the country and treaty names when it is not the page's (an English name on a Russian page). */
  countryLang?: string;
  treatyLang?: string;
}

export interface CellParts extends CellInput {
  state: PartyState;
  symbol: string;
  year: string;
  label: string;
  detail: string;
  href: string;
  /** Evidence date, stale flag and declarations (data-as-of, data-stale and the marks). */
  evidence: CellEvidence;
}

export function cellParts(input: CellInput, text: StatusText): CellParts {
  const { status } = input;
  const e = status.decidingEvent;
  const year = e && (status.state === 'party' || status.state === 'signed' || status.state === 'denounced' || status.state === 'ceased') ? e.date.slice(0, 4) : '';
  return {
    ...input,
    state: status.state,
    symbol: STATE_SYMBOLS[status.state],
    year,
    label: text.label(status.state),
    detail: text.detail(status, input.adopted),
    href: routes(text.words.lang).treatyCountry(input.treaty, input.country),
    evidence: text.evidence(status),
  };
}

/** The attributes of the cell's <td>. */
export function cellAttributes(parts: CellParts): Record<string, string> {
  const attributes: Record<string, string> = {
    class: `cell cell-${parts.state}`,
    'data-family': parts.family,
    'data-treaty': parts.treaty,
    'data-country': parts.country,
    'data-state': parts.state,
    'data-as-of': parts.evidence.asOf,
  };
  if (parts.evidence.stale) attributes['data-stale'] = '';
  return attributes;
}

/** Attributes cellAttributes may leave out, to be removed when a cell is re-rendered. */
export const OPTIONAL_CELL_ATTRIBUTES = ['data-stale'] as const;

const langOf = (lang: string | undefined) => (lang ? ` lang="${escapeHtml(lang)}"` : '');

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The cell's content: one link whose text is the full statement ("Party, accession, 6 July 1993:
 * Kazakhstan, ICCPR"); the symbol and year are visual shorthand, hidden from assistive technology.
 */
export function cellInnerHtml(parts: CellParts): string {
  const h = escapeHtml;
  return (
    `<a href="${h(parts.href)}" class="cell-link">` +
    `<span class="sym" aria-hidden="true">${h(parts.symbol)}</span>` +
    `<span class="yr" aria-hidden="true">${h(parts.year)}</span>` +
    `<span class="cell-marks" aria-hidden="true">${parts.evidence.stale ? `<span class="mark-stale">${STALE_MARK}</span>` : ''}${parts.evidence.declarations > 0 ? `<span class="mark-declarations">${DECLARATIONS_MARK}</span>` : ''}</span>` +
    `<span class="full"><span class="state">${h(parts.label)}</span><span class="sep">, </span><span class="cell-detail">${h(parts.detail)}</span></span>` +
    `<span class="where"><span class="where-sep">: </span><span class="where-country"${langOf(parts.countryLang)}>${h(parts.countryName)}</span><span class="where-sep">, </span><span class="where-treaty"${langOf(parts.treatyLang)}>${h(parts.treatyName)}</span></span>` +
    `<span class="visually-hidden cell-evidence">${parts.evidence.words ? `; ${h(parts.evidence.words)}` : ''}</span>` +
    `</a>`
  );
}
