/**
 * Legislation gap matrix: for each country and topic at a date, one of four claims, never merged:
 * - "found": an act is in force at the date, and a source states its status (statusAsOf, or a
 *   dated replacement that ends it later);
 * - "found-unverified": an act on the topic exists at the date, but no source read states that it
 *   is (still) in force: it is listed, never counted as law in force;
 * - "none-found": a recorded search of a database covering the country listed no act;
 * - "unknown": neither has been established.
 */
import { LAW_TOPICS, type CountryId, type LawTopic } from '../../schemas/common.ts';
import { IN_FORCE_STATUSES, type Law } from '../../schemas/law.ts';
import type { LawCoverage, LawSearch } from '../../schemas/law-coverage.ts';
import { happenedBy } from './dates.ts';

export const LEGISLATION_STATES = ['found', 'found-unverified', 'none-found', 'unknown'] as const;
export type LegislationState = (typeof LEGISLATION_STATES)[number];

export interface LegislationCell {
  country: CountryId;
  topic: LawTopic;
  state: LegislationState;
  /** Acts in force at the date whose status a source states. */
  acts: Law[];
  /** Acts on the topic that exist at the date but whose status no source read states. */
  unverified: Law[];
  /** Drafts pending at the date (shown, but not counted as law). */
  drafts: Law[];
  /** Acts known to have been replaced or repealed, at a date no source gives (not counted as in force). */
  endedAtUnknownDate: Law[];
  /** For "none-found": the search that found nothing. */
  search?: LawSearch;
  note?: string;
}

/** True when a source says the act was replaced or repealed but no source dates the end. */
export function endedAtUnknownDate(law: Law, laws: ReadonlyMap<string, Law>): boolean {
  if (law.status !== 'replaced' && law.status !== 'repealed') return false;
  if (law.ended) return false;
  return !law.replacedBy.some((id) => { const successor = laws.get(id); return successor !== undefined && takesEffect(successor) !== undefined; });
}

/**
 * True when a source states the act's status: in force (the schema requires statusAsOf for it), or
 * replaced/repealed (so it was law until then). "unknown" and "draft" are not verified.
 */
export function statusVerified(law: Law): boolean {
  return (VERIFIED_STATUSES as readonly string[]).includes(law.status);
}
const VERIFIED_STATUSES = [...IN_FORCE_STATUSES, 'replaced', 'repealed'] as const;

/** The date an act took effect: its entry into force where a source gives it, else its adoption. */
export function takesEffect(law: Law): string | undefined {
  return law.inForce ?? law.adopted;
}

/**
 * Did the act exist as law at `at`? In force by then (entry into force, or adoption where no source
 * gives it; undated acts count), and not ended before it: the recorded end date when there is one,
 * else the date its successor took effect. An act replaced at an unknown date is never counted:
 * we cannot say when it stopped. Whether its status is verified is a separate question.
 */
export function actInForceAt(law: Law, at: string, laws: ReadonlyMap<string, Law>): boolean {
  if (law.status === 'draft' || law.kind === 'draft-law') return false;
  if (endedAtUnknownDate(law, laws)) return false;
  const start = takesEffect(law);
  if (start && !happenedBy(start, at)) return false;
  if (law.ended) return !happenedBy(law.ended, at);
  for (const id of law.replacedBy) {
    const successorStart = laws.get(id) && takesEffect(laws.get(id)!);
    if (successorStart && happenedBy(successorStart, at)) return false;
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
  const existing = onTopic.filter((l) => actInForceAt(l, at, lawById));
  const acts = existing.filter(statusVerified);
  const unverified = existing.filter((l) => !statusVerified(l));
  const drafts = onTopic.filter((l) => (l.status === 'draft' || l.kind === 'draft-law') && (!l.adopted || happenedBy(l.adopted, at)));
  const endedUnknown = onTopic.filter((l) => endedAtUnknownDate(l, lawById) && (!l.adopted || happenedBy(l.adopted, at)));
  const recorded = coverage?.topics.find((t) => t.topic === topic);
  const base = { country, topic, acts, unverified, drafts, endedAtUnknownDate: endedUnknown };
  if (acts.length > 0) return { ...base, state: 'found' };
  if (unverified.length > 0) return { ...base, state: 'found-unverified', note: 'An act on this topic is recorded, but no source read states that it is in force.' };
  // No act at this date: only an explicit, recorded search makes it "none found".
  if (recorded?.outcome === 'none-found' && recorded.search) return { ...base, state: 'none-found', search: recorded.search, ...(recorded.note ? { note: recorded.note } : {}) };
  const note = recorded?.note ?? (onTopic.length > 0 ? 'Acts on this topic are recorded, but none is known to be in force at this date.' : undefined);
  return { ...base, state: 'unknown', ...(note ? { note } : {}) };
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

export interface LawTimelineEntry {
  /** Date at the source's precision; undefined when the source gives none (listed last). */
  date?: string;
  kind: 'adopted' | 'in-force' | 'amended' | 'amends' | 'replaced' | 'replaces' | 'ended' | 'status';
  /** Another act involved (the amending, replacing or replaced act). */
  other?: Law;
}

/**
 * The act's history as dated steps: adoption, entry into force, acts amending it, the act
 * replacing it, the end of its force, and the date its current status was last stated.
 * Steps without a date in any source are kept, after the dated ones, never given a guessed date.
 */
export function lawTimeline(law: Law, laws: readonly Law[], lawById: ReadonlyMap<string, Law>): LawTimelineEntry[] {
  const entries: LawTimelineEntry[] = [];
  if (law.adopted) entries.push({ date: law.adopted, kind: 'adopted' });
  if (law.inForce) entries.push({ date: law.inForce, kind: 'in-force' });
  for (const id of law.replaces) {
    const other = lawById.get(id);
    const start = takesEffect(law);
    if (other) entries.push({ ...(start ? { date: start } : {}), kind: 'replaces', other });
  }
  for (const id of law.amends) {
    const other = lawById.get(id);
    if (other) entries.push({ ...(law.adopted ? { date: law.adopted } : {}), kind: 'amends', other });
  }
  for (const other of laws.filter((l) => l.amends.includes(law.id))) entries.push({ ...(other.adopted ? { date: other.adopted } : {}), kind: 'amended', other });
  for (const id of law.replacedBy) {
    const other = lawById.get(id);
    const successorStart = other && takesEffect(other);
    if (other) entries.push({ ...(successorStart ? { date: successorStart } : {}), kind: 'replaced', other });
  }
  if (law.ended) entries.push({ date: law.ended, kind: 'ended' });
  if (law.statusAsOf) entries.push({ date: law.statusAsOf, kind: 'status' });
  const dated = entries.filter((e) => e.date !== undefined).sort((a, b) => a.date!.localeCompare(b.date!));
  return [...dated, ...entries.filter((e) => e.date === undefined)];
}
