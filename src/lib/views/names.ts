/** Names of countries and treaties in a page's language, as content text with its origin (src/i18n/content.ts). */
import { localProse, localTitle, type LocalText } from '../../i18n/content.ts';
import type { Lang } from '../routes.ts';
import type { Country } from '../../schemas/country.ts';
import type { Treaty } from '../../schemas/treaty.ts';

/** "Kazakhstan" / «Казахстан» (with its source), else the English name marked as English. */
export function countryName(country: Pick<Country, 'name' | 'nameRu'>, lang: Lang): LocalText {
  return localTitle(country.name, country.nameRu, lang);
}

/** A treaty's short name: our Russian short name on Russian pages where there is one. */
export function treatyShortName(treaty: Pick<Treaty, 'shortName' | 'shortNameRu'>, lang: Lang): LocalText {
  return localProse(treaty.shortName, treaty.shortNameRu, lang);
}

/** The language of a title in the reader's language ("Russian", «русский»). */
export function languageName(code: string, lang: Lang): string {
  return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
}
