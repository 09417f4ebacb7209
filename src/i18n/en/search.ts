/** The search page, the search script's messages, and the values pages give Pagefind's filters. */
import type { PluralForms } from '../format.ts';

export const search = {
  /** Values of the "kind" filter, as each kind of page declares itself to the index. */
  kinds: {
    poaParagraph: 'PoA paragraph',
    conclusion: '2004 conclusion',
    category: 'Category of concern',
    country: 'Country',
    law: 'Law',
    treaty: 'Treaty',
    sourcePassage: 'Source passage',
    about: 'About',
    aboutContext: 'About and method',
  },
  title: 'Search',
  description: 'Search the Programme of Action, the 2004 conclusions, treaties, laws, countries and the source documents.',
  needsJavaScript: 'Search needs JavaScript. Without it, browse the indexes instead:',
  inputLabel: 'Search for a word or phrase',
  sortLabel: 'Sort by',
  sortRelevance: 'Relevance',
  sortOldest: 'Date, oldest first',
  sortNewest: 'Date, newest first',
  submit: 'Search',
  browseHeading: 'Browse instead',
  browsePoa: 'Programme of Action',
  browsePoaNote: ': every paragraph, with a table of contents',
  browseConclusions: "2004 Chair's Conclusions",
  browseTreaties: 'Treaties',
  browseLaws: 'Laws',
  browseCountries: 'Countries',
  browseSources: 'Source documents and public sources',
  /** Strings the search script writes; {term}, {name} and {n} are filled in by the script. */
  client: {
    filterLabels: {
      kind: 'Kind of content',
      country: 'Country',
      treaty: 'Treaty',
      topic: 'Topic or category of concern',
      document: 'Document',
      year: 'Year',
    },
    selected: '{n} selected',
    noResults: 'No results for “{term}”.',
    noResultsFiltered: 'No results for “{term}” with these filters.',
    results: { one: '# result', other: '# results' } as PluralForms,
    forTerm: ' for “{term}”',
    firstPages: ', showing the first {n} pages',
    bestBet: 'Country page · “{term}” is a name used for {name} in the sources',
    couldNotStart: 'Search could not start; use the browse links below.',
  },
};
