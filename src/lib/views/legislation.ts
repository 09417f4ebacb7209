/** The dates at which the legislation matrix is shown (the rules deciding each cell are in src/lib/derive/legislation.ts). */

/** Dates at which a country page shows, per topic, which acts were law: the Conference and the documents' dates. */
export const LEGISLATION_HISTORY_DATES = [
  { at: '1996-05', label: 'May 1996 (Geneva Conference)' },
  { at: '2000-12-31', label: 'End of 2000' },
  { at: '2004-05-28', label: '28 May 2004' },
  { at: '2011-03-15', label: '15 March 2011' },
] as const;

/** Pre-rendered dates of the legislation matrix: the dates of the source documents. */
export const LEGISLATION_SNAPSHOTS = [
  { slug: '2000', at: '2000-12-31', label: 'end of 2000 (the assessment report)' },
  { slug: '2004', at: '2004-05-28', label: '28 May 2004 (Minsk review)' },
  { slug: '2011', at: '2011-03-15', label: '15 March 2011 (the UNHCR paper)' },
] as const;
