/** The licence statement on /about/ and /data/ (the facts of the licence are in src/lib/licence.ts). */
import { SOURCE_DOCUMENTS_TERMS } from '../../lib/licence.ts';

export const licence = {
  heading: 'Licence and reuse',
  ownContentBefore: 'Our own content and data (the records of treaty actions and legal acts, summaries, notes, ids, cross-references and the files under ',
  ownContentAfterData: ') may be reused under the ',
  licenceWord: ' licence ',
  credit: ': credit "CIS Migration Law Observatory" and link to the page or file you used. The site\'s code is under the MIT licence.',
  sourceDocuments: SOURCE_DOCUMENTS_TERMS as string,
  webSources:
    'Web sources (depositary pages, legal databases) are cited with their address and the date read; only the facts they state are reproduced, in our own words.',
};
