/**
 * View-model for the legislation gap matrix (/matrix/legislation/ and its snapshot dates), in the
 * page's language: per country and topic the acts in force, acts with an unverified status, the
 * search record behind "none found", acts ended at an undated time and drafts, each with its
 * address and title in the page's language.
 */
import { buildDate, LAW_TOPICS, type LawTopic } from '../../schemas/common.ts';
import { formatDate } from '../../i18n/format.ts';
import { dictionary } from '../../i18n/index.ts';
import { lawTitle, localProse, localTitle, type LocalText } from '../../i18n/content.ts';
import { routes, type Lang } from '../routes.ts';
import type { Model } from '../model.ts';
import { legislationMatrix, LEGISLATION_STATES } from '../derive/legislation.ts';

type Act = { id: string; title: string; titleRu?: string | undefined; originalTitles: readonly { lang: string; text: string }[]; adopted?: string | undefined; status: string; statusAsOf?: string | undefined };

/** One act as a cell lists it: its link, its title in the page's language, its year and what its status says. */
function actView(act: Act, lang: Lang, note: string) {
  return { href: routes(lang).law(act.id), title: lawTitle(act, lang), year: act.adopted ? ` (${act.adopted.slice(0, 4)})` : '', note };
}

/**
 * The note of an "unknown" cell in the page's language: the coverage record's own note (with our
 * Russian translation where recorded), or the derived sentence, which the dictionary translates.
 */
function unknownNote(model: Model, country: string, topic: LawTopic, note: string, lang: Lang): LocalText {
  const recorded = model.coverageByCountry.get(country as never)?.topics.find((t) => t.topic === topic);
  if (recorded?.note === note) return localProse(note, recorded.noteRu, lang);
  return { text: lang === 'en' ? note : dictionary(lang).matrix.legislation.noActInForce, lang };
}

export function buildLegislationMatrixData(model: Model, lang: Lang, at?: string) {
  const t = dictionary(lang);
  const tl = t.matrix.legislation;
  const r = routes(lang);
  const date = (d: string) => formatDate(d, lang);
  const day = at ?? buildDate();
  const matrix = legislationMatrix(model.countryList.map((c) => c.id), day, model.laws, model.lawById, model.coverageByCountry);
  const cells = matrix.flat();
  const counts = Object.fromEntries(LEGISLATION_STATES.map((s) => [s, cells.filter((c) => c.state === s).length])) as Record<(typeof LEGISLATION_STATES)[number], number>;
  const slugOf = new Map(model.countryList.map((c) => [c.id as string, c.slug]));
  const statusWord = (status: string) => (t.labels.lawStatus as Record<string, string>)[status]?.toLocaleLowerCase(lang === 'ru' ? 'ru-RU' : 'en-GB') ?? status;
  return {
    lang,
    at: day,
    isToday: at === undefined,
    atLabel: date(day),
    counts,
    cellCount: cells.length,
    otherDates: [{ href: r.legislationMatrix(), label: tl.today }, ...model.snapshots.map((s) => ({ href: r.legislationSnapshot(s.slug), label: localProse(s.legislation.label, s.legislation.labelRu, lang).text }))],
    topics: LAW_TOPICS.map((topic: LawTopic) => ({ topic, label: t.labels.topic[topic], poa: (model.poaParagraphsByTopic.get(topic) ?? []).map((n) => ({ n, href: r.poaParagraph(n) })) })),
    rows: model.countryList.map((country, i) => ({
      country: country.id,
      name: localTitle(country.name, country.nameRu, lang) as LocalText,
      href: r.countryAnchor(country.slug, 'laws'),
      cells: matrix[i]!.map((cell) => ({
        state: cell.state,
        label: t.labels.legislationState[cell.state],
        acts: cell.acts.map((l) => actView(l, lang, l.statusAsOf ? tl.statusAsAt(statusWord(l.status), date(l.statusAsOf)) : tl.statusLater(statusWord(l.status)))),
        unverified: cell.unverified.map((l) => actView(l, lang, tl.statusNotVerified)),
        search: cell.state === 'none-found' && cell.search ? { href: r.countryAnchor(slugOf.get(cell.country) ?? '', `search-${cell.topic}`), label: tl.searchOf(date(cell.search.date)) } : undefined,
        endedAtUnknownDate: cell.endedAtUnknownDate.map((l) => actView(l, lang, '')),
        drafts: cell.drafts.map((l) => actView(l, lang, '')),
        note: cell.state === 'unknown' && cell.note ? unknownNote(model, cell.country, cell.topic, cell.note, lang) : undefined,
      })),
    })),
  };
}
export type LegislationMatrixData = ReturnType<typeof buildLegislationMatrixData>;
