/**
 * The Programme of Action as an implementation tracker: for a paragraph that names treaties (the
 * `treaties` field of content/poa/paragraphs), the status of each of the twelve countries to each
 * of them at the Conference (May 1996), at the Minsk review (28 May 2004) and today; and for the
 * PoA index, how many of the twelve acted on each such paragraph after the Conference.
 */
import type { CountryId } from '../../schemas/common.ts';
import type { Country } from '../../schemas/country.ts';
import type { Treaty } from '../../schemas/treaty.ts';
import { BINDING_ACTIONS, cellStatus, type Status } from '../derive/status.ts';
import { happenedBy } from '../derive/dates.ts';
import type { Lang } from '../routes.ts';
import { dictionary } from '../../i18n/index.ts';
import { formatDate } from '../../i18n/format.ts';
import type { Model } from '../model.ts';
import { snapshotDate } from './matrix.ts';

export interface TrackerDate {
  key: '1996' | '2004' | 'today';
  at: string;
  label: string;
}

/** The three dates: the Conference (the PoA's own date, May 1996), Minsk (the 2004 conclusions' date), the data's date. */
export function trackerDates(model: Model, today: string, lang: Lang = 'en'): TrackerDate[] {
  const conference = model.sourceById.get('seed-1996-poa')?.date ?? '1996-05';
  const minsk = snapshotDate(model, 'seed-2004-conclusions');
  const label = dictionary(lang).poa.tracker.dateLabel;
  return [
    { key: '1996', at: conference, label: label['1996'](formatDate(conference, lang)) },
    { key: '2004', at: minsk, label: label['2004'](formatDate(minsk, lang)) },
    { key: 'today', at: today, label: label.today(formatDate(today, lang)) },
  ];
}

export interface TrackerRow {
  country: Country;
  /** statuses[treatyIndex][dateIndex] */
  statuses: Status[][];
  /** Deposited a binding act on one of the treaties after the Conference date. */
  actedSince: boolean;
}

export interface PoaTracker {
  number: number;
  treaties: Treaty[];
  dates: TrackerDate[];
  rows: TrackerRow[];
  /** Countries party to every named treaty, per date. */
  partyToAll: number[];
  actedSince: number;
}

function recordOf(model: Model, treaty: string, country: CountryId) {
  return model.recordsByTreaty.get(treaty)?.countries.find((r) => r.country === country);
}

/** Undefined when the paragraph names no treaty. */
export function buildPoaTracker(model: Model, number: number, dates: TrackerDate[]): PoaTracker | undefined {
  const paragraph = model.paragraphByNumber.get(number);
  const treaties = (paragraph?.treaties ?? []).map((id) => model.treatyById.get(id)).filter((t): t is Treaty => t !== undefined);
  if (treaties.length === 0) return undefined;
  const conference = dates[0]!.at;
  const rows = model.countryList.map((country) => {
    const statuses = treaties.map((t) => dates.map((d) => cellStatus(recordOf(model, t.id, country.id), d.at, t.adopted)));
    const actedSince = treaties.some((t) =>
      (recordOf(model, t.id, country.id)?.events ?? []).some((e) => BINDING_ACTIONS.includes(e.action) && !happenedBy(e.date, conference) && happenedBy(e.date, dates[dates.length - 1]!.at)),
    );
    return { country, statuses, actedSince };
  });
  const partyToAll = dates.map((_, d) => rows.filter((r) => r.statuses.every((perTreaty) => perTreaty[d]!.state === 'party')).length);
  return { number, treaties, dates, rows, partyToAll, actedSince: rows.filter((r) => r.actedSince).length };
}

/** Every paragraph naming treaties, most acted-on first. */
export function poaTrackerIndex(model: Model, dates: TrackerDate[]): PoaTracker[] {
  return model.poaParagraphs
    .map((p) => buildPoaTracker(model, p.number, dates))
    .filter((t): t is PoaTracker => t !== undefined)
    .sort((a, b) => b.actedSince - a.actedSince || a.number - b.number);
}
