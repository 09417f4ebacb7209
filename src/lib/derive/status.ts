/**
 * Party status of a country to a treaty at a date, derived from the dated acts the depositary
 * records. Nothing here is stored: the matrix, the country profile and the data downloads all
 * call these functions.
 */
import type { CountryRecord, Declaration, TreatyAction, TreatyEvent } from '../../schemas/ratification.ts';
import { endOfPeriod, formatDate, happenedBy } from './dates.ts';

/** Acts by which a State expresses consent to be bound. */
export const BINDING_ACTIONS: readonly TreatyAction[] = ['ratification', 'accession', 'succession', 'acceptance', 'approval'];
/** Acts by which a State notifies that it leaves the treaty. */
export const LEAVING_ACTIONS: readonly TreatyAction[] = ['denunciation', 'withdrawal'];

export type PartyState = 'party' | 'signed' | 'not-party' | 'denounced' | 'ceased' | 'unknown' | 'not-open' | 'not-adopted';

/** Evidence older than this many years before the date shown is marked stale. */
export const STALE_AFTER_YEARS = 5;

/** A declaration with the act it was made with. */
export interface DeclarationOnAct {
  declaration: Declaration;
  event: TreatyEvent;
}

export interface Status {
  state: PartyState;
  /** The act that decides the state (the binding act, the signature, or the denunciation). */
  decidingEvent?: TreatyEvent;
  /** The signature, when a party also signed first. */
  signature?: TreatyEvent;
  /** Why the state is unknown, or the note on an explicit "none". */
  reason?: string;
  /** True when the record is an explicit "the depositary lists no act". */
  explicitNone?: boolean;
  /** Date up to which the record's evidence reflects the depositary (its asOf); absent when not recorded or unknown. */
  asOf?: string;
  /** True when the date shown is later than asOf: the status is as last recorded, not as verified on that date. */
  behind: boolean;
  /** True when asOf is more than five years before the date shown. */
  stale: boolean;
  /** Reservations, declarations and objections made by this date, with their acts. */
  declarations: DeclarationOnAct[];
  /** For "not-open": the treaty provision that closes it to this State (e.g. "Article 59(1)"). */
  basis?: string;
}

export const STATE_LABELS: Record<PartyState, string> = {
  party: 'Party',
  signed: 'Signed only',
  'not-party': 'Not party',
  denounced: 'Denounced',
  ceased: 'Ceased to be party',
  unknown: 'Unknown',
  'not-open': 'Not open to this State',
  'not-adopted': 'Not yet adopted',
};

/**
 * The day from which an act counts: a succession from its date of effect (the date of
 * succession, which may precede the deposit), a denunciation, withdrawal or cessation from its
 * date of effect where the depositary gives one; every other act from its own date.
 */
export function takesEffect(event: TreatyEvent): string {
  if (event.effective && (event.action === 'succession' || LEAVING_ACTIONS.includes(event.action) || event.action === 'cessation')) {
    return event.effective;
  }
  return event.date;
}

/** The same calendar day `years` years before a full or partial date (29 February becomes 28 February). */
export function yearsBefore(at: string, years: number): string {
  const [y, m, d] = endOfPeriod(at).split('-');
  const year = String(Number(y) - years).padStart(4, '0');
  const day = m === '02' && d === '29' ? '28' : d;
  return `${year}-${m}-${day}`;
}

/** True when evidence as at `asOf` is more than five years older than the day `at`. */
export function isStale(asOf: string | undefined, at: string): boolean {
  return asOf !== undefined && endOfPeriod(asOf) < yearsBefore(at, STALE_AFTER_YEARS);
}

/** True when the day `at` is later than the period `asOf` names (the status is carried forward from it). */
function isBehind(asOf: string | undefined, at: string): boolean {
  return asOf !== undefined && endOfPeriod(asOf) < endOfPeriod(at);
}

/** Status at the day `at` (ISO, any precision), with the date of its evidence and whether that is stale. */
export function statusAt(record: CountryRecord | undefined, at: string): Status {
  if (!record) return { state: 'unknown', reason: 'No record has been entered for this country.', behind: false, stale: false, declarations: [] };
  if (record.unknown !== undefined) return { state: 'unknown', reason: record.unknown, behind: false, stale: false, declarations: [] };
  if (record.notOpen) {
    const closed: Status = { state: 'not-open', reason: record.notOpen.note ?? record.notOpen.basis, basis: record.notOpen.basis, behind: isBehind(record.asOf, at), stale: isStale(record.asOf, at), declarations: [] };
    if (record.asOf !== undefined) closed.asOf = record.asOf;
    return closed;
  }
  // Acts in the order they took effect (a succession may take effect before acts deposited earlier).
  const past = record.events
    .map((event, index) => ({ event, index, from: takesEffect(event) }))
    .filter(({ from }) => happenedBy(from, at))
    .sort((a, b) => endOfPeriod(a.from).localeCompare(endOfPeriod(b.from)) || a.index - b.index)
    .map(({ event }) => event);
  const signature = past.find((e) => e.action === 'signature');
  let state: PartyState = 'not-party';
  let deciding: TreatyEvent | undefined;
  for (const event of past) {
    if (BINDING_ACTIONS.includes(event.action)) {
      state = 'party';
      deciding = event;
    } else if (LEAVING_ACTIONS.includes(event.action)) {
      state = 'denounced';
      deciding = event;
    } else if (event.action === 'cessation') {
      state = 'ceased';
      deciding = event;
    } else if (event.action === 'signature' && state === 'not-party') {
      state = 'signed';
      deciding = event;
    }
  }
  const declarations = record.events.flatMap((event) =>
    (event.declarations ?? [])
      .filter((declaration) => happenedBy(declaration.date ?? event.date, at))
      .map((declaration) => ({ declaration, event })),
  );
  const status: Status = { state, behind: isBehind(record.asOf, at), stale: isStale(record.asOf, at), declarations };
  if (record.asOf !== undefined) status.asOf = record.asOf;
  if (deciding) status.decidingEvent = deciding;
  if (signature && deciding !== signature) status.signature = signature;
  if (state === 'not-party' && record.none) {
    status.explicitNone = true;
    if (record.none.note) status.reason = record.none.note;
  }
  return status;
}

/** True when the whole period `at` lies before the treaty's adoption (partial dates compare at their precision). */
export function beforeAdoption(adopted: string | undefined | null, at: string): boolean {
  if (!adopted) return false;
  const n = Math.min(adopted.length, at.length);
  return at.slice(0, n) < adopted.slice(0, n);
}

/**
 * Status of a matrix cell: "not yet adopted" when the date is before the treaty's adoption,
 * otherwise the status the records give at that date.
 */
export function cellStatus(record: CountryRecord | undefined, at: string, adopted: string | undefined | null): Status {
  const status = statusAt(record, at);
  if (!beforeAdoption(adopted, at)) return status;
  // The record's evidence date still applies (it says how current the record is), not its acts.
  const notAdopted: Status = { state: 'not-adopted', reason: `The treaty was adopted on ${formatDate(adopted!)}.`, behind: status.behind, stale: status.stale, declarations: [] };
  if (status.asOf !== undefined) notAdopted.asOf = status.asOf;
  return notAdopted;
}

/** The second line of a matrix cell: the deciding act and its date, or why there is none. */
export function cellDetail(status: Status): string {
  const e = status.decidingEvent;
  if (status.state === 'unknown') return 'not verified';
  if (status.state === 'not-open') return `closed to it: ${status.basis ?? 'treaty provision'}`;
  if (status.state === 'not-adopted') return status.reason?.replace(/^The treaty was adopted on /, 'adopted ').replace(/\.$/, '') ?? 'not yet adopted';
  if (!e) return status.explicitNone ? 'no act recorded by the depositary' : 'no act by this date';
  if (status.state === 'signed') return `signed ${formatDate(e.date)}`;
  // A succession counts from the date of succession when that precedes the deposit.
  if (e.action === 'succession' && e.effective && e.effective < e.date) return `succession, effective ${formatDate(e.effective)} (deposited ${formatDate(e.date)})`;
  if (e.action === 'cessation') return `ceased to be party ${formatDate(takesEffect(e))}`;
  return `${e.action}, ${formatDate(e.date)}`;
}

/** "as last recorded 14 March 2015", for a status carried forward from older evidence; "" when current or undated. */
export function asOfWords(status: Status): string {
  return status.behind && status.asOf ? `as last recorded ${formatDate(status.asOf)}` : '';
}

/** What a matrix cell says about its evidence: the same on the server and in the browser. */
export interface CellEvidence {
  /** The evidence date for data-as-of ("" when not recorded or unknown). */
  asOf: string;
  stale: boolean;
  /** How many reservations, declarations or objections the cell has by the date shown. */
  declarations: number;
  /** Words for screen readers and the panel, e.g. "evidence older than five years: as last recorded 14 March 2015". */
  words: string;
}

export function cellEvidence(status: Status): CellEvidence {
  const parts: string[] = [];
  if (status.stale && status.asOf) parts.push(`evidence more than five years old: as last recorded ${formatDate(status.asOf)}`);
  else if (status.behind && status.asOf) parts.push(`as last recorded ${formatDate(status.asOf)}`);
  const n = status.declarations.length;
  if (n > 0) parts.push(`${n} ${n === 1 ? 'reservation, declaration or objection' : 'reservations, declarations or objections'} recorded`);
  return { asOf: status.asOf ?? '', stale: status.stale, declarations: n, words: parts.join('; ') };
}

export const DECLARATION_KIND_LABELS: Record<Declaration['kind'], string> = {
  reservation: 'Reservation',
  'interpretative-declaration': 'Interpretative declaration',
  'territorial-declaration': 'Territorial declaration',
  objection: 'Objection',
  'reservation-withdrawal': 'Withdrawal of a reservation',
};

/** "Territorial declaration (article 40(1))", "Reservation (articles 17, 24)". */
export function declarationHeading(declaration: Declaration): string {
  const a = declaration.articles;
  const articles = a.length === 0 ? '' : ` (${a.length === 1 ? 'article' : 'articles'} ${a.join(', ')})`;
  return `${DECLARATION_KIND_LABELS[declaration.kind]}${articles}`;
}

/** Marks shown in a matrix cell: the stale mark and the declarations mark, explained in the legend. */
export const STALE_MARK = '†';
export const DECLARATIONS_MARK = 'D';

/** The act's name for a list of acts: "Accession", "Ceased to be party". */
export function actionLabel(action: TreatyAction): string {
  return action === 'cessation' ? 'Ceased to be party' : `${action[0]?.toUpperCase()}${action.slice(1)}`;
}

/**
 * The evidence line under a status on country and treaty pages: "as last recorded 14 March 2015
 * (more than five years ago)", "evidence date not recorded", or "" for unknown cells.
 */
export function evidenceLine(status: Status): string {
  if (status.state === 'unknown') return '';
  if (!status.asOf) return 'evidence date not recorded';
  if (!status.behind) return `as recorded ${formatDate(status.asOf)}`;
  return `as last recorded ${formatDate(status.asOf)}${status.stale ? ' (more than five years ago: a later act may be missing)' : ''}`;
}
