/**
 * View-models of the register of national acts (/laws/) and of each act's page, in the page's
 * language: titles through lawTitle (official Russian title, else our translation, else English),
 * labels from the dictionary, dates and numbers through Intl, every address from the routes module.
 */
import { lawTitle, localProse, localProseOptional, type LocalText } from '../../i18n/content.ts';
import { i18n } from '../../i18n/index.ts';
import type { Citation } from '../../schemas/common.ts';
import type { Country } from '../../schemas/country.ts';
import type { Law } from '../../schemas/law.ts';
import type { Model } from '../model.ts';
import { files, type Lang } from '../routes.ts';
import { lawTimeline, statusVerified } from '../derive/legislation.ts';
import { countryName, languageName, treatyShortName } from './names.ts';

/** A link whose text is content (a title or name) in the page's language where we have it. */
export interface ContentLink {
  href: string;
  text: LocalText;
}

/** A link whose text is interface words or numbers. */
export interface Link {
  href: string;
  label: string;
}

/** Search metadata of a page (Base's `search` prop), in the page's language. */
export interface PageSearch {
  kind: string;
  context: string;
  date?: string;
  filters: Record<string, readonly string[]>;
}

export interface LawListItem extends ContentLink {
  id: string;
  /** "Law", "Decree" … */
  kind: string;
  /** " No. 136-Z" or "" */
  number: string;
  /** ", 6 July 1993" or ", date not given" */
  adopted: string;
  status: string;
  /** Topic labels joined, or the words for none. */
  topics: string;
}

export interface LawsIndexData {
  count: string;
  legislationMatrix: string;
  downloads: Link[];
  countries: { id: string; name: ContentLink; count: number; laws: LawListItem[] }[];
}

/** A law as a link with its title in the page's language. */
export function lawLink(law: Law, lang: Lang): ContentLink {
  return { href: i18n(lang).r.law(law.id), text: lawTitle(law, lang) };
}

function listItem(law: Law, lang: Lang): LawListItem {
  const { t, date } = i18n(lang);
  return {
    ...lawLink(law, lang),
    id: law.id,
    kind: t.labels.lawKind[law.kind] ?? law.kind,
    number: law.number ? t.laws.numberShort(law.number) : '',
    adopted: law.adopted ? `, ${date(law.adopted)}` : t.laws.dateNotGiven,
    status: t.labels.lawStatus[law.status],
    topics: law.topics.map((topic) => t.labels.topic[topic]).join(', ') || t.laws.outsideTopics,
  };
}

export function buildLawsIndexData(model: Model, lang: Lang): LawsIndexData {
  const { r, number } = i18n(lang);
  return {
    count: number(model.laws.length),
    legislationMatrix: r.legislationMatrix(),
    // Downloads are language-neutral: one file for both sites.
    downloads: (['csv', 'json'] as const).map((ext) => ({ href: files.laws(ext), label: `laws.${ext}` })),
    countries: model.countryList.map((country) => {
      const laws = model.lawsByCountry.get(country.id) ?? [];
      return { id: country.id, name: { href: r.country(country.slug), text: countryName(country, lang) }, count: laws.length, laws: laws.map((l) => listItem(l, lang)) };
    }),
  };
}

export interface LawPageData {
  law: Law;
  country: Country;
  title: LocalText;
  /** The English title, shown on pages in another language. */
  englishTitle?: string;
  /** Official titles, each with the name of its language in the page's language. */
  originalTitles: { lang: string; label: string; text: string }[];
  summary: LocalText;
  note?: LocalText;
  /** True when the page shows a summary or note that is the site's translation (the page says so once). */
  translated: boolean;
  countryName: ContentLink;
  lawsIndex: string;
  kind: string;
  number?: string;
  adopted?: string;
  inForce?: string;
  status: string;
  /** Other wordings; Latin-script ones marked English on other pages (Cyrillic ones may be Russian or Ukrainian: left unmarked). */
  titleVariants: LocalText[];
  topics: Link[];
  treaties: ContentLink[];
  /** PoA paragraphs or subparagraphs the act answers ("¶ 13 (c)"). */
  poa: Link[];
  /** PoA paragraphs on the act's topics. */
  paragraphs: Link[];
  verified: string;
  seedClaims: { field: string; value: string; official: LocalText; note?: string; citation: Citation }[];
  timeline: { date: string; dated: boolean; step: string; other?: ContentLink }[];
  description: string;
  search: PageSearch;
}

const CYRILLIC = /[\u0400-\u04FF]/;

export function buildLawPageData(model: Model, id: string, lang: Lang): LawPageData {
  const { t, r, date } = i18n(lang);
  const law = model.lawById.get(id);
  if (!law) throw new Error(`unknown law ${id}`);
  const country = model.countryById.get(law.country);
  if (!country) throw new Error(`law ${id}: unknown country ${law.country}`);
  const title = lawTitle(law, lang);
  const name = countryName(country, lang);
  const summary = localProse(law.summary, law.summaryRu, lang);
  const note = localProseOptional(law.note, law.noteRu, lang);
  const kind = t.labels.lawKind[law.kind] ?? law.kind;
  const treaties = law.treaties.map((tid) => {
    const treaty = model.treatyById.get(tid);
    return { href: r.treaty(tid), text: treaty ? treatyShortName(treaty, lang) : { text: tid, lang: 'en' } };
  });
  const paragraphs = [...new Set(law.topics.flatMap((topic) => model.poaParagraphsByTopic.get(topic) ?? []))].sort((a, b) => a - b);
  // The official record's value: a date in the page's language, the English title marked as English.
  const officialValue = (field: Law['seedClaims'][number]['field']): LocalText | undefined => {
    if (field === 'adopted' || field === 'inForce') return law[field] ? { text: date(law[field]), lang } : undefined;
    if (field === 'title') return { text: law.title, lang: 'en' };
    return law.number !== undefined ? { text: law.number, lang } : undefined;
  };
  const status =
    t.labels.lawStatus[law.status] +
    (law.ended ? t.laws.until(date(law.ended)) : '') +
    (law.statusAsOf ? t.laws.statedBySource(date(law.statusAsOf)) : !statusVerified(law) && law.status !== 'unknown' ? t.laws.noDatedSource : '') +
    (law.status === 'unknown' ? t.laws.statusUnknown : '');
  const year = law.adopted?.slice(0, 4);
  return {
    law,
    country,
    title,
    ...(title.lang !== 'en' ? { englishTitle: law.title } : {}),
    originalTitles: law.originalTitles.map((o) => ({ lang: o.lang, label: t.laws.officialTitle(languageName(o.lang, lang)), text: o.text })),
    summary,
    ...(note ? { note } : {}),
    translated: summary.origin === 'site-translation' || note?.origin === 'site-translation',
    countryName: { href: r.country(country.slug), text: name },
    lawsIndex: r.laws(),
    kind,
    ...(law.number ? { number: law.number } : {}),
    ...(law.adopted ? { adopted: date(law.adopted) } : {}),
    ...(law.inForce ? { inForce: date(law.inForce) } : {}),
    status,
    titleVariants: law.titleVariants.map((text) => ({ text, lang: CYRILLIC.test(text) ? lang : 'en' })),
    topics: law.topics.map((topic) => ({ href: r.legislationMatrix(), label: t.labels.topic[topic] })),
    treaties,
    poa: law.poa.map((ref) => ({
      href: ref.includes('-') ? r.poaInText(ref) : r.poaParagraph(ref),
      label: `¶ ${ref.replace('-', ' (')}${ref.includes('-') ? ')' : ''}`,
    })),
    paragraphs: paragraphs.map((n) => ({ href: r.poaParagraph(n), label: `¶ ${n}` })),
    verified: date(law.verified),
    seedClaims: law.seedClaims.map((c) => ({
      field: t.labels.seedClaimField[c.field],
      value: c.value,
      official: officialValue(c.field) ?? { text: t.laws.noValue, lang },
      ...(c.note ? { note: c.note } : {}),
      citation: { source: c.source, locator: c.locator, lines: c.lines },
    })),
    timeline: lawTimeline(law, model.laws, model.lawById).map((e) => ({
      date: e.date ? date(e.date) : t.laws.dateNotGivenStep,
      dated: e.date !== undefined,
      step: t.labels.lawTimeline[e.kind],
      ...(e.other ? { other: lawLink(e.other, lang) } : {}),
    })),
    description: `${name.text}: ${title.text}${law.adopted ? ` (${law.adopted})` : ''}.`,
    search: {
      kind: t.laws.searchKind,
      context: `${name.text} · ${kind}${year ? ` · ${year}` : ''}`,
      ...(law.adopted ? { date: law.adopted } : {}),
      filters: {
        country: [name.text],
        topic: law.topics.map((topic) => t.labels.topic[topic]),
        treaty: treaties.map((x) => x.text.text),
        ...(year ? { year: [year] } : {}),
      },
    },
  };
}
