/**
 * What the content check must print for each broken case under tests/fixtures/content-broken/
 * (see tests/fixtures/README.md): the exact `file:line:col [field] message` lines, so the wording
 * editors see is locked. Each case belongs to one rule of src/lib/content/rules/index.ts (its
 * `fixtures`); tests/unit/content-rules.test.ts runs them rule by rule.
 */

/** Every broken case and exactly what the check must say about it. */
export const EXPECTED: Record<string, string[]> = {
  'law-in-force-without-status-date': [
    'content/laws/geo-2011-law-refugee-humanitarian-status.yaml:7:9 [status] a status that says the act is in force needs statusAsOf, the date of the source that states it (a register showing it in force, a consolidation as at a date); if no source read states it, set status to unknown',
  ],
  'law-in-force-before-adopted': [
    'content/laws/geo-2011-law-refugee-humanitarian-status.yaml:7:10 [inForce] inForce is before adopted: an act cannot enter into force before it is adopted; check both dates against the official publication',
  ],
  'law-status-as-of-on-unknown': [
    'content/laws/geo-2011-law-refugee-humanitarian-status.yaml:8:13 [statusAsOf] statusAsOf dates a source that states the status, but status is "unknown": set the status that source states, or remove statusAsOf',
  ],
  'law-seed-claim-not-seed': [
    'content/laws/geo-2011-law-refugee-humanitarian-status.yaml:20:11 [seedClaims[0].source] "refworld-5225a49f4" is not a seed document: seedClaims keep what a seed states; cite other sources under sources',
  ],
  'law-poa-dangling': [
    'content/laws/geo-2011-law-refugee-humanitarian-status.yaml:12:7 [poa[0]] PoA paragraph 13 has no subparagraph (z): fix the reference',
  ],
  'none-found-without-search': [
    'content/law-coverage/GEO.yaml:3:3 [topics[0].search] "none-found" is a finding: add `search:` with date, consulted, queries and result (or set outcome to unknown)',
    "content/law-coverage/GEO.yaml:4:12 [topics[0].outcome] \"none-found\" but content/laws/ has an act of GEO on refugees-asylum: set outcome to found, or fix the act's topics",
  ],
  'none-found-beside-act': [
    'content/law-coverage/GEO.yaml:4:12 [topics[0].outcome] "none-found" but content/laws/ has an act of GEO on refugees-asylum: set outcome to found, or fix the act\'s topics',
  ],
  'unknown-field': [
    'content/treaties/refugee-convention-1951.yaml:6:1 [entryIntoFroce] unknown field "entryIntoFroce": check its spelling against docs/content-model.md, or remove it',
  ],
  'wrong-type': [
    'content/treaties/refugee-convention-1951.yaml:2:12 [shortName] must be text, not the number 1951: write it in quotes',
  ],
  'missing-required-field': [
    'content/treaties/refugee-convention-1951.yaml:1:1 [family] is required but missing: add it (expected one of refugees, statelessness, human-rights, humanitarian, labour-migration, trafficking, regional)',
  ],
  'invalid-enum': [
    'content/treaties/refugee-convention-1951.yaml:4:9 [family] the text "refugee" is not allowed here: use one of refugees, statelessness, human-rights, humanitarian, labour-migration, trafficking, regional',
  ],
  'bad-id': [
    'content/sources/untc-v-2.yaml:1:5 [id] must be lower-case kebab-case (letters, digits, single hyphens), e.g. "refugee-convention-1951"',
  ],
  'bad-date-format': [
    "content/ratifications/refugee-convention-1951.yaml:7:15 [countries[0].events[0].date] must be 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (ISO 8601, as precise as the source)",
  ],
  'impossible-date': [
    'content/ratifications/refugee-convention-1951.yaml:7:15 [countries[0].events[0].date] is not a real calendar date (check the month and the day)',
  ],
  'future-date': [
    'content/ratifications/refugee-convention-1951.yaml:7:15 [countries[0].events[0].date] is in the future: no fact can be dated after the build date',
  ],
  'unquoted-date': [
    "content/ratifications/refugee-convention-1951.yaml:7:15 [countries[0].events[0].date] write the date in quotes: '1993-07-06' (unquoted YAML dates become timestamps)",
  ],
  'date-order': [
    'content/ratifications/refugee-convention-1951.yaml:6:7 [countries[0].events] ratification (1993-07-06) is dated before signature (1993-09-01): check both dates against the depositary',
  ],
  'events-out-of-order': [
    'content/ratifications/refugee-convention-1951.yaml:12:15 [countries[0].events[1].date] events must be listed in date order: this one (1993-01-15) is listed after one dated 1993-07-06; reorder them or check the dates',
  ],
  'effective-before-deposit': [
    'content/ratifications/refugee-convention-1951.yaml:8:20 [countries[0].events[0].effective] effective date (1993-07-01) is before the date of the accession (1993-07-06): only a succession can take effect before its deposit; check both dates against the depositary',
  ],
  'as-of-after-accessed': [
    'content/ratifications/refugee-convention-1951.yaml:4:11 [countries[0].asOf] asOf 2016-01 is later than the newest evidence this record cites ("untc-v-2", accessed 2015-03-14): a source cannot show the depositary\'s record after it was read; set asOf to the date the source reflects (its "status as at" line or the date it was read) or cite the newer source',
  ],
  'as-of-before-act': [
    'content/ratifications/refugee-convention-1951.yaml:4:11 [countries[0].asOf] asOf 1993-06 is earlier than the accession of 1993-07-06 this record shows: evidence cannot show an act made after it; set asOf to the date up to which the source showing that act reflects the depositary',
  ],
  'as-of-on-unknown': [
    'content/ratifications/refugee-convention-1951.yaml:94:11 [countries[11].asOf] an unknown record has no evidence date: remove asOf (it belongs on records with events or none)',
  ],
  'cessation-without-basis': [
    'content/ratifications/refugee-convention-1951.yaml:62:11 [countries[7].asOf] asOf 2013-07-06 is earlier than the cessation of 2022-09-16 this record shows: evidence cannot show an act made after it; set asOf to the date up to which the source showing that act reflects the depositary',
    'content/ratifications/refugee-convention-1951.yaml:69:9 [countries[7].events[1].basis] a cessation needs `basis:`: say in words on what legal basis the State ceased to be party (e.g. the article and the decision ending its membership), or use denunciation/withdrawal if it notified one',
  ],
  'declaration-without-source': [
    'content/ratifications/refugee-convention-1951.yaml:34:13 [countries[3].events[0].declarations[0].sources] is required but missing: a declaration needs its source: add `sources:` with the depositary record that states it (`- source: <id>` and a `locator`)',
  ],
  'duplicate-id': [
    'content/treaties/refugee-convention-1951-copy.yaml:1:5 [id] the file name must match the id: rename the file to "refugee-convention-1951.yaml" (or fix the id)',
    'content/treaties/refugee-convention-1951.yaml:1:5 [id] duplicate id "refugee-convention-1951": also used in content/treaties/refugee-convention-1951-copy.yaml; ids must be unique',
  ],
  'file-name-mismatch': [
    'content/sources/untc-v-4.yaml:1:5 [id] the file name must match the id: rename the file to "untc-iv-4.yaml" (or fix the id)',
  ],
  'dangling-country': [
    'content/ratifications/refugee-protocol-1967.yaml:3:3 [countries] missing countries UZB: every treaty needs an entry for all twelve (events, none, or unknown with the reason)',
    'content/ratifications/refugee-protocol-1967.yaml:92:14 [countries[11].country] unknown country "XYZ": use one of the ISO 3166-1 alpha-3 codes ARM, AZE, BLR, GEO, KAZ, KGZ, MDA, RUS, TJK, TKM, UKR, UZB',
  ],
  'dangling-treaty-poa': [
    'content/poa/paragraphs/para-047.yaml:4:37 [treaties[1]] unknown treaty "refugee-protocol-1976": no file content/treaties/refugee-protocol-1976.yaml exists (check the id, or add the treaty)',
  ],
  'dangling-treaty-law': [
    'content/laws/geo-2011-law-refugee-humanitarian-status.yaml:12:3 [treaties[0]] unknown treaty "refugee-convention-1915": no file content/treaties/refugee-convention-1915.yaml exists (check the id, or add the treaty)',
  ],
  'dangling-source': [
    'content/treaties/refugee-convention-1951.yaml:14:13 [sources[1].source] unknown source "refworld-3be01b965": add content/sources/refworld-3be01b965.yaml or fix the id',
  ],
  'dangling-paragraph': [
    'content/conclusions-2004/conclusions.yaml:21:18 [[1].poaLinks[0].paragraph] PoA paragraph 13 has no subparagraph (z): fix the reference',
    'content/conclusions-2004/conclusions.yaml:23:18 [[1].poaLinks[1].paragraph] PoA paragraph 150 does not exist (1–149): fix the reference',
  ],
  'dangling-law': [
    'content/laws/geo-2011-law-refugee-humanitarian-status.yaml:15:3 [replacedBy[0]] unknown law "geo-2020-law-asylum": no file content/laws/geo-2020-law-asylum.yaml exists (check the id, or add the law)',
  ],
  'one-sided-replacement': [
    'content/laws/geo-2011-law-refugee-humanitarian-status.yaml:1:1 [replaces] "geo-1998-law-refugees" says it is replaced by this act: add it to replaces',
  ],
  'fact-without-source-treaty': [
    'content/treaties/refugee-protocol-1967.yaml:11:10 [sources] cite at least one source: add `- source: <id>` with a `locator` (and `lines` for a seed)',
  ],
  'fact-without-source-event': [
    'content/ratifications/refugee-convention-1951.yaml:6:9 [countries[0].events[0].sources] is required but missing: add it (expected a list)',
  ],
  'seed-citation-without-lines': [
    "content/countries/ARM.yaml:11:3 [namesInSources[1]] a citation of the seed \"seed-2000-assessment\" needs `lines: 'start-end'` (the line range in content/seeds/002_dd925e187c346ce4.txt)",
  ],
  'lines-past-end-of-seed': [
    'content/countries/ARM.yaml:14:10 [namesInSources[1].lines] line range 1984-1985 runs past the end of the seed (1984 lines): check the range against content/seeds/002_dd925e187c346ce4.txt',
  ],
  'missing-country-in-ratification': [
    'content/ratifications/refugee-protocol-1967.yaml:3:3 [countries] missing countries UZB: every treaty needs an entry for all twelve (events, none, or unknown with the reason)',
  ],
  'none-and-events-together': [
    'content/ratifications/refugee-protocol-1967.yaml:92:5 [countries[11]] give exactly one of: events (dated acts), none (the depositary lists no act, with sources), notOpen (the treaty is closed to this State, with the provision as basis and sources) or unknown (why it could not be verified)',
  ],
  'not-open-without-basis': [
    'content/ratifications/refugee-protocol-1967.yaml:83:7 [countries[11].notOpen.basis] is required but missing: add it (expected text)',
  ],
  'missing-paragraph': [
    'content/poa/paragraphs/para-077.yaml:1:1 [(file)] missing: the Programme of Action has paragraphs 1–149 and paragraph 77 has no file (add it)',
  ],
  'yaml-syntax-error': [
    'content/treaties/refugee-protocol-1967.yaml:3:52 [(file)] YAML syntax error: Missing closing "quote (check quotes, colons and indentation here and on the line before)',
  ],
  'duplicate-key': [
    'content/treaties/refugee-protocol-1967.yaml:5:1 [(file)] a field appears twice in the same mapping: keep one of them (merge their values)',
  ],
  'wrong-extension': [
    'content/treaties/refugee-protocol-1967.yml:1:1 [(file)] not read: files in content/treaties/ must end in ".yaml" (rename it)',
  ],
  'act-before-adoption': [
    "content/ratifications/refugee-convention-1951.yaml:6:15 [countries[0].events[0].date] accession (1950-07-06) is dated before the treaty was adopted (1951-07-28): check the date against the depositary (or the treaty's adopted date)",
  ],
  'year-before-1900': [
    "content/ratifications/refugee-convention-1951.yaml:6:15 [countries[0].events[0].date] is before 1900: nothing in this knowledge base is that old; check the year (a typo such as '0993' for '1993'?)",
  ],
  'poa-ref-leading-zero': [
    'content/conclusions-2004/conclusions.yaml:23:18 [[1].poaLinks[1].paragraph] write the reference as "47" (no leading zeros): "047" would publish a broken link',
  ],
  'assertion-unknown-field': [
    'content/assertions/seed-2004-conclusions.yaml:3:1 [asOfNoet] unknown field "asOfNoet": check its spelling against docs/content-model.md, or remove it',
  ],
  'stray-file': [
    'content/treaty-notes/refugee-convention-1951.yaml:1:1 [(file)] not read by any collection: move it to the right folder (see docs/content-model.md) or remove it',
  ],
  'placeholder-todo': [
    "content/treaties/refugee-protocol-1967.yaml:10:7 [note] placeholder \"TODO: say why the entry into force is not recorded\": fill in this field from your source (or remove it if optional)",
  ],
  'country-listed-twice': [
    "content/ratifications/refugee-protocol-1967.yaml:3:3 [countries] missing countries AZE: every treaty needs an entry for all twelve (events, none, or unknown with the reason)",
    "content/ratifications/refugee-protocol-1967.yaml:11:14 [countries[1].country] country ARM is listed twice: merge its events into one entry",
  ],
  'poa-heading-dangling': [
    "content/poa/paragraphs/para-077.yaml:1:1 [(file)] missing: the Programme of Action has paragraphs 1–149 and paragraph 77 has no file (add it)",
    "content/poa/structure.yaml:11:19 [[1].firstParagraph] paragraph 77 does not exist",
  ],
  'poa-footnote-unlisted': [
    "content/poa/paragraphs/para-002.yaml:5:12 [footnotes] footnotes lists 99 but the text has no marker [99]",
    "content/poa/paragraphs/para-002.yaml:5:13 [footnotes[0]] footnote 99 is not in content/poa/footnotes.yaml",
  ],
  'poa-footnote-marker-unlisted': [
    "content/poa/paragraphs/para-001.yaml:5:12 [footnotes] the text has the footnote marker [1] but footnotes does not list 1",
  ],
  'conclusion-order-twice': [
    "content/conclusions-2004/conclusions.yaml:35:10 [[2].order] order 14 is also used by \"refugee-1\": each conclusion has its own position",
  ],
  'missing-country-file': [
    "content/countries/KAZ.yaml:1:1 [(file)] missing: every one of the twelve countries needs a file (add it)",
  ],
  'document-duplicate-anchor': [
    "content/documents/seed-2000-assessment.yaml:9:9 [blocks[1].id] duplicate anchor id \"lost-1\" in this document",
  ],
  'document-not-seed': [
    "content/documents/untc-v-2.yaml:2:9 [source] \"untc-v-2\" is not a seed source in content/sources/",
  ],
  'yaml-unresolved-alias': [
    "content/treaties/refugee-protocol-1967.yaml:1:1 [(file)] the YAML could not be read: Unresolved alias (the anchor must be set before the alias): explanation",
  ],
  'one-sided-replacement-older': [
    "content/laws/geo-1998-law-refugees.yaml:1:1 [replacedBy] \"geo-2011-law-refugee-humanitarian-status\" says it replaces this act: add it to replacedBy",
  ],
  'required-file-missing': [
    "content/conclusions-2004/conclusions.yaml:1:1 [(file)] missing: this file is required (collection \"conclusions\")",
  ],
  'list-file-not-a-list': [
    "content/conclusions-2004/conclusions.yaml:1:1 [(file)] must be a YAML list of entries (each line starting with \"- \")",
  ],
  'treaty-without-ratifications': [
    "content/treaties/refugee-protocol-1967.yaml:1:5 [id] no ratification records: add content/ratifications/refugee-protocol-1967.yaml covering all twelve countries",
  ],
  'missing-law-coverage-file': [
    "content/law-coverage/KAZ.yaml:1:1 [(file)] missing: every country needs a law-coverage file (add it)",
  ],
  'topic-listed-twice': [
    "content/law-coverage/KAZ.yaml:10:10 [topics[1].topic] topic refugees-asylum is listed twice: keep one entry",
  ],
  'seed-text-altered': [
    "content/poa/paragraphs/para-001.yaml:2:7 [text] differs from the seed text it cites (content/seeds/000_196af0d4bbf060ca.txt, lines 3-12): published «grave» ≠ seed «acute» (line 4) [published: … world, exacerbated existing inter-ethnic conflicts and led to »grave« political, economic and social problems. The social and …; seed: … world, exacerbated existing inter-ethnic conflicts and led to »acute« political, economic and social problems. The social and …]: publish the seed's words exactly (only extraction noise may differ, see src/lib/fidelity.ts), or correct the line range",
  ],
  'seed-lines-overlap': [
    "content/poa/paragraphs/para-002.yaml:2:7 [text] differs from the seed text it cites (content/seeds/000_196af0d4bbf060ca.txt, lines 12-20): published «2.» ≠ seed «security» (line 12) [published: »2.« Acknowledging the pervasiveness and acuteness of these problems …; seed: »security« and stability. 2. Acknowledging the pervasiveness and acuteness …]: publish the seed's words exactly (only extraction noise may differ, see src/lib/fidelity.ts), or correct the line range",
    "content/poa/paragraphs/para-002.yaml:2:7 [text] shares seed lines with content/poa/paragraphs/para-001.yaml (lines 3-12 and 12-20) without one lying inside the other: each seed line is published once; correct the line ranges",
  ],
  'seed-line-unpublished': [
    "content/seeds/002_dd925e187c346ce4.txt:1983:1 [(file)] this line of the seed is published by no entry (no line range covers it): add it to the range of the entry it belongs to, or to a \"lost\" block if the extraction garbled it",
  ],
  'annex-heading-altered': [
    "content/poa/annex-2.yaml:2:10 [heading] \"ANNEX II\" is not the seed line 1477 (\"ANNEX 2\"): write the heading as printed",
  ],
  'conclusion-heading-altered': [
    "content/conclusions-2004/conclusions.yaml:4:12 [[0].heading] the heading \"Introductions\" is not a line (or two) of the seed: write it as printed",
  ],
  'mdx-page-without-front-matter': [
    "content/pages/about.mdx:1:1 [(front matter)] an MDX page starts with front matter between --- lines, with title and description",
  ],
  'mdx-page-with-export': [
    "content/pages/about.mdx:6:1 [(mdx)] import/export is not allowed in content MDX (it runs code at build time): remove it",
  ],
  'official-text-unknown-source': [
    'content/sources/seed-1996-poa.yaml:11:7 [officialTexts.ru] unknown source "cntd-ru-000000000-poa": no file content/sources/cntd-ru-000000000-poa.yaml exists (check the id, or add the source)',
  ],
  'official-text-not-web': [
    'content/sources/seed-1996-poa.yaml:11:7 [officialTexts.ru] "seed-2004-conclusions" is a seed source: an official text in another language is read on the web, so name the web source (kind: web, with its url) that reproduces it',
  ],
};
