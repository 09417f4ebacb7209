/**
 * Legislation gap matrix: for each country and topic, the acts in force at a date, or "none
 * found" (a database covering the country lists none) or "unknown" (not established). These
 * three are different claims and are never merged.
 */
import { LAW_TOPICS, type CountryId, type LawTopic } from '../../schemas/common.ts';
import type { Law } from '../../schemas/law.ts';
import type { LawCoverage } from '../../schemas/law-coverage.ts';
import { happenedBy } from '../derive/dates.ts';

export type LegislationState = 'found' | 'none-found' | 'unknown';

export interface LegislationCell {
  country: CountryId;
  topic: LawTopic;
  state: LegislationState;
  /** Acts adopted by the date and not known to have ended by it (drafts excluded). */
  acts: Law[];
  /** Drafts pending at the date (shown, but not counted as law). */
  drafts: Law[];
  /** Acts known to have been replaced or repealed, at a date no source gives (not counted as in force). */
  endedAtUnknownDate: Law[];
  note?: string;
}

/** True when a source says the act was replaced or repealed but no source dates the end. */
export function endedAtUnknownDate(law: Law, laws: ReadonlyMap<string, Law>): boolean {
  if (law.status !== 'replaced' && law.status !== 'repealed') return false;
  if (law.ended) return false;
  return !law.replacedBy.some((id) => laws.get(id)?.adopted !== undefined);
}

/**
 * Is the act part of the law at `at`? Adopted by then (or undated), not ended or replaced before
 * it. An act replaced at an unknown date is never counted: we cannot say when it stopped.
 */
export function actInForceAt(law: Law, at: string, laws: ReadonlyMap<string, Law>): boolean {
  if (law.status === 'draft' || law.kind === 'draft-law') return false;
  if (endedAtUnknownDate(law, laws)) return false;
  if (law.adopted && !happenedBy(law.adopted, at)) return false;
  if (law.ended && happenedBy(law.ended, at)) return false;
  for (const id of law.replacedBy) {
    const successor = laws.get(id);
    if (successor?.adopted && happenedBy(successor.adopted, at)) return false;
  }
  return true;
}

export function legislationCell(
  country: CountryId,
  topic: LawTopic,
  at: string,
  laws: readonly Law[],
  lawById: ReadonlyMap<string, Law>,
  coverage: LawCoverage | undefined,
): LegislationCell {
  const onTopic = laws.filter((l) => l.country === country && l.topics.includes(topic));
  const acts = onTopic.filter((l) => actInForceAt(l, at, lawById));
  const drafts = onTopic.filter((l) => (l.status === 'draft' || l.kind === 'draft-law') && (!l.adopted || happenedBy(l.adopted, at)));
  const endedUnknown = onTopic.filter((l) => endedAtUnknownDate(l, lawById) && (!l.adopted || happenedBy(l.adopted, at)));
  const recorded = coverage?.topics.find((t) => t.topic === topic);
  if (acts.length > 0) return { country, topic, state: 'found', acts, drafts, endedAtUnknownDate: endedUnknown };
  // No act in force at this date: only an explicit search outcome makes it "none found".
  const state: LegislationState = recorded?.outcome === 'none-found' ? 'none-found' : 'unknown';
  const cell: LegislationCell = { country, topic, state, acts, drafts, endedAtUnknownDate: endedUnknown };
  const note = recorded?.note ?? (onTopic.length > 0 ? 'Acts on this topic are recorded, but none is known to be in force at this date.' : undefined);
  if (note) cell.note = note;
  return cell;
}

export function legislationMatrix(
  countries: readonly CountryId[],
  at: string,
  laws: readonly Law[],
  lawById: ReadonlyMap<string, Law>,
  coverage: ReadonlyMap<CountryId, LawCoverage>,
): LegislationCell[][] {
  return countries.map((c) => LAW_TOPICS.map((t) => legislationCell(c, t, at, laws, lawById, coverage.get(c))));
}

/** Pre-rendered dates of the legislation matrix: the dates of the source documents. */
export const LEGISLATION_SNAPSHOTS = [
  { slug: '2000', at: '2000-12-31', label: 'end of 2000 (the assessment report)' },
  { slug: '2004', at: '2004-05-28', label: '28 May 2004 (Minsk review)' },
  { slug: '2011', at: '2011-03-15', label: '15 March 2011 (the UNHCR paper)' },
] as const;
