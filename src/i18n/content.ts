/**
 * Content in the reader's language, honestly labelled. A Russian page shows a Russian title or
 * text where the content has one (an authentic or official text with its source, or the site's
 * own translation, marked as such) and otherwise the English text, marked `lang="en"`.
 */
import type { Lang } from '../lib/routes.ts';
import type { RuOrigin, RuTitle } from '../schemas/translation.ts';

/** A piece of content text with the language it is written in and where that version comes from. */
export interface LocalText {
  text: string;
  /** BCP 47 language of `text` (may differ from the page's language: then the markup says so). */
  lang: string;
  /** For a Russian version: authentic, official or site-translation; undefined for the original English. */
  origin?: RuOrigin;
  /** Source of an authentic or official Russian version. */
  source?: { source: string; locator: string };
}

const english = (text: string): LocalText => ({ text, lang: 'en' });

/** A title or name with an optional Russian version object (`titleRu`, `nameRu`). */
export function localTitle(english_: string, ru: RuTitle | undefined, lang: Lang): LocalText {
  if (lang !== 'ru' || !ru) return english(english_);
  return {
    text: ru.text,
    lang: 'ru',
    origin: ru.origin,
    ...(ru.source && ru.locator ? { source: { source: ru.source, locator: ru.locator } } : {}),
  };
}

/** Prose we wrote in English with its Russian sibling (`summary` / `summaryRu`): the sibling is always our translation. */
export function localProse(englishText: string, ruText: string | undefined, lang: Lang): LocalText {
  if (lang !== 'ru' || ruText === undefined) return english(englishText);
  return { text: ruText, lang: 'ru', origin: 'site-translation' };
}

/** Same as localProse for optional fields: undefined when the English is absent. */
export function localProseOptional(englishText: string | undefined, ruText: string | undefined, lang: Lang): LocalText | undefined {
  return englishText === undefined ? undefined : localProse(englishText, ruText, lang);
}

/** A national act's title: the official Russian title where the country publishes one, else our translation, else the English title. */
export function lawTitle(
  law: { title: string; titleRu?: string | undefined; originalTitles: readonly { lang: string; text: string }[] },
  lang: Lang,
): LocalText {
  if (lang !== 'ru') return english(law.title);
  const official = law.originalTitles.find((t) => t.lang === 'ru');
  if (official) return { text: official.text, lang: 'ru', origin: 'official' };
  if (law.titleRu) return { text: law.titleRu, lang: 'ru', origin: 'site-translation' };
  return english(law.title);
}

/** The `lang` attribute to put on an element holding `text` on a page in `pageLang` (undefined when they agree). */
export function langAttr(text: LocalText, pageLang: Lang): string | undefined {
  return text.lang === pageLang ? undefined : text.lang;
}
