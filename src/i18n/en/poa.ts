/** The Programme of Action pages: the full text, a paragraph's page, a category of concern, the tracker. */
export const poa = {
  // The full text (/poa/)
  indexTitle: 'Programme of Action (Geneva, 1996)',
  indexDescription:
    'The full text of the 1996 Declaration and Programme of Action of the CIS Conference, with a permanent address for every paragraph and subparagraph.',
  indexHeading: 'Declaration and Programme of Action (Geneva, May 1996)',
  indexLead:
    'The full text of the Declaration (paragraphs 1–7) and the Programme of Action (paragraphs 8–149) adopted by the Regional Conference to Address the Problems of Refugees, Displaced Persons, Other Forms of Involuntary Displacement and Returnees in the Countries of the Commonwealth of Independent States and Relevant Neighbouring States.',
  /** The permanent-address notice, in pieces around the example addresses (closed by ")."). */
  addresses: {
    start: 'Every paragraph has a permanent address: ',
    ownPage: ' for its own page (with the 2004 conclusions that take it up), and ',
    or: ' or ',
    onThisPage: " on this page. The text is the source's, with only extraction noise repaired (",
    method: 'method',
    /** The id of the method section on the about page in this language (its heading ids follow the language). */
    methodAnchor: 'method',
  },
  /**
   * Shown only on pages in another language than the text's (empty in English): the text is the
   * English text as published, and where the document's official text in the page's language is.
   */
  seedTextNotice: '',
  officialTextExists: '',
  officialTextAt: '',
  trackerHeading: 'Paragraphs naming treaties: how many of the twelve acted',
  trackerLead: (n: number) =>
    `The ${n} paragraphs that name treaties, ordered by how many of the twelve countries deposited a ratification, accession or succession for a named treaty after the Conference. Each paragraph's page has the country-by-country table.`,
  trackerCaption: 'PoA paragraphs naming treaties, by the number of the twelve countries that acted on them',
  paragraphColumn: 'Paragraph',
  treatiesNamedColumn: 'Treaties named',
  actedColumn: 'Acted after the Conference',
  partyToAllColumn: (date: string) => `Party to all, ${date}`,
  paragraphN: (n: number | string) => `Paragraph ${n}`,
  ofTwelve: (n: number) => `${n} of 12`,
  contents: 'Contents',
  fromPara: (n: number) => `(from para. ${n})`,
  footnotes: 'Footnotes',
  paragraphsAddressing: (name: string) => `Paragraphs addressing ${name.toLowerCase()}`,

  // A paragraph's page (/poa/47/)
  /** Before a chapter number in a paragraph's heading context. */
  chapterAbbr: 'Ch.',
  declaration: 'Declaration',
  programme: 'Programme of Action',
  paragraphTitle: (n: number) => `Paragraph ${n} · Programme of Action`,
  paragraphDescription: (n: number, context: string) => `Programme of Action (Geneva, 1996), paragraph ${n}: ${context}.`,
  paragraphHeading: (part: string, n: number) => `${part}, paragraph ${n}`,
  /** What a citation is for, in the hidden part of the citation-file links. */
  citeWhat: (ref: string) => `paragraph ${ref}`,
  searchKind: 'PoA paragraph',
  searchContext: (n: number, context: string) => `PoA ¶ ${n} · ${context}`,
  documentFilter: 'Programme of Action (1996)',
  breadcrumb: 'Breadcrumb',
  permanentAddress: 'Permanent address: ',
  inFullText: ' · in the full text: ',
  takenUpHeading: "Taken up by the 2004 Chair's Conclusions",
  conclusionSuffix: (id: string) => `, conclusion ${id}`,
  onSubparagraph: (label: string) => ` (on subparagraph (${label}))`,
  noConclusion: 'No conclusion of the 2004 High-Level Review Meeting is linked to this paragraph.',
  treatiesHeading: 'Treaties named in this paragraph',
  implementationHeading: 'Implementation: the twelve countries and these treaties',
  categoriesHeading: 'Categories of concern addressed',
  sourceLine: 'Source: ',
  sourceTitle: 'Programme of Action (1996)',
  seedLines: (lines: string) => `, seed lines ${lines}.`,
  prevNextLabel: 'Previous and next paragraphs',
  previous: (n: number) => `Previous: paragraph ${n}`,
  next: (n: number) => `Next: paragraph ${n}`,

  // The paragraph text
  paragraphLabel: (n: number) => `Paragraph ${n}`,
  subparagraphLabel: (n: number, label: string) => `Paragraph ${n}(${label})`,
  footnoteLabel: (n: string) => `Footnote ${n}`,
  footnoteLost: 'The text of this footnote is lost in the source',

  // A category of concern (/poa/categories/…)
  categoryTitle: (name: string) => `${name} · Categories of concern`,
  categorySearchKind: 'Category of concern',
  categorySearchContext: 'PoA Annex 2 · working definitions',
  annex2: 'Annex 2',
  definitionKind: {
    universal: 'Annex 2 refers to a universal definition and widely accepted concepts for this category.',
    'cis-working':
      'A working definition developed by the CIS countries for the purposes of the Conference process; Annex 2 says such definitions do not carry a universal or binding character.',
    unspecified: 'Annex 2 does not say whether this definition is universal or a working definition.',
  },
  definitionHeading: 'Definition (Annex 2)',
  categorySourceLink: 'Programme of Action, Annex 2',
  categoryParagraphsHeading: 'Paragraphs of the Programme of Action addressing this category',
  noCategoryParagraph: 'No paragraph is tagged with this category.',

  // The implementation tracker
  tracker: {
    dateLabel: { '1996': (date: string) => `${date} (Conference)`, '2004': (date: string) => `${date} (Minsk)`, today: (date: string) => `${date} (today)` },
    /** "Of the twelve countries, 3 were party to all of them on May 1996, …, and 9 are party … today." */
    summaryStart: 'Of the twelve countries, ',
    partyOn: (count: number, index: number, last: number, treaties: number, date: string) =>
      `${count} ${index === 0 ? 'were' : index === last ? 'are' : 'were'} party to ${treaties === 1 ? 'it' : 'all of them'} on ${date}`,
    joinAnd: ' and ',
    acted: (count: number, treaties: number) =>
      `${count} deposited a ratification, accession or succession for ${treaties === 1 ? 'it' : 'at least one of them'} after the Conference.`,
    caption: (n: number, years: string) => `Paragraph ${n}: status of the twelve countries to the treaties it names, in ${years}`,
    country: 'Country',
    today: 'Today',
    partyToAll: (treaties: number) => `Party to ${treaties === 1 ? 'it' : 'all'}`,
  },
};
