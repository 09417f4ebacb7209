/**
 * Best bets for the search page: a query that is a country's name, or a spelling the sources use
 * ("Kazakstan"), leads to the country's page first. Written into the page, so the script needs no
 * extra download and links stay in the page's language.
 */
import type { Model } from '../model.ts';
import { routes, type Lang } from '../routes.ts';

export interface BestBet {
  /** The names that lead to this page, lower case. */
  names: string[];
  /** Name shown for the country in the page's language. */
  name: string;
  url: string;
}

export function searchBestBets(model: Pick<Model, 'countryList'>, lang: Lang): BestBet[] {
  const r = routes(lang);
  return model.countryList.map((c) => {
    const shown = lang === 'ru' && c.nameRu ? c.nameRu.text : c.name;
    const names = [c.name, c.officialName, c.nameRu?.text, c.officialNameRu?.text, ...c.namesInSources.map((n) => n.text)]
      .filter((n): n is string => n !== undefined)
      .map((n) => n.trim().toLocaleLowerCase(lang === 'ru' ? 'ru-RU' : 'en-GB'));
    return { names: [...new Set(names)], name: shown, url: r.country(c.slug) };
  });
}
