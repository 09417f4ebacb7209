/**
 * Party status of a country to a treaty at a date, derived from the dated acts the depositary
 * records. Nothing here is stored: the matrix, the country profile and the data downloads all
 * call these functions.
 */
import type { CountryRecord, TreatyAction, TreatyEvent } from '../../schemas/ratification.ts';
import { formatDate, happenedBy } from './dates.ts';

/** Acts by which a State expresses consent to be bound. */
export const BINDING_ACTIONS: readonly TreatyAction[] = ['ratification', 'accession', 'succession', 'acceptance', 'approval'];
export const LEAVING_ACTIONS: readonly TreatyAction[] = ['denunciation', 'withdrawal'];

export type PartyState = 'party' | 'signed' | 'not-party' | 'denounced' | 'unknown';

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
}

export const STATE_LABELS: Record<PartyState, string> = {
  party: 'Party',
  signed: 'Signed only',
  'not-party': 'Not party',
  denounced: 'Denounced',
  unknown: 'Unknown',
};

/** Status at the day `at` (ISO, any precision). */
export function statusAt(record: CountryRecord | undefined, at: string): Status {
  if (!record) return { state: 'unknown', reason: 'No record has been entered for this country.' };
  if (record.unknown !== undefined) return { state: 'unknown', reason: record.unknown };
  const past = record.events.filter((event) => happenedBy(event.date, at));
  const signature = past.find((e) => e.action === 'signature');
  let state: PartyState = 'not-party';
  let deciding: TreatyEvent | undefined;
  for (const event of past) {
    if (BINDING_ACTIONS.includes(event.action)) {
      state = 'party';
      deciding = event;
    } else if (LEAVING_ACTIONS.includes(event.action)) {
      // A denunciation takes effect on its date of effect where the depositary gives one.
      if (!event.effective || happenedBy(event.effective, at)) {
        state = 'denounced';
        deciding = event;
      }
    } else if (event.action === 'signature' && state === 'not-party') {
      state = 'signed';
      deciding = event;
    }
  }
  const status: Status = { state };
  if (deciding) status.decidingEvent = deciding;
  if (signature && deciding !== signature) status.signature = signature;
  if (state === 'not-party' && record.none) {
    status.explicitNone = true;
    if (record.none.note) status.reason = record.none.note;
  }
  return status;
}

/** The second line of a matrix cell: the deciding act and its date, or why there is none. */
export function cellDetail(status: Status): string {
  const e = status.decidingEvent;
  if (status.state === 'unknown') return 'not verified';
  if (!e) return status.explicitNone ? 'no act recorded by the depositary' : 'no act by this date';
  return status.state === 'signed' ? `signed ${formatDate(e.date)}` : `${e.action}, ${formatDate(e.date)}`;
}
