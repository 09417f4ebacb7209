/** How many of the twelve were party to a treaty at the end of each year from 1991 (independence) to today. */
import type { Model } from '../model.ts';
import { cellStatus } from '../derive/status.ts';

export interface PartiesPoint {
  year: number;
  /** The day counted: 31 December, or today for the current year. */
  at: string;
  party: number;
  /** Names of the countries that became party during the year (and of those that stopped being party). */
  joined: string[];
  left: string[];
}

export const CHART_FIRST_YEAR = 1991;

/** `nameOf` gives the country names listed as joining or leaving (English by default). */
export function partiesOverTime(model: Model, treatyId: string, today: string, nameOf: (country: Model['countryList'][number]) => string = (c) => c.name): PartiesPoint[] {
  const treaty = model.treatyById.get(treatyId);
  const lastYear = Number(today.slice(0, 4));
  const record = (country: string) => model.recordsByTreaty.get(treatyId)?.countries.find((r) => r.country === country);
  let before = new Set<string>();
  const years = Array.from({ length: Math.max(0, lastYear - CHART_FIRST_YEAR + 1) }, (_, i) => CHART_FIRST_YEAR + i);
  return years.map((year) => {
    const at = year === lastYear ? today : `${year}-12-31`;
    const parties = new Set(model.countryList.filter((c) => cellStatus(record(c.id), at, treaty?.adopted).state === 'party').map(nameOf));
    const point = { year, at, party: parties.size, joined: [...parties].filter((n) => !before.has(n)), left: [...before].filter((n) => !parties.has(n)) };
    before = parties;
    return point;
  });
}
