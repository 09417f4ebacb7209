/** Rules across the ratification files, the treaties and the sources they cite. */
import { COUNTRY_IDS, isoDate } from '../../../schemas/common.ts';
import { isAfter, isBefore, isPartialDate } from '../../partial-date.ts';
import { citedSources } from './citations.ts';
import { list } from './context.ts';
import { defineRule, type EntriesRule } from './types.ts';

/** True when date a is later than date b, compared at the coarser of their precisions ('2015' is not later than '2015-03-10'). */
function laterThan(a: string, b: string): boolean {
  return isPartialDate(a) && isPartialDate(b) && isAfter(a, b);
}

/** A date the schema accepted (dates it refused are reported there, once). */
const validDate = (date: unknown): date is string => typeof date === 'string' && isoDate.safeParse(date).success;

export const ratificationCoverage = defineRule<EntriesRule>({
  kind: 'entries',
  id: 'ratification-coverage',
  summary: 'Each treaty has one ratification file listing each of the twelve countries exactly once.',
  messages: {
    'missing countries': ['every treaty file lists all twelve countries (events, none, notOpen or unknown with the reason)', 'missing-country-in-ratification', 'country-listed-twice'],
    'is listed twice: merge its events into one entry': ['merge the two entries of the country', 'country-listed-twice'],
    'no ratification records': ['add the ratification file of the treaty (`npm run new -- treaty <id>` makes both)', 'treaty-without-ratifications'],
  },
  check(ctx) {
    for (const e of ctx.of('ratifications')) {
      const seen = new Set<string>();
      list<{ country: string }>(e.data['countries']).forEach((row, i) => {
        if (seen.has(row.country)) ctx.report(e.file, [...e.base, 'countries', i, 'country'], `country ${row.country} is listed twice: merge its events into one entry`);
        seen.add(row.country);
      });
      const missing = COUNTRY_IDS.filter((c) => !seen.has(c));
      if (missing.length > 0) {
        ctx.report(e.file, ['countries'], `missing countries ${missing.join(', ')}: every treaty needs an entry for all twelve (events, none, or unknown with the reason)`);
      }
    }
    const ratified = ctx.ids('ratifications', 'treaty');
    for (const e of ctx.of('treaties')) {
      if (!ratified.has(String(e.data['id']))) {
        ctx.report(e.file, ['id'], `no ratification records: add content/ratifications/${String(e.data['id'])}.yaml covering all twelve countries`);
      }
    }
  },
});

/**
 * asOf cannot be earlier than an act the record shows, nor later than the newest evidence the
 * record cites: a web source read on its `accessed` date, or a seed as at its own date (compared
 * at the coarser precision).
 */
export const asOfEvidence = defineRule<EntriesRule>({
  kind: 'entries',
  id: 'as-of-evidence',
  summary: 'A record’s asOf lies between the newest act it shows and the newest evidence it cites.',
  messages: {
    'is later than the newest evidence this record cites': ['set `asOf` to the date your source reflects, or cite the newer source you read', 'as-of-after-accessed'],
    'this record shows: evidence cannot show an act made after it': ['set `asOf` to the date up to which the source showing that act reflects the depositary', 'as-of-before-act'],
  },
  check(ctx) {
    for (const e of ctx.of('ratifications')) {
      list<Record<string, unknown>>(e.data['countries']).forEach((row, i) => {
        const asOf = row['asOf'];
        if (typeof asOf !== 'string') return;
        const latestAct = list<{ date: string; action: string }>(row['events'])
          .filter((event) => validDate(event.date))
          .reduce<{ date: string; action: string } | undefined>((latest, event) => (!latest || laterThan(event.date, latest.date) ? event : latest), undefined);
        if (latestAct && laterThan(latestAct.date, asOf)) {
          ctx.report(e.file, [...e.base, 'countries', i, 'asOf'], `asOf ${asOf} is earlier than the ${latestAct.action} of ${latestAct.date} this record shows: evidence cannot show an act made after it; set asOf to the date up to which the source showing that act reflects the depositary`);
        }
        let newest: { id: string; date: string; what: string } | undefined;
        for (const id of citedSources(row)) {
          const source = ctx.sources.get(id);
          const date = source?.['kind'] === 'web' ? source['accessed'] : source?.['date'];
          if (typeof date !== 'string') continue;
          if (!newest || laterThan(date, newest.date)) newest = { id, date, what: source?.['kind'] === 'web' ? 'accessed' : 'dated' };
        }
        if (newest && laterThan(asOf, newest.date)) {
          ctx.report(e.file, [...e.base, 'countries', i, 'asOf'], `asOf ${asOf} is later than the newest evidence this record cites ("${newest.id}", ${newest.what} ${newest.date}): a source cannot show the depositary's record after it was read; set asOf to the date the source reflects (its "status as at" line or the date it was read) or cite the newer source`);
        }
      });
    }
  },
});

/** No act can precede the adoption of the treaty it is an act under. */
export const actBeforeAdoption = defineRule<EntriesRule>({
  kind: 'entries',
  id: 'act-before-adoption',
  summary: 'No act under a treaty is dated before the treaty was adopted.',
  messages: { 'is dated before the treaty was adopted': ['a typing error in the year, or the wrong treaty: check against the depositary', 'act-before-adoption'] },
  check(ctx) {
    const adoptedOf = new Map(ctx.of('treaties').filter((t) => !t.partial).map((t) => [String(t.data['id']), t.data['adopted'] as string | undefined]));
    for (const e of ctx.of('ratifications')) {
      const adopted = adoptedOf.get(String(e.data['treaty']));
      if (!adopted) continue;
      list<{ events?: unknown }>(e.data['countries']).forEach((row, i) => {
        list<{ action: string; date: string }>(row?.events).forEach((event, j) => {
          if (!validDate(event?.date) || !isBefore(event.date, adopted)) return;
          ctx.report(e.file, [...e.base, 'countries', i, 'events', j, 'date'], `${event.action} (${event.date}) is dated before the treaty was adopted (${adopted}): check the date against the depositary (or the treaty's adopted date)`);
        });
      });
    }
  },
});
