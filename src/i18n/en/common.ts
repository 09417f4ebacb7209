/** Interface strings of the page frame (header, navigation, footer), in English. */
import { SITE } from '../../site.config.ts';

export const common = {
  siteTitle: SITE.title,
  siteDescription: SITE.description,
  skipLink: 'Skip to content',
  searchLabel: 'Search the site',
  searchButton: 'Search',
  /** Accessible name of the breadcrumb trail above a page's heading. */
  breadcrumbLabel: 'Breadcrumb',
  navLabel: 'Main',
  nav: {
    countries: 'Countries',
    treaties: 'Treaties',
    laws: 'Laws',
    matrix: 'Gap matrix',
    poa: 'Programme of Action',
    conclusions: '2004 Conclusions',
    search: 'Search',
    data: 'Data',
  },
  footerAbout:
    'Facts on this site are taken from the five source documents of the CIS Conference process and from public depositary and legal databases; every fact names its source.',
  allSources: 'All sources',
  aboutAndMethod: 'About and method',
  recentChanges: 'Recent changes',
  followFeed: 'follow them: Atom feed',
  contentLastChanged: (date: string) => `Content last changed ${date}.`,
  contentLastChangedUnknown: 'Date of the last content change not available in this build.',
  editPage: 'Edit this page',
  browseFiles: 'Browse the files of this page',
  sourceFile: 'Source file:',
  lastChanged: (date: string) => `Last changed ${date}.`,
  lastChangedUnknown: 'Last change date not available in this build.',
  /** The language switch: the name of the other language, written in that language. */
  languageSwitchLabel: 'Language',
  otherLanguageName: 'Русский',
  otherLanguageHint: 'This page in Russian',
  siteFeedTitle: 'All changes (Atom)',
  /** After a title or text that is the site's own translation. */
  siteTranslation: 'our translation',
  /** On a page whose summaries and notes are the site's own translation. */
  siteTranslationNotice: 'Summaries and notes on this site are our own; the source documents are quoted as published.',
};
