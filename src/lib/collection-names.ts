/** Download file name under /data/collections/ -> collection name in src/lib/content/collections.ts. */
export const COLLECTION_NAMES = {
  sources: 'sources', countries: 'countries', treaties: 'treaties', ratifications: 'ratifications',
  'poa-paragraphs': 'poaParagraphs', 'poa-structure': 'poaStructure', 'poa-footnotes': 'poaFootnotes',
  'poa-annex-1': 'poaAnnexOne', 'poa-annex-2': 'poaAnnexTwo', categories: 'categories', 'conclusions-2004': 'conclusions',
  documents: 'documents', laws: 'laws', 'law-coverage': 'lawCoverage', assertions: 'assertions',
  organizations: 'organizations', memberships: 'memberships', statistics: 'statistics',
  'law-topics': 'lawTopics', snapshots: 'snapshots',
} as const;
