/** Maps a changed content file to the page that shows it, for the /changes/ page and the feeds. */
import type { Model } from '../model.ts';
import { routes, type Lang } from '../routes.ts';
import { dictionary } from '../../i18n/index.ts';
import { lawTitle, localTitle } from '../../i18n/content.ts';

export function pageForContentFile(model: Model, file: string, lang: Lang = 'en'): { href: string; label: string } | undefined {
  const m = /^content\/([^/]+(?:\/paragraphs)?)\/([^/]+)\.(yaml|mdx)$/.exec(file);
  if (!m) return undefined;
  const [, folder, stem = ''] = m;
  const r = routes(lang);
  const labels = dictionary(lang).changes.pageLabels;
  switch (folder) {
    case 'treaties':
    case 'ratifications': {
      const treaty = model.treatyById.get(stem);
      return treaty ? { href: r.treaty(stem), label: labels.treaty(lang === 'ru' && treaty.shortNameRu ? treaty.shortNameRu : treaty.shortName) } : undefined;
    }
    case 'laws': {
      const law = model.lawById.get(stem);
      return law ? { href: r.law(stem), label: labels.law(lawTitle(law, lang).text) } : undefined;
    }
    case 'countries': {
      const c = model.countryList.find((x) => x.id === stem);
      return c ? { href: r.country(c.slug), label: labels.country(localTitle(c.name, c.nameRu, lang).text) } : undefined;
    }
    case 'poa/paragraphs': {
      const n = Number(stem.replace('para-', ''));
      return { href: r.poaParagraph(n), label: labels.poaParagraph(n) };
    }
    case 'conclusions-2004':
      return { href: r.conclusions(), label: labels.conclusions };
    case 'sources':
    case 'documents':
      return model.sourceById.has(stem) ? { href: r.source(stem), label: labels.source(stem) } : undefined;
    case 'pages':
      // Prose pages: content/pages/<id>.mdx is the page /<id>/ (only "about" today).
      return stem === 'about' ? { href: r.about(), label: labels.page(stem) } : undefined;
    default:
      return undefined;
  }
}
