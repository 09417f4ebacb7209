/**
 * Compares what a document states about party status (kept as assertions) with the status
 * derived from the depositary records at the document's date, and lists every disagreement.
 */
import type { Assertion, AssertionFile, CellAssertion, CountAssertion, StatedStatus } from '../../schemas/assertion.ts';
import { COUNTRY_IDS, type CountryId } from '../../schemas/common.ts';
import type { RatificationFile } from '../../schemas/ratification.ts';
import { statusAt, type PartyState } from './status.ts';

export type Agreement = 'agrees' | 'disagrees' | 'not-comparable';

export interface CellComparison {
  assertion: CellAssertion;
  /** Derived state (for a column covering several treaties: party if party to any). */
  derived: PartyState;
  agreement: Agreement;
  explanation: string;
}

export interface CountComparison {
  assertion: CountAssertion;
  /** Per treaty (or for "any of" the treaties), how many of the countries are party at the date. */
  derivedCount: number;
  total: number;
  unknownCount: number;
  agreement: Agreement;
  explanation: string;
}

function stateOf(records: ReadonlyMap<string, RatificationFile>, treaty: string, country: CountryId, at: string): PartyState {
  return statusAt(records.get(treaty)?.countries.find((r) => r.country === country), at).state;
}

/** Folds several treaties into one state: party if any is party (anyOf) or if all are (allOf). */
function combinedState(states: PartyState[], anyOf: boolean): PartyState {
  if (anyOf) {
    if (states.includes('party')) return 'party';
    if (states.includes('unknown')) return 'unknown';
    if (states.includes('signed')) return 'signed';
    if (states.includes('denounced')) return 'denounced';
    return states.includes('ceased') ? 'ceased' : 'not-party';
  }
  if (states.every((s) => s === 'party')) return 'party';
  if (states.includes('unknown')) return 'unknown';
  return 'not-party';
}

function matches(stated: StatedStatus, derived: PartyState): boolean {
  if (stated === 'party') return derived === 'party';
  if (stated === 'signed') return derived === 'signed';
  return derived === 'not-party' || derived === 'signed' || derived === 'denounced' || derived === 'ceased' || derived === 'not-open' || derived === 'not-adopted';
}

export function compareCell(assertion: CellAssertion, records: ReadonlyMap<string, RatificationFile>, at: string): CellComparison {
  const treaties = assertion.treaties ?? [assertion.treaty];
  const derived = combinedState(treaties.map((t) => stateOf(records, t, assertion.country, at)), assertion.anyOf ?? true);
  if (assertion.stated === 'unclear') {
    return { assertion, derived, agreement: 'not-comparable', explanation: 'The document is unclear here.' };
  }
  if (derived === 'unknown') {
    return { assertion, derived, agreement: 'not-comparable', explanation: 'The records do not establish the status at this date.' };
  }
  const agrees = matches(assertion.stated, derived);
  return {
    assertion,
    derived,
    agreement: agrees ? 'agrees' : 'disagrees',
    explanation: agrees ? 'The records agree.' : `The document states "${assertion.stated}"; the records give "${derived}" at ${at}.`,
  };
}

export function compareCount(assertion: CountAssertion, records: ReadonlyMap<string, RatificationFile>, at: string): CountComparison {
  const countries = assertion.countries === 'all' ? [...COUNTRY_IDS] : assertion.countries;
  const states = countries.map((c) => combinedState(assertion.treaties.map((t) => stateOf(records, t, c, at)), assertion.anyOf));
  const derivedCount = states.filter((s) => s === 'party').length;
  const unknownCount = states.filter((s) => s === 'unknown').length;
  const total = countries.length;
  let agreement: Agreement;
  let explanation: string;
  if (assertion.statedCount === null) {
    // The document only implies that not every country is party.
    agreement = derivedCount < total ? 'agrees' : unknownCount > 0 ? 'not-comparable' : 'disagrees';
    explanation = `The document implies that not all ${total} were party; the records give ${derivedCount} of ${total}${unknownCount ? ` (${unknownCount} unknown)` : ''}.`;
  } else if (derivedCount === assertion.statedCount) {
    agreement = 'agrees';
    explanation = `The records give ${derivedCount} of ${total}, as stated.`;
  } else if (unknownCount > 0 && derivedCount < assertion.statedCount && derivedCount + unknownCount >= assertion.statedCount) {
    agreement = 'not-comparable';
    explanation = `The records give ${derivedCount} of ${total} with ${unknownCount} unknown; the document states ${assertion.statedCount}.`;
  } else {
    agreement = 'disagrees';
    explanation = `The document states ${assertion.statedCount}; the records give ${derivedCount} of ${total}.`;
  }
  return { assertion, derivedCount, total, unknownCount, agreement, explanation };
}

export interface FileComparison {
  file: AssertionFile;
  cells: CellComparison[];
  counts: CountComparison[];
  disagreements: number;
}

export function compareAssertionFile(file: AssertionFile, records: ReadonlyMap<string, RatificationFile>): FileComparison {
  const cells: CellComparison[] = [];
  const counts: CountComparison[] = [];
  for (const a of file.assertions as Assertion[]) {
    if (a.kind === 'count') counts.push(compareCount(a, records, file.asOf));
    else cells.push(compareCell(a, records, file.asOf));
  }
  const disagreements = [...cells, ...counts].filter((c) => c.agreement === 'disagrees').length;
  return { file, cells, counts, disagreements };
}
