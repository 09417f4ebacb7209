/**
 * The terms of reuse, in one place: shown on /about/ and /data/, carried by the data package
 * and the Dataset metadata. The code is under the MIT licence (LICENSE); our own content and data
 * under CC BY 4.0 (LICENSE-CONTENT.md); the source documents are not ours to license.
 */
export const CONTENT_LICENCE = {
  /** SPDX identifier, as the Data Package specification asks. */
  name: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  path: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

export const CODE_LICENCE = { name: 'MIT', title: 'MIT License' } as const;

/** What the licence covers, in one sentence. */
export const CONTENT_LICENCE_SCOPE =
  'Our own content and data — the records of treaty actions and legal acts, summaries, notes, ids, cross-references and the files under /data/ — may be reused under CC BY 4.0, crediting "CIS Migration Law Observatory" and linking to the page or file used.';

/** The terms on which the five source documents are reproduced (nothing here is more than what is known). */
export const SOURCE_DOCUMENTS_TERMS =
  'The five source documents (the 1996 Declaration and Programme of Action, the 2004 Chair\'s Conclusions, the 2000 assessment report, the 2005 report of the Secretary-General and the 2011 UNHCR background paper) remain the works of their publishers. They are reproduced, unedited apart from the repairs of extraction noise described under Method, as public documents of the United Nations system and of the CIS Conference process, for reference. Our licence does not extend to them: we know of no licence attached to them, and reuse of their text is subject to their publishers\' terms.';
