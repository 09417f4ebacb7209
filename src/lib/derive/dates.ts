/**
 * Date helpers for the derivations: the partial-date module re-exported under its old address,
 * so there is one notion of a partial date (see src/lib/partial-date.ts).
 */
export * from '../partial-date.ts';

/** True for a complete, real calendar day written "YYYY-MM-DD" (what the matrix address accepts). */
export function isFullIsoDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}
