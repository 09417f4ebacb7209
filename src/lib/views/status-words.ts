/**
 * A party status in words, in the page's language: the state, the deciding act and its date, the
 * evidence date. The words are plain templates ("signed {date}") from the dictionary's `matrix.words`,
 * so the same object is written into the matrix page as JSON and used by the browser script: server
 * and browser say a cell the same way, in the same language. Client-safe: no content or zod imports.
 */
import type { Lang } from '../routes.ts';
import { capitalise, formatDate, plural, type PluralForms } from '../../i18n/format.ts';
import type { DeclarationKind, TreatyAction } from '../../schemas/ratification.ts';
import type { CellEvidence, PartyState, Status } from '../derive/status.ts';
import { takesEffect } from '../derive/status.ts';

/** Every string a status is said with, as JSON-safe templates: `{name}` is replaced, `#` in plural forms is the number. */
export interface StatusWords {
  lang: Lang;
  states: Record<PartyState, string>;
  /** Actions in running text ("accession"). */
  actions: Record<TreatyAction, string>;
  /** A cessation as a heading or list label ("Ceased to be party"); every other action's label is its word capitalised ("Accession"). */
  cessationLabel: string;
  notVerified: string;
  closedTo: string;
  closedDefault: string;
  adoptedOn: string;
  notYetAdopted: string;
  noActRecorded: string;
  noActByDate: string;
  signedOn: string;
  successionEffective: string;
  ceasedOn: string;
  actOn: string;
  asLastRecorded: string;
  staleEvidence: string;
  declarationsRecorded: PluralForms;
  evidenceNotRecorded: string;
  asRecorded: string;
  staleSuffix: string;
  declarationKinds: Record<DeclarationKind, string>;
  /** "article" / "articles" before a list of articles (no number). */
  articles: PluralForms;
}

/**
 * "{date}" → value; unknown names stay as written, so a slip shows rather than vanishing. A value
 * ending in a full stop ("6 июля 1993 г.") takes the place of a full stop that follows it.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  let out = '';
  for (const [i, piece] of template.split(/\{(\w+)\}/).entries()) {
    if (i % 2 === 1) out += piece in values ? String(values[piece]) : `{${piece}}`;
    else out += out.endsWith('.') && piece.startsWith('.') && i > 0 ? piece.slice(1) : piece;
  }
  return out;
}

/** The status functions for one language. */
export function statusText(words: StatusWords) {
  const date = (value: string) => formatDate(value, words.lang);
  const asOfWords = (status: Status) => (status.behind && status.asOf ? fill(words.asLastRecorded, { date: date(status.asOf) }) : '');
  return {
    words,
    date,
    label: (state: PartyState) => words.states[state],
    /** An act as a heading or list label: "Accession", "Ceased to be party". */
    actionLabel: (action: TreatyAction) => (action === 'cessation' ? words.cessationLabel : capitalise(words.actions[action], words.lang)),
    /** The second line of a matrix cell: the deciding act and its date, or why there is none. */
    detail(status: Status, adopted?: string | null): string {
      const e = status.decidingEvent;
      if (status.state === 'unknown') return words.notVerified;
      if (status.state === 'not-open') return fill(words.closedTo, { basis: status.basis ?? words.closedDefault });
      if (status.state === 'not-adopted') return adopted ? fill(words.adoptedOn, { date: date(adopted) }) : words.notYetAdopted;
      if (!e) return status.explicitNone ? words.noActRecorded : words.noActByDate;
      if (status.state === 'signed') return fill(words.signedOn, { date: date(e.date) });
      // A succession counts from the date of succession when that precedes the deposit.
      if (e.action === 'succession' && e.effective && e.effective < e.date) return fill(words.successionEffective, { effective: date(e.effective), date: date(e.date) });
      if (e.action === 'cessation') return fill(words.ceasedOn, { date: date(takesEffect(e)) });
      return fill(words.actOn, { action: words.actions[e.action], date: date(e.date) });
    },
    /** "as last recorded …" when the date shown is later than the evidence; "" otherwise. */
    asOfWords,
    /** Evidence date, stale flag and declarations of a cell, with the words its accessible name adds. */
    evidence(status: Status): CellEvidence {
      const parts: string[] = [];
      if (status.stale && status.asOf) parts.push(fill(words.staleEvidence, { date: date(status.asOf) }));
      else if (status.behind && status.asOf) parts.push(asOfWords(status));
      const n = status.declarations.length;
      if (n > 0) parts.push(plural(words.lang, n, words.declarationsRecorded));
      return { asOf: status.asOf ?? '', stale: status.stale, declarations: n, words: parts.join('; ') };
    },
    /** The evidence line under a status on the country and treaty pages. */
    evidenceLine(status: Status): string {
      if (status.state === 'unknown') return '';
      if (!status.asOf) return words.evidenceNotRecorded;
      if (!status.behind) return fill(words.asRecorded, { date: date(status.asOf) });
      return `${asOfWords(status)}${status.stale ? words.staleSuffix : ''}`;
    },
    /** "Territorial declaration (article 40(1))", "Reservation (articles 17, 24)". */
    declarationHeading(declaration: { kind: DeclarationKind; articles: readonly string[] }): string {
      const a = declaration.articles;
      const articles = a.length === 0 ? '' : ` (${plural(words.lang, a.length, words.articles)} ${a.join(', ')})`;
      return `${words.declarationKinds[declaration.kind]}${articles}`;
    },
  };
}
export type StatusText = ReturnType<typeof statusText>;
