/** "Cite this" under a citable record. */
export const cite = {
  citeAs: 'Cite as (OSCOLA):',
  citationFiles: 'Citation files',
  /** Visually hidden after "Citation files": what the files cite. */
  forWhat: (what: string) => ` for ${what}`,
};
