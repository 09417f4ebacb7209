/**
 * Dates, numbers and plurals in the reader's language, through Intl. Dates keep the precision
 * the source gives ("1993", "July 1993", "6 July 1993"): a partial date is never padded to a day.
 */
import { LOCALES, type Lang } from '../lib/routes.ts';

/** "1993-07-06" → "6 July 1993" / "6 июля 1993 г."; "1993-07" → "July 1993" / "июль 1993 г."; "1993" → "1993". */
export function formatDate(date: string, lang: Lang = 'en'): string {
  const [y, m, d] = date.split('-');
  if (y === undefined || m === undefined) return y ?? date;
  const utc = new Date(Date.UTC(Number(y), Number(m) - 1, d === undefined ? 1 : Number(d)));
  if (Number.isNaN(utc.getTime())) return date;
  const options: Intl.DateTimeFormatOptions =
    d === undefined ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  const formatted = new Intl.DateTimeFormat(LOCALES[lang], options).format(utc);
  // Russian: a month on its own is capitalised in the nominative ("Июль 1993 г."); in running text we write it lower case.
  return lang === 'ru' ? formatted.toLocaleLowerCase('ru-RU') : formatted;
}

export function formatNumber(value: number, lang: Lang = 'en'): string {
  return new Intl.NumberFormat(LOCALES[lang]).format(value);
}

/** Plural forms keyed by the CLDR categories the language uses (en: one, other; ru: one, few, many, other). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** "{n} country/countries" with the right form: `plural('ru', 3, { one: '# страна', few: '# страны', many: '# стран', other: '# страны' })`. */
export function plural(lang: Lang, count: number, forms: PluralForms): string {
  const rule = new Intl.PluralRules(LOCALES[lang]).select(count);
  return (forms[rule] ?? forms.other).replaceAll('#', formatNumber(count, lang));
}

/** "accession" → "Accession", "прекращение участия" → "Прекращение участия": the first letter in upper case, in the language's own rules. */
export function capitalise(text: string, lang: Lang = 'en'): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const head = String.fromCodePoint(first);
  return `${head.toLocaleUpperCase(LOCALES[lang])}${text.slice(head.length)}`;
}
