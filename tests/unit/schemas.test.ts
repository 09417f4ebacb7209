/** A few schema rules, exercised through the real schemas with small inputs. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { citation, citations, isoDate, lineRange } from '../../src/schemas/common.ts';
import { countryRecordSchema, treatyEventSchema } from '../../src/schemas/ratification.ts';

/** The messages of a failed parse (empty when it passes). */
function messages(schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } } }, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error!.issues.map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ` : '') + i.message);
}

beforeAll(() => {
  vi.stubEnv('CONTENT_AS_OF', '2026-11-23');
});
afterAll(() => {
  vi.unstubAllEnvs();
});

describe('isoDate', () => {
  it('accepts dates at the precision of the source', () => {
    for (const d of ['1993', '1993-07', '1993-07-06', '2000-02-29', '2026-11-23', '2026-11', '2026']) expect(messages(isoDate, d)).toEqual([]);
  });
  it('rejects other formats with one message', () => {
    expect(messages(isoDate, '06/07/1993')).toEqual(["must be 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (ISO 8601, as precise as the source)"]);
    expect(messages(isoDate, '1993-7-6')).toEqual(["must be 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (ISO 8601, as precise as the source)"]);
  });
  it('rejects impossible calendar dates, including 29 February outside leap years', () => {
    for (const d of ['1993-02-30', '1999-02-29', '1993-13', '1993-00', '1993-04-31']) {
      expect(messages(isoDate, d)).toEqual(['is not a real calendar date (check the month and the day)']);
    }
  });
  it('rejects dates after the build date, at every precision', () => {
    for (const d of ['2026-11-24', '2026-12', '2027', '2999-01-01']) {
      expect(messages(isoDate, d)).toEqual(['is in the future: no fact can be dated after the build date']);
    }
  });
  it('asks for quotes when given a YAML timestamp or a number', () => {
    expect(messages(isoDate, new Date('1993-07-06T00:00:00Z'))).toEqual([
      "write the date in quotes, e.g. '1993-07-06' (an unquoted YAML date becomes a timestamp and can shift by a day)",
    ]);
    expect(messages(isoDate, 1993)).toEqual(["must be a date written as a quoted string: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'"]);
  });
});

describe('citations', () => {
  it('accepts a web citation and a seed citation with lines', () => {
    expect(messages(citation, { source: 'untc-v-2', locator: 'Participants table, row Armenia' })).toEqual([]);
    expect(messages(citation, { source: 'seed-2000-assessment', locator: 'Appendix A', lines: '1850-1852' })).toEqual([]);
  });
  it('rejects unknown fields, a too-short locator and bad ids', () => {
    expect(messages(citation, { source: 'untc-v-2', locator: 'row Armenia', page: 3 })).toEqual(['Unrecognized key: "page"']);
    expect(messages(citation, { source: 'untc-v-2', locator: 'p' })).toEqual(['locator: say where in the source the fact is (e.g. "para. 47")']);
    expect(messages(citation, { source: 'UNTC V-2', locator: 'row Armenia' })).toEqual([
      'source: must be lower-case kebab-case (letters, digits, single hyphens), e.g. "refugee-convention-1951"',
    ]);
  });
  it('rejects malformed or reversed line ranges', () => {
    expect(messages(lineRange, '12')).toEqual(["must be a seed line range 'start-end', e.g. '120-134'"]);
    expect(messages(lineRange, '20-10')).toEqual(['must start at line 1 or later and end at or after its start']);
    expect(messages(lineRange, '0-10')).toEqual(['must start at line 1 or later and end at or after its start']);
  });
  it('requires at least one citation for a fact', () => {
    expect(messages(citations, [])).toEqual(['cite at least one source: add `- source: <id>` with a `locator` (and `lines` for a seed)']);
  });
});

describe('ratification record: exactly one of events, none, unknown', () => {
  const sources = [{ source: 'untc-v-2', locator: 'Participants table, row Armenia' }];
  const event = { action: 'accession', date: '1993-07-06', sources };
  const exactlyOne =
    'give exactly one of: events (dated acts), none (the depositary lists no act, with sources), notOpen (the treaty is closed to this State, with the provision as basis and sources) or unknown (why it could not be verified)';

  it('accepts each of the three on its own', () => {
    expect(messages(countryRecordSchema, { country: 'ARM', events: [event] })).toEqual([]);
    expect(messages(countryRecordSchema, { country: 'ARM', events: [], none: { sources } })).toEqual([]);
    expect(messages(countryRecordSchema, { country: 'ARM', unknown: 'The depositary page could not be read.' })).toEqual([]);
  });
  it('rejects a record with none of them', () => {
    expect(messages(countryRecordSchema, { country: 'ARM' })).toEqual([exactlyOne]);
    expect(messages(countryRecordSchema, { country: 'ARM', events: [] })).toEqual([exactlyOne]);
  });
  it('rejects a record with two of them', () => {
    expect(messages(countryRecordSchema, { country: 'ARM', events: [event], none: { sources } })).toEqual([exactlyOne]);
    expect(messages(countryRecordSchema, { country: 'ARM', none: { sources }, unknown: 'Not verified.' })).toEqual([exactlyOne]);
  });
  it('rejects an event without sources and an effect before the deposit', () => {
    expect(messages(treatyEventSchema, { action: 'accession', date: '1993-07-06', sources: [] })).toEqual([
      'sources: cite at least one source: add `- source: <id>` with a `locator` (and `lines` for a seed)',
    ]);
    expect(messages(treatyEventSchema, { ...event, effective: '1993-07' })).toEqual([]);
    expect(messages(treatyEventSchema, { ...event, effective: '1993-06-30' })).toEqual([
      'effective: effective date (1993-06-30) is before the date of the accession (1993-07-06): only a succession can take effect before its deposit; check both dates against the depositary',
    ]);
  });
  it('lets a succession take effect before its deposit, from the date of succession', () => {
    expect(messages(treatyEventSchema, { action: 'succession', date: '1993-07-06', effective: '1991-08-24', sources })).toEqual([]);
  });
  it('requires the legal basis of a cessation, and keeps basis for cessations', () => {
    expect(messages(treatyEventSchema, { action: 'cessation', date: '2022-09-16', sources })).toEqual([
      'basis: a cessation needs `basis:`: say in words on what legal basis the State ceased to be party (e.g. the article and the decision ending its membership), or use denunciation/withdrawal if it notified one',
    ]);
    expect(messages(treatyEventSchema, { action: 'cessation', date: '2022-09-16', basis: 'Expelled from the organisation; the treaty binds members only.', sources })).toEqual([]);
    expect(messages(treatyEventSchema, { ...event, basis: 'Some basis.' })).toEqual([
      'basis: basis is only for a cessation: move it into note, or change action to cessation if the State ceased to be party without notifying a denunciation',
    ]);
  });
  it('accepts declarations of the listed kinds with sources, and rejects one without a source or of another kind', () => {
    const declaration = { kind: 'territorial-declaration', articles: ['40(1)'], summary: 'Applies only where the State exercises jurisdiction.', sources };
    expect(messages(treatyEventSchema, { ...event, declarations: [declaration] })).toEqual([]);
    const { sources: _dropped, ...withoutSources } = declaration;
    expect(messages(treatyEventSchema, { ...event, declarations: [withoutSources] })).toEqual([
      'declarations.0.sources: is required but missing: a declaration needs its source: add `sources:` with the depositary record that states it (`- source: <id>` and a `locator`)',
    ]);
    expect(messages(treatyEventSchema, { ...event, declarations: [{ ...declaration, kind: 'reserve' }] })).toEqual([
      'declarations.0.kind: kind must be one of reservation, interpretative-declaration, territorial-declaration, objection, reservation-withdrawal',
    ]);
  });
  it('takes asOf on records with events or none, never on unknown ones', () => {
    expect(messages(countryRecordSchema, { country: 'ARM', asOf: '2015-03-14', events: [event] })).toEqual([]);
    expect(messages(countryRecordSchema, { country: 'ARM', asOf: '2015', events: [], none: { sources } })).toEqual([]);
    expect(messages(countryRecordSchema, { country: 'ARM', asOf: '2015', unknown: 'Not verified.' })).toEqual([
      'asOf: an unknown record has no evidence date: remove asOf (it belongs on records with events or none)',
    ]);
  });
  it('rejects an unknown country with the list of valid codes', () => {
    expect(messages(countryRecordSchema, { country: 'XYZ', unknown: 'Not verified.' })).toEqual([
      'country: unknown country "XYZ": use one of the ISO 3166-1 alpha-3 codes ARM, AZE, BLR, GEO, KAZ, KGZ, MDA, RUS, TJK, TKM, UKR, UZB',
    ]);
  });
});
