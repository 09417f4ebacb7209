/** The home page. */
export const home = {
  lead:
    'An open reference on treaty ratification and national legislation in the twelve countries of the Commonwealth of Independent States, built around the Programme of Action of the 1996 Geneva Conference on refugees, displaced persons, migration and asylum, and its 2004 review in Minsk.',
  audience:
    'It is written for legislative drafters looking for gaps, researchers who need dated facts with their sources, and trainers who cite the Programme of Action. Every fact names its source: one of the five documents of the Conference process, or a public depositary or legal database with the date it was read. What could not be verified is shown as unknown.',
  countriesTitle: 'Countries',
  countriesText: 'The twelve CIS countries: where each stands on every treaty, its national acts by topic, and what the 1996–2011 documents said about it.',
  treatiesTitle: 'Treaties',
  treatiesText: (n: number) => `${n} instruments the source documents name, with every country's dated acts and their depositary sources.`,
  lawsTitle: 'Laws',
  lawsText: (n: number) => `${n} national acts on refugees, citizenship, migration, labour migration, trafficking and displacement, each with its source.`,
  matrixTitle: 'Gap matrix',
  matrixText: 'Which country is not party to which treaty, today or at any date, and at the dates of the 2000, 2004 and 2011 documents.',
  legislationTitle: 'Legislation matrix',
  legislationText: 'Which country has an act on which legislative topic of the Programme of Action, or none we could find.',
  poaTitle: 'Programme of Action (1996)',
  poaText: 'The full Declaration and Programme of Action, every paragraph and subparagraph at a permanent address.',
  conclusionsTitle: "2004 Chair's Conclusions",
  conclusionsText: 'The conclusions of the 2004 Minsk review, linked to the PoA paragraphs they take up and to the 2005 Secretary-General report.',
  sourcesTitle: 'Source documents',
  sourcesText: 'The 2000 assessment, the 2005 Secretary-General report and the 2011 UNHCR paper, and every public source cited.',
  searchTitle: 'Search',
  searchText: 'Full-text search across paragraphs, conclusions, treaties, laws, countries and source passages, with filters.',
  dataTitle: 'Data downloads',
  dataText: 'Treaties, ratification records, assertions, laws, countries and the PoA as CSV and JSON, with provenance.',
  twelveCountries: 'The twelve countries',
};
