/**
 * buildModel indexes the collections once: lookups by id, the twelve countries in their order,
 * laws by country and treaty in date order, backlinks from the 2004 conclusions, the content files
 * entries were read from, and seed citations resolved to the unit publishing their first line.
 * Records pass through the real schemas.
 */
import { describe, expect, it } from 'vitest';
import { buildModel, type RawContent } from '../../src/lib/model.ts';
import { membershipAt } from '../../src/lib/derive/membership.ts';
import { categorySchema } from '../../src/schemas/category.ts';
import { conclusionSchema } from '../../src/schemas/conclusion.ts';
import { countrySchema } from '../../src/schemas/country.ts';
import { lawSchema } from '../../src/schemas/law.ts';
import { membershipFileSchema } from '../../src/schemas/organization.ts';
import { poaParagraphSchema } from '../../src/schemas/poa.ts';
import { sourceSchema } from '../../src/schemas/source.ts';

const cite = [{ source: 'untc-v-2', locator: 'Participants table' }];
const law = (data: Record<string, unknown>) =>
  lawSchema.parse({ country: 'GEO', title: 'Law', kind: 'law', status: 'in-force', statusAsOf: '2026-11-20', topics: ['refugees-asylum'], summary: 's', sources: cite, verified: '2026-11-23', ...data });
const country = (id: string, slug: string) => countrySchema.parse({ id, slug, name: slug, region: 'south-caucasus' });

function raw(overrides: Partial<RawContent> = {}): RawContent {
  return {
    sources: [
      sourceSchema.parse({ id: 'seed-1996-poa', kind: 'seed', title: 'Programme of Action', shortTitle: 'PoA', file: '000_196af0d4bbf060ca.txt', date: '1996-05' }),
      sourceSchema.parse({ id: 'untc-v-2', kind: 'web', title: 'UNTC', url: 'https://treaties.un.org/', accessed: '2026-11-29' }),
    ],
    countries: [country('GEO', 'georgia'), country('ARM', 'armenia')],
    treaties: [], ratifications: [],
    poaParagraphs: [
      poaParagraphSchema.parse({ number: 14, text: 'Fourteen.', lines: '300-305' }),
      poaParagraphSchema.parse({ number: 13, subparagraphs: [{ label: 'a', text: 'A.' }, { label: 'b', text: 'B.' }, { label: 'c', text: 'C.' }], lines: '280-299' }),
    ],
    poaHeadings: [], poaFootnotes: [], annexOne: undefined, annexTwo: undefined,
    categories: [categorySchema.parse({ id: 'refugees', name: 'Refugees', order: 1, definition: 'd', definitionKind: 'universal', lines: '290-292', source: 'seed-1996-poa' })],
    conclusions: [
      conclusionSchema.parse({ id: 'refugee-2', heading: 'Refugees', order: 2, text: 't', lines: '10-12', poaLinks: [{ paragraph: '13-c', reason: 'r2' }] }),
      conclusionSchema.parse({ id: 'refugee-1', heading: 'Refugees', order: 1, text: 't', lines: '5-9', poaLinks: [{ paragraph: '13', reason: 'r1' }] }),
    ],
    documents: [],
    laws: [
      law({ id: 'geo-2011-law-refugees', adopted: '2011-12-13', treaties: ['refugee-convention-1951'] }),
      law({ id: 'geo-1998-law-refugees', adopted: '1998', treaties: ['refugee-convention-1951'] }),
      law({ id: 'geo-undated-law-x' }),
    ],
    lawCoverage: [], assertions: [], organizations: [], memberships: [], statistics: [],
    ...overrides,
  };
}

describe('buildModel', () => {
  const model = buildModel(raw({ files: { laws: new Map([['geo-1998-law-refugees', 'content/laws/geo-1998-law-refugees.yaml']]), poaParagraphs: new Map([['13', 'content/poa/paragraphs/para-013.yaml']]) } }));

  it('lists the countries in the order of the twelve, whatever the order of the files', () => {
    expect(model.countryList.map((c) => c.id)).toEqual(['ARM', 'GEO']);
    expect(model.countryBySlug.get('georgia')?.id).toBe('GEO');
  });
  it('sorts paragraphs by number, conclusions by order, laws by adoption with undated acts last', () => {
    expect(model.poaParagraphs.map((p) => p.number)).toEqual([13, 14]);
    expect(model.conclusions.map((c) => c.id)).toEqual(['refugee-1', 'refugee-2']);
    expect(model.laws.map((l) => l.id)).toEqual(['geo-1998-law-refugees', 'geo-2011-law-refugees', 'geo-undated-law-x']);
    expect(model.lawsByTreaty.get('refugee-convention-1951')?.map((l) => l.id)).toEqual(['geo-1998-law-refugees', 'geo-2011-law-refugees']);
    expect(model.lawsByCountry.get('GEO')).toHaveLength(3);
  });
  it('gives each paragraph the conclusions taking it up, in their order, subparagraph references included', () => {
    expect(model.backlinksByParagraph.get(13)?.map((b) => [b.conclusion.id, b.ref, b.target.letter])).toEqual([['refugee-1', '13', undefined], ['refugee-2', '13-c', 'c']]);
  });
  it('names the content file of an entry as the loader recorded it, and leaves out entries with no file', () => {
    expect(model.contentFiles(['laws', 'geo-1998-law-refugees'], ['laws', 'geo-2011-law-refugees'], ['poaParagraphs', 13])).toEqual([
      'content/laws/geo-1998-law-refugees.yaml',
      'content/poa/paragraphs/para-013.yaml',
    ]);
  });
  it('links a seed citation to the narrowest published unit holding its first line, and a web source to nothing', () => {
    expect(model.seedHref('seed-1996-poa', '291-291')).toBe('/poa/categories/refugees/');
    expect(model.seedHref('seed-1996-poa', '295-296')).toBe('/poa/#para-13');
    expect(model.seedHref('seed-1996-poa', undefined)).toBe('/poa/');
    expect(model.seedHref('untc-v-2', '1-2')).toBeUndefined();
  });
});

describe('membership at a date', () => {
  const memberships = [
    membershipFileSchema.parse({
      organization: 'eurasec',
      members: [
        { country: 'KAZ', role: 'founding-member', joined: '2000-10-10', left: '2015-01-01', sources: cite },
        { country: 'UZB', role: 'member', joined: '2006-01-25', suspended: '2008-11-12', sources: cite },
        { country: 'ARM', role: 'observer', joined: '2003-05-01', sources: cite },
        { country: 'MDA', role: 'observer', sources: cite },
      ],
    }),
  ];
  it('is a member from joining until leaving', () => {
    expect(membershipAt(memberships, 'eurasec', 'KAZ', '2000-10-09')).toEqual({ state: 'not-at-date', member: false });
    expect(membershipAt(memberships, 'eurasec', 'KAZ', '2010')).toEqual({ state: 'dated', member: true, role: 'founding-member', joined: '2000-10-10' });
    expect(membershipAt(memberships, 'eurasec', 'KAZ', '2015-01-01').state).toBe('not-at-date');
  });
  it('a suspension that has begun ends membership but keeps the record', () => {
    expect(membershipAt(memberships, 'eurasec', 'UZB', '2007')).toMatchObject({ member: true });
    expect(membershipAt(memberships, 'eurasec', 'UZB', '2009')).toEqual({ state: 'dated', member: false, role: 'member', joined: '2006-01-25', suspended: '2008-11-12' });
  });
  it('observers are not members; an undated record keeps its role; no record is "none recorded"', () => {
    expect(membershipAt(memberships, 'eurasec', 'ARM', '2010')).toMatchObject({ state: 'dated', member: false, role: 'observer' });
    expect(membershipAt(memberships, 'eurasec', 'MDA', '2010')).toEqual({ state: 'undated', member: false, role: 'observer' });
    expect(membershipAt(memberships, 'eurasec', 'GEO', '2010')).toEqual({ state: 'none-recorded', member: false });
    expect(membershipAt(memberships, 'cis', 'GEO', '2010')).toEqual({ state: 'none-recorded', member: false });
  });
});
