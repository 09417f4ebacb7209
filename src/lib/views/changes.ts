/** Maps a changed content file to the page that shows it, for the /changes/ page. */
import type { Model } from '../model.ts';

export function pageForContentFile(model: Model, file: string): { href: string; label: string } | undefined {
  const m = /^content\/([^/]+(?:\/paragraphs)?)\/([^/]+)\.(yaml|mdx)$/.exec(file);
  if (!m) return undefined;
  const [, folder, stem = ''] = m;
  switch (folder) {
    case 'treaties':
    case 'ratifications':
      return model.treatyById.has(stem) ? { href: `/treaties/${stem}/`, label: `Treaty: ${model.treatyById.get(stem)?.shortName}` } : undefined;
    case 'laws':
      return model.lawById.has(stem) ? { href: `/laws/${stem}/`, label: `Law: ${model.lawById.get(stem)?.title}` } : undefined;
    case 'countries': {
      const c = model.countryList.find((x) => x.id === stem);
      return c ? { href: `/countries/${c.slug}/`, label: `Country: ${c.name}` } : undefined;
    }
    case 'poa/paragraphs':
      return { href: `/poa/${Number(stem.replace('para-', ''))}/`, label: `Programme of Action, para. ${Number(stem.replace('para-', ''))}` };
    case 'conclusions-2004':
      return { href: '/conclusions/2004/', label: "2004 Chair's Conclusions" };
    case 'sources':
    case 'documents':
      return model.sourceById.has(stem) ? { href: `/sources/${stem}/`, label: `Source: ${stem}` } : undefined;
    case 'pages':
      return { href: `/${stem}/`, label: `Page: ${stem}` };
    default:
      return undefined;
  }
}
