/** Gap matrices: countries × treaties at a date, and the difference between two dates. */
import type { CountryId } from '../../schemas/common.ts';
import type { RatificationFile } from '../../schemas/ratification.ts';
import { cellStatus, type PartyState, type Status } from './status.ts';

export interface MatrixCell {
  country: CountryId;
  treaty: string;
  status: Status;
}

export interface Matrix {
  at: string;
  countries: CountryId[];
  treaties: string[];
  /** cells[countryIndex][treatyIndex] */
  cells: MatrixCell[][];
}

export function buildMatrix(
  at: string,
  countries: readonly CountryId[],
  treaties: readonly string[],
  records: ReadonlyMap<string, RatificationFile>,
  /** Adoption date of each treaty: earlier dates give "not yet adopted". */
  adopted: (treaty: string) => string | undefined | null = () => undefined,
): Matrix {
  const cells = countries.map((country) =>
    treaties.map((treaty) => {
      const record = records.get(treaty)?.countries.find((row) => row.country === country);
      return { country, treaty, status: cellStatus(record, at, adopted(treaty)) };
    }),
  );
  return { at, countries: [...countries], treaties: [...treaties], cells };
}

export interface MatrixChange {
  country: CountryId;
  treaty: string;
  from: PartyState;
  to: PartyState;
}

/** Cells whose state differs between two matrices over the same rows and columns. */
export function diffMatrices(before: Matrix, after: Matrix): MatrixChange[] {
  const changes: MatrixChange[] = [];
  before.cells.forEach((row, i) =>
    row.forEach((cell, j) => {
      const later = after.cells[i]?.[j];
      if (later && later.status.state !== cell.status.state) {
        changes.push({ country: cell.country, treaty: cell.treaty, from: cell.status.state, to: later.status.state });
      }
    }),
  );
  return changes;
}

/** Counts per state, for summaries ("8 of 12 countries are party"). */
export function countStates(cells: readonly MatrixCell[]): Record<PartyState, number> {
  const counts: Record<PartyState, number> = { party: 0, signed: 0, 'not-party': 0, denounced: 0, ceased: 0, unknown: 0, 'not-open': 0, 'not-adopted': 0 };
  for (const cell of cells) counts[cell.status.state]++;
  return counts;
}

/** A cell whose status could not be verified, with the recorded reason. */
export interface UnverifiedCell {
  country: CountryId;
  treaty: string;
  reason: string;
}

/**
 * The cells of a matrix still marked "unknown", treaty by treaty, so readers and maintainers
 * can see exactly what is missing rather than infer it from the colours.
 */
export function unverifiedCells(matrix: Matrix): UnverifiedCell[] {
  const byTreaty = matrix.treaties.flatMap((_, t) => matrix.cells.map((row) => row[t]!));
  return byTreaty
    .filter((cell) => cell.status.state === 'unknown')
    .map((cell) => ({ country: cell.country, treaty: cell.treaty, reason: cell.status.reason ?? 'No reason was recorded.' }));
}
