/** The 2004 Chair's Conclusions page. */
export const conclusions = {
  title: "Chair's Conclusions, Minsk 2004",
  description:
    "The Chair's Conclusions of the 2004 High-Level Review Meeting in Minsk, paragraph by paragraph, linked to the Programme of Action and to the 2005 Secretary-General report.",
  searchKind: '2004 conclusion',
  searchContext: "Chair's Conclusions · Minsk, May 2004",
  documentFilter: "Chair's Conclusions (Minsk 2004)",
  heading: "Chair's Conclusions, High-Level Review Meeting, Minsk, 26–28 May 2004",
  /** The lead, in pieces around the example id and address (closed by "."). */
  lead: {
    start:
      'The full text of the conclusions of the meeting that reviewed the CIS Conference process in 2004. The document has no paragraph numbers: each paragraph here has a permanent id of ours, formed from its heading and its position under it (for example ',
    addressable: '), addressable as ',
  },
  /** Shown only on pages in another language (empty in English): the text is the English text as published. */
  seedTextNotice: '',
  headings: 'Headings',
  paragraphCount: (n: number) => `(${n} paragraphs)`,
  paragraphSuffix: (position: number) => `, paragraph ${position}`,
  takesUp: 'Takes up the Programme of Action:',
  /** A PoA reference as printed ("13(c)"). */
  poaRef: (printed: string) => `Paragraph ${printed}`,
  treatiesNamed: 'Treaties named: ',
  restatedIn: 'Restated in the ',
  sgLink: (n: number) => `2005 Secretary-General report, para. ${n}`,
  wording: { same: ' in the same words.', summarised: ' in summary', differs: ' with different wording' },
  notRestated: 'Not restated in the 2005 Secretary-General report.',
  seedLines: (lines: string) => `Seed lines ${lines}.`,
};
