/**
 * Interface strings and formatting for a page's language. Pages and components call
 * `i18n(lang)` and use `t` for strings, `r` for addresses, and the formatters for dates and numbers.
 */
import { routes, type Lang } from '../lib/routes.ts';
import { en } from './en/index.ts';
import { ru } from './ru/index.ts';
import { formatDate, formatNumber, plural, type PluralForms } from './format.ts';
import type { Dictionary } from './types.ts';

export type { Dictionary } from './types.ts';

const DICTIONARIES: Record<Lang, Dictionary> = { en, ru };

export function dictionary(lang: Lang): Dictionary {
  return DICTIONARIES[lang];
}

export function i18n(lang: Lang) {
  return {
    lang,
    t: DICTIONARIES[lang],
    r: routes(lang),
    date: (value: string) => formatDate(value, lang),
    number: (value: number) => formatNumber(value, lang),
    plural: (count: number, forms: PluralForms) => plural(lang, count, forms),
  };
}
export type I18n = ReturnType<typeof i18n>;

/** The strings, addresses and formatters of a page under src/pages/[...lang]/, in the language its route gives it (`Astro.props.lang`). */
export function pageI18n(props: { lang: Lang }): I18n {
  return i18n(props.lang);
}
