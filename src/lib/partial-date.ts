/**
 * Partial dates: the one notion of a date at the precision a source gives it, "1993",
 * "1993-07" or "1993-07-06". Schemas, the content check and the derivations all use this module;
 * nothing else compares date strings.
 *
 * A partial date names a period (a year, a month or a day). Two periods are ordered only when one
 * ends before the other starts: "1985" and "1985-12-19" overlap, so neither is before the other,
 * and a year-only ratification after a signature in the same year is accepted. Where a status must
 * not be claimed before it is certain, an act dated "1993" counts as done by a day only once the
 * whole year has passed (`happenedBy`).
 */

export type Precision = 'year' | 'month' | 'day';

/** The three accepted shapes: YYYY, YYYY-MM, YYYY-MM-DD. */
export const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** No act, law or treaty in this knowledge base is dated before this year (catches typos like "0993"). */
export const MIN_YEAR = 1900;

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
  precision: Precision;
  /** The date as written. */
  text: string;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses a partial date; undefined when it has the wrong shape or names no real calendar day/month. */
export function parsePartialDate(value: string): PartialDate | undefined {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year, precision: 'year', text: value };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month, precision: 'month', text: value };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day, precision: 'day', text: value };
}

/** True when a YYYY, YYYY-MM or YYYY-MM-DD string names a real calendar period. */
export function isPartialDate(value: string): boolean {
  return parsePartialDate(value) !== undefined;
}

/** Kept for existing callers: same as isPartialDate. */
export const isRealIsoDate = isPartialDate;

function parseOrThrow(value: string): PartialDate {
  const parsed = parsePartialDate(value);
  if (!parsed) throw new Error(`not a partial date (YYYY, YYYY-MM or YYYY-MM-DD): "${value}"`);
  return parsed;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function precisionOf(value: string): Precision {
  return parseOrThrow(value).precision;
}

/** First day of the period: "1993" -> "1993-01-01", "1993-02" -> "1993-02-01". */
export function startOfPeriod(value: string): string {
  const d = parseOrThrow(value);
  return `${pad(d.year, 4)}-${pad(d.month ?? 1)}-${pad(d.day ?? 1)}`;
}

/** Last day of the period: "1993" -> "1993-12-31", "1993-02" -> "1993-02-28". */
export function endOfPeriod(value: string): string {
  const d = parseOrThrow(value);
  const month = d.month ?? 12;
  return `${pad(d.year, 4)}-${pad(month)}-${pad(d.day ?? daysInMonth(d.year, month))}`;
}

/**
 * How two partial dates are ordered: "before" / "after" when one period ends before the other
 * starts, "same" when they name the same period, "overlap" when one contains the other
 * ("1985" and "1985-12-19"), so their order is unknown.
 */
export type Ordering = 'before' | 'after' | 'same' | 'overlap';

export function comparePartialDates(a: string, b: string): Ordering {
  if (endOfPeriod(a) < startOfPeriod(b)) return 'before';
  if (startOfPeriod(a) > endOfPeriod(b)) return 'after';
  return startOfPeriod(a) === startOfPeriod(b) && endOfPeriod(a) === endOfPeriod(b) ? 'same' : 'overlap';
}

/** True only when `a` is certainly earlier than `b` (the whole period of a ends before b starts). */
export function isBefore(a: string, b: string): boolean {
  return comparePartialDates(a, b) === 'before';
}

/** True only when `a` is certainly later than `b`. */
export function isAfter(a: string, b: string): boolean {
  return comparePartialDates(a, b) === 'after';
}

/**
 * Total order for sorting lists: by the start of the period, then coarser before finer
 * ("1993" before "1993-01" before "1993-01-01"). Use for display order, never to decide a fact.
 */
export function sortPartialDates(a: string, b: string): number {
  const sa = startOfPeriod(a);
  const sb = startOfPeriod(b);
  if (sa !== sb) return sa < sb ? -1 : 1;
  return a.length - b.length;
}

/** True when something dated `date` had certainly happened by the day `at` (a full or partial date). */
export function happenedBy(date: string, at: string): boolean {
  return endOfPeriod(date) <= endOfPeriod(at);
}

/** True when the period may have started by `limit` (not certainly after it): used for "not in the future". */
export function notAfter(date: string, limit: string): boolean {
  return !isAfter(date, limit);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "1993-07-06" -> "6 July 1993"; "1993-07" -> "July 1993"; "1993" -> "1993". */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (m === undefined) return y ?? date;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d === undefined ? `${month} ${y}` : `${Number(d)} ${month} ${y}`;
}
