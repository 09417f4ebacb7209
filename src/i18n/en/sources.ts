/** The sources index and a source's page (with the seed documents' text). */
import type { PluralForms } from '../format.ts';

export const sources = {
  indexTitle: 'Sources',
  indexDescription: 'The five source documents of the CIS Conference process and every public source the site cites.',
  seedsHeading: 'The five source documents',
  seedsLead: "These are published in full on this site; their text is the source's own, with only PDF-extraction noise repaired.",
  aboutDocument: 'about this document',
  webHeading: 'Public sources',
  webLead: 'Depositary records and legal databases, each with the date it was read. Summaries on this site are in our own words.',
  webCaption: (n: number) => `Public sources cited (${n})`,
  sourceColumn: 'Source',
  publisherColumn: 'Publisher',
  readColumn: 'Read',

  breadcrumb: 'Breadcrumb',
  kind: 'Kind',
  kindSeed: 'Source document of the CIS Conference process (published here in full)',
  kindWeb: 'Public web source',
  publisher: 'Publisher',
  date: 'Date',
  address: 'Address',
  readOn: 'Read on',
  extractedText: 'Extracted text',
  note: 'Note',
  /** "The text is published as <a>the Programme of Action</a>.": the start, then the name of the page of each document published as a page of its own. */
  publishedAs: { start: 'The text is published as ', poa: 'the Programme of Action', conclusions: "the 2004 Chair's Conclusions" },
  /** Shown only on pages in another language (empty in English): the document's text is the English text as published. */
  seedTextNotice: '',
  lostPassages: {
    one: 'The extracted text of this document has lost # passage; each is marked where it occurs. Nothing has been filled in.',
    other: 'The extracted text of this document has lost # passages; each is marked where it occurs. Nothing has been filled in.',
  } as PluralForms,
  searchKind: 'Source passage',
  numberedParagraph: (n: number | string) => `Paragraph ${n}`,
  blankCell: '(blank)',
  lostCells: 'The cells of this table were lost in the extracted text.',
  lostPassage: 'Passage lost in the source text.',
  citedByHeading: 'Facts on this site citing this source',
  andMore: (n: number) => `And ${n} more.`,
  citing: {
    treaty: 'Treaty: ',
    law: 'Law: ',
    country: 'Country: ',
    matrix: 'Gap matrix: statements of this document',
    overview: 'Regional overview: figures',
  },
};
