/**
 * Date helpers for ISO strings at mixed precision ("1993", "1993-07", "1993-07-06").
 * A partial date is a period; to avoid claiming a status before it is certain, an act dated only
 * "1993" counts as done by a given day only once the whole period has passed.
 */

/** Last day of the period a partial ISO date names: "1993" -> "1993-12-31", "1993-02" -> "1993-02-28". */
export function endOfPeriod(date: string): string {
  const [y, m, d] = date.split('-');
  if (d !== undefined) return date;
  if (m !== undefined) {
    const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return `${y}-${m}-${String(last).padStart(2, '0')}`;
  }
  return `${y}-12-31`;
}

/** True when something dated `date` had certainly happened by the day `at` (a full or partial date). */
export function happenedBy(date: string, at: string): boolean {
  return endOfPeriod(date) <= endOfPeriod(at);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "1993-07-06" -> "6 July 1993"; "1993-07" -> "July 1993"; "1993" -> "1993". */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (m === undefined) return y ?? date;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d === undefined ? `${month} ${y}` : `${Number(d)} ${month} ${y}`;
}
