/** The pure derivations, on small records passed through the real schemas. */
import { describe, expect, it } from 'vitest';
import { countryRecordSchema, ratificationFileSchema, type RatificationFile } from '../../src/schemas/ratification.ts';
import { lawSchema, type Law } from '../../src/schemas/law.ts';
import { asOfWords, cellDetail, isStale, STATE_LABELS, statusAt } from '../../src/lib/derive/status.ts';
import { buildMatrix, diffMatrices, unverifiedCells } from '../../src/lib/derive/matrix.ts';
import { compareCell, compareCount } from '../../src/lib/derive/assertions.ts';
import { cellAssertionSchema, countAssertionSchema } from '../../src/schemas/assertion.ts';
import { paragraphContexts, poaBacklinks, poaCitation } from '../../src/lib/derive/poa.ts';
import { recordsFromRows, rowsFromCsv, rowsFromRecords, rowsToCsv } from '../../src/lib/derive/records-data.ts';
import { actInForceAt, lawTimeline, legislationCell, legislationMatrix } from '../../src/lib/derive/legislation.ts';
import { lawCoverageSchema } from '../../src/schemas/law-coverage.ts';
import { LAW_TOPICS } from '../../src/schemas/common.ts';
import { findAnchor } from '../../src/lib/derive/seed-anchors.ts';
import { conclusionSchema } from '../../src/schemas/conclusion.ts';

const cite = [{ source: 'untc-v-2', locator: 'Participants table' }];
const record = (data: unknown) => countryRecordSchema.parse(data);

describe('party status at a date', () => {
  const kaz = record({
    country: 'KAZ',
    events: [
      { action: 'signature', date: '2003-12-02', sources: cite },
      { action: 'ratification', date: '2006-01-24', sources: cite },
    ],
  });
  it('is "not party" before any act, "signed" after signature, "party" after ratification', () => {
    expect(statusAt(kaz, '2000-01-01').state).toBe('not-party');
    expect(statusAt(kaz, '2004-01-01').state).toBe('signed');
    const party = statusAt(kaz, '2006-01-24');
    expect(party.state).toBe('party');
    expect(party.decidingEvent?.action).toBe('ratification');
    expect(party.signature?.date).toBe('2003-12-02');
  });
  it('an explicit "none" is not party, and says so', () => {
    const uzb = record({ country: 'UZB', none: { sources: cite } });
    expect(statusAt(uzb, '2026-01-01')).toMatchObject({ state: 'not-party', explicitNone: true });
  });
  it('"unknown" stays unknown and keeps its reason', () => {
    expect(statusAt(record({ country: 'TKM', unknown: 'no record read' }), '2026-01-01')).toEqual({ state: 'unknown', reason: 'no record read', behind: false, stale: false, declarations: [] });
  });
  it('a withdrawal takes effect on its date of effect', () => {
    const rus = record({
      country: 'RUS',
      events: [
        { action: 'ratification', date: '1998-05-05', sources: cite },
        { action: 'withdrawal', date: '2022-03-16', effective: '2022-09-16', sources: cite },
      ],
    });
    expect(statusAt(rus, '2022-06-01').state).toBe('party');
    expect(statusAt(rus, '2022-09-16').state).toBe('denounced');
  });
  it('a cessation (no denunciation notified) is "Ceased to be party" from its date, not "Denounced"', () => {
    const rus = record({
      country: 'RUS',
      asOf: '2022-09-16',
      events: [
        { action: 'ratification', date: '1998-05-05', sources: cite },
        { action: 'cessation', date: '2022-09-16', basis: 'Expelled from the organisation; membership is a condition of being party.', sources: cite },
      ],
    });
    expect(statusAt(rus, '2022-09-15').state).toBe('party');
    const ceased = statusAt(rus, '2022-09-16');
    expect(ceased.state).toBe('ceased');
    expect(STATE_LABELS[ceased.state]).toBe('Ceased to be party');
    expect(ceased.decidingEvent?.action).toBe('cessation');
    expect(cellDetail(ceased)).toBe('ceased to be party 16 September 2022');
  });
  it('a succession takes effect from its effective date, before its deposit', () => {
    const ukr = record({
      country: 'UKR',
      events: [{ action: 'succession', date: '1993-03-10', effective: '1991-08-24', sources: cite }],
    });
    expect(statusAt(ukr, '1991-08-23').state).toBe('not-party');
    expect(statusAt(ukr, '1992-01-01').state).toBe('party');
    expect(cellDetail(statusAt(ukr, '1992-01-01'))).toBe('succession, effective 24 August 1991 (deposited 10 March 1993)');
    // Another act's effective date never moves it earlier than its deposit.
    const kaz = record({ country: 'KAZ', events: [{ action: 'accession', date: '1999-01-15', effective: '1999-04-15', sources: cite }] });
    expect(statusAt(kaz, '1999-01-15').state).toBe('party');
    expect(statusAt(kaz, '1999-01-14').state).toBe('not-party');
  });
  it('reports the evidence date, says when the status is carried forward, and marks evidence over five years old as stale', () => {
    const arm = record({ country: 'ARM', asOf: '2015-03-14', events: [{ action: 'accession', date: '1993-07-06', sources: cite }] });
    const then = statusAt(arm, '2015-03-14');
    expect(then).toMatchObject({ state: 'party', asOf: '2015-03-14', behind: false, stale: false });
    expect(asOfWords(then)).toBe('');
    expect(statusAt(arm, '2020-03-14')).toMatchObject({ behind: true, stale: false });
    expect(statusAt(arm, '2020-03-15')).toMatchObject({ behind: true, stale: true });
    const today = statusAt(arm, '2026-11-29');
    expect(today).toMatchObject({ asOf: '2015-03-14', behind: true, stale: true });
    expect(asOfWords(today)).toBe('as last recorded 14 March 2015');
    // A partial asOf counts to the end of its period; an unknown record and a record without asOf are never stale.
    expect(isStale('2015', '2020-12-31')).toBe(false);
    expect(isStale('2015', '2021-01-01')).toBe(true);
    expect(isStale('2016-02-29', '2021-02-28')).toBe(false);
    expect(statusAt(record({ country: 'TKM', unknown: 'not read' }), '2026-11-29')).toMatchObject({ stale: false, behind: false });
    expect(statusAt(record({ country: 'TKM', events: [{ action: 'accession', date: '1998', sources: cite }] }), '2026-11-29')).toMatchObject({ stale: false, behind: false });
    expect(statusAt(record({ country: 'TKM', events: [{ action: 'accession', date: '1998', sources: cite }] }), '2026-11-29').asOf).toBeUndefined();
    // An explicit "none" carries its evidence date too.
    expect(statusAt(record({ country: 'UZB', asOf: '2015', none: { sources: cite } }), '2026-11-29')).toMatchObject({ state: 'not-party', asOf: '2015', stale: true });
  });
  it('lists the declarations made by the date shown, with their acts', () => {
    const geo = record({
      country: 'GEO',
      events: [
        {
          action: 'accession',
          date: '1999-08-09',
          declarations: [
            { kind: 'territorial-declaration', articles: ['40(1)'], summary: 'Applies only where the State exercises jurisdiction.', sources: cite },
            { kind: 'reservation-withdrawal', articles: ['17'], summary: 'Withdraws the reservation on wage-earning employment.', date: '2005-01-10', sources: cite },
          ],
          sources: cite,
        },
      ],
    });
    expect(statusAt(geo, '1999-01-01').declarations).toEqual([]);
    const at2000 = statusAt(geo, '2000-01-01').declarations;
    expect(at2000.map((d) => d.declaration.kind)).toEqual(['territorial-declaration']);
    expect(at2000[0]!.event.action).toBe('accession');
    expect(statusAt(geo, '2026-01-01').declarations.map((d) => [d.declaration.kind, d.declaration.articles])).toEqual([
      ['territorial-declaration', ['40(1)']],
      ['reservation-withdrawal', ['17']],
    ]);
  });
});

describe('gap matrices', () => {
  const file: RatificationFile = ratificationFileSchema.parse({
    treaty: 't1',
    countries: [
      { country: 'ARM', events: [{ action: 'accession', date: '1993-07-06', sources: cite }] },
      { country: 'UZB', none: { sources: cite } },
    ],
  });
  const records = new Map([['t1', file]]);
  it('builds rows × columns and lists what changed between two dates', () => {
    const before = buildMatrix('1990-01-01', ['ARM', 'UZB'], ['t1'], records);
    const after = buildMatrix('2000-01-01', ['ARM', 'UZB'], ['t1'], records);
    expect(after.cells[0]![0]!.status.state).toBe('party');
    expect(diffMatrices(before, after)).toEqual([{ country: 'ARM', treaty: 't1', from: 'not-party', to: 'party' }]);
  });
  it('lists the unverified cells, treaty by treaty, with their recorded reasons', () => {
    const second = ratificationFileSchema.parse({
      treaty: 't2',
      countries: [
        { country: 'ARM', unknown: 'The depositary list was cut off.' },
        { country: 'UZB', events: [{ action: 'signature', date: '2001-06-28', sources: cite }] },
      ],
    });
    const withUnknown = new Map([...records, ['t2', second]]);
    const matrix = buildMatrix('2026-01-01', ['ARM', 'UZB', 'KAZ'], ['t1', 't2'], withUnknown);
    expect(unverifiedCells(matrix)).toEqual([
      { country: 'KAZ', treaty: 't1', reason: 'No record has been entered for this country.' },
      { country: 'ARM', treaty: 't2', reason: 'The depositary list was cut off.' },
      { country: 'KAZ', treaty: 't2', reason: 'No record has been entered for this country.' },
    ]);
  });
  it('the CSV download round-trips to the same statuses', () => {
    const rows = rowsFromRecords([file], () => 'UNTC V-2', () => 'https://example.org/v-2');
    const back = recordsFromRows(rowsFromCsv(rowsToCsv(rows)));
    for (const country of ['ARM', 'UZB'] as const) {
      expect(statusAt(back.get('t1')!.countries.find((c) => c.country === country), '2026-01-01').state).toBe(
        statusAt(file.countries.find((c) => c.country === country), '2026-01-01').state,
      );
    }
  });
  it('the CSV download carries the evidence date, the basis of a cessation and the declarations, and round-trips them', () => {
    const withEvidence = ratificationFileSchema.parse({
      treaty: 't3',
      countries: [
        {
          country: 'GEO',
          asOf: '2015-03-14',
          events: [
            {
              action: 'accession',
              date: '1999-08-09',
              declarations: [{ kind: 'territorial-declaration', articles: ['40(1)'], summary: 'Applies only where, "for now", it has jurisdiction.', sources: cite }],
              sources: cite,
            },
          ],
        },
        { country: 'RUS', asOf: '2022-09', events: [{ action: 'ratification', date: '1998-05-05', sources: cite }, { action: 'cessation', date: '2022-09-16', basis: 'Expulsion, ending membership.', sources: cite }] },
        { country: 'UZB', asOf: '2015', none: { sources: cite } },
        { country: 'TKM', unknown: 'not read' },
      ],
    });
    const rows = rowsFromRecords([withEvidence], () => 'X', () => undefined);
    expect(rows.map((r) => [r.country, r.action, r.asOf])).toEqual([
      ['GEO', 'accession', '2015-03-14'],
      ['RUS', 'ratification', '2022-09'],
      ['RUS', 'cessation', '2022-09'],
      ['UZB', 'none', '2015'],
      ['TKM', 'unknown', null],
    ]);
    const csv = rowsToCsv(rows);
    expect(csv.split('\r\n')[0]).toBe('country,treaty,depositary_ref,action,date,date_of_effect,note,source,locator,address,as_of,basis,declarations');
    const back = recordsFromRows(rowsFromCsv(csv)).get('t3')!;
    const geo = back.countries.find((c) => c.country === 'GEO')!;
    expect(geo.asOf).toBe('2015-03-14');
    expect(geo.events[0]!.declarations).toEqual(withEvidence.countries[0]!.events[0]!.declarations);
    expect(back.countries.find((c) => c.country === 'RUS')!.events[1]).toMatchObject({ action: 'cessation', basis: 'Expulsion, ending membership.' });
    for (const country of ['GEO', 'RUS', 'UZB', 'TKM'] as const) {
      const original = statusAt(withEvidence.countries.find((c) => c.country === country), '2026-11-29');
      const again = statusAt(back.countries.find((c) => c.country === country), '2026-11-29');
      expect([again.state, again.asOf, again.stale, again.declarations.length]).toEqual([original.state, original.asOf, original.stale, original.declarations.length]);
    }
  });
  it('source documents are compared cell by cell and by count', () => {
    const stated = cellAssertionSchema.parse({ kind: 'cell', country: 'UZB', treaty: 't1', stated: 'party', locator: 'Appendix A', lines: '1-1' });
    expect(compareCell(stated, records, '2000').agreement).toBe('disagrees');
    const count = countAssertionSchema.parse({ kind: 'count', treaties: ['t1'], anyOf: true, countries: ['ARM', 'UZB'], statedCount: 1, statedText: 'all but one', locator: 'x', lines: '1-1' });
    expect(compareCount(count, records, '2004-05-28')).toMatchObject({ agreement: 'agrees', derivedCount: 1 });
  });
});

describe('the Programme of Action', () => {
  it('each paragraph gets the chapter, section and label in force at its number', () => {
    const contexts = paragraphContexts(
      [
        { kind: 'chapter', id: 'II', title: 'INSTITUTIONAL FRAMEWORK', firstParagraph: 24, lines: '1-1' },
        { kind: 'section', id: 'II-B', title: 'B. Legislation', firstParagraph: 39, lines: '1-1' },
        { kind: 'chapter', id: 'III', title: 'NEXT', firstParagraph: 50, lines: '1-1' },
      ],
      [38, 43, 50],
    );
    expect(contexts.get(38)?.section).toBeUndefined();
    expect(contexts.get(43)?.section?.id).toBe('II-B');
    expect(contexts.get(50)).toEqual({ chapter: expect.objectContaining({ id: 'III' }) });
  });
  it('backlinks are derived from the links stored on the conclusions', () => {
    const c = conclusionSchema.parse({ id: 'refugee-3', heading: 'H', order: 3, text: 't', lines: '1-2', poaLinks: [{ paragraph: '13-c', reason: 'r' }] });
    expect(poaBacklinks([c]).get(13)).toEqual([{ conclusion: c, ref: '13-c', target: { paragraph: 13, letter: 'c' }, reason: 'r' }]);
    expect(poaCitation('13-c')).toBe('Programme of Action, CIS Conference, Geneva 1996, para. 13(c)');
  });
  it('a seed citation links to the published unit holding its first line', () => {
    const ranges = [{ start: 10, end: 20, href: '/poa/#para-5' }, { start: 21, end: 30, href: '/poa/#para-6' }];
    expect(findAnchor(ranges, '22-25')?.href).toBe('/poa/#para-6');
  });
});

describe('legislation at a date', () => {
  const law = (data: Partial<Law>): Law =>
    lawSchema.parse({ id: 'geo-1998-law-refugees', country: 'GEO', title: 'Law', kind: 'law', status: 'replaced', topics: ['refugees-asylum'], summary: 's', sources: cite, verified: '2026-11-23', ...data });
  const old = law({ adopted: '1998', replacedBy: ['geo-2011-law-refugees'] });
  const successor = law({ id: 'geo-2011-law-refugees', adopted: '2011-12-13', status: 'in-force', statusAsOf: '2026-11-20', replaces: ['geo-1998-law-refugees'] });
  const byId = new Map([[old.id, old], [successor.id, successor]]);
  it('a replaced act is in force until its successor takes effect (adoption where no entry into force is given)', () => {
    expect(actInForceAt(old, '2005-01-01', byId)).toBe(true);
    expect(actInForceAt(old, '2012-01-01', byId)).toBe(false);
  });
  it('an act counts from its entry into force, and its recorded end outranks its successor\'s dates', () => {
    const older = law({ id: 'rus-2002-law-citizenship', country: 'RUS', adopted: '2002-04-19', inForce: '2002-07-01', status: 'replaced', ended: '2023-10-26', replacedBy: ['rus-2023-law-citizenship'] });
    const newer = law({ id: 'rus-2023-law-citizenship', country: 'RUS', adopted: '2023-04-28', inForce: '2023-10-26', status: 'in-force', statusAsOf: '2026-01-01', replaces: ['rus-2002-law-citizenship'] });
    const ids = new Map([[older.id, older], [newer.id, newer]]);
    expect(actInForceAt(older, '2002-05-01', ids)).toBe(false);
    expect(actInForceAt(older, '2002-07-01', ids)).toBe(true);
    expect(actInForceAt(older, '2023-06-01', ids)).toBe(true);
    expect(actInForceAt(newer, '2023-06-01', ids)).toBe(false);
    expect(actInForceAt(older, '2023-10-26', ids)).toBe(false);
    expect(actInForceAt(newer, '2023-10-26', ids)).toBe(true);
  });
  it('without a recorded end, an act stops when its successor enters into force', () => {
    const older = law({ id: 'rus-2002-law-citizenship', country: 'RUS', adopted: '2002-04-19', status: 'replaced', replacedBy: ['rus-2023-law-citizenship'] });
    const newer = law({ id: 'rus-2023-law-citizenship', country: 'RUS', adopted: '2023-04-28', inForce: '2023-10-26', status: 'in-force', statusAsOf: '2026-01-01', replaces: ['rus-2002-law-citizenship'] });
    const ids = new Map([[older.id, older], [newer.id, newer]]);
    expect(actInForceAt(older, '2023-06-01', ids)).toBe(true);
    expect(actInForceAt(older, '2023-11-01', ids)).toBe(false);
  });
  it('an act replaced at a date no source gives is never counted as in force', () => {
    const annulled = law({ id: 'arm-1999-law-refugees', country: 'ARM', adopted: '1999-03-03', status: 'replaced' });
    expect(actInForceAt(annulled, '2000-01-01', new Map([[annulled.id, annulled]]))).toBe(false);
    const cell = legislationCell('ARM', 'refugees-asylum', '2000-01-01', [annulled], new Map([[annulled.id, annulled]]), undefined);
    expect(cell.state).toBe('unknown');
    expect(cell.endedAtUnknownDate.map((l) => l.id)).toEqual(['arm-1999-law-refugees']);
  });
  const search = { date: '2026-11-20', consulted: cite, queries: ['trafficking'], result: 'No act listed.' };
  it('"none found" needs a recorded search; otherwise an empty cell is "unknown"', () => {
    expect(legislationCell('GEO', 'trafficking', '2026-01-01', [old, successor], byId, undefined).state).toBe('unknown');
    const searched = lawCoverageSchema.parse({ country: 'GEO', topics: [{ topic: 'trafficking', outcome: 'none-found', search }] });
    const cell = legislationCell('GEO', 'trafficking', '2026-01-01', [old, successor], byId, searched);
    expect(cell.state).toBe('none-found');
    expect(cell.search?.result).toBe('No act listed.');
    expect(legislationCell('GEO', 'refugees-asylum', '2026-01-01', [old, successor], byId, undefined).acts.map((l) => l.id)).toEqual(['geo-2011-law-refugees']);
  });
  it('a "none-found" outcome without its search record is refused by the schema', () => {
    expect(lawCoverageSchema.safeParse({ country: 'GEO', topics: [{ topic: 'trafficking', outcome: 'none-found', sources: cite }] }).success).toBe(false);
    expect(lawCoverageSchema.safeParse({ country: 'GEO', topics: [{ topic: 'trafficking', outcome: 'unknown', search }] }).success).toBe(false);
  });
  it('an act whose status no source states is "found, status not verified", never "in force"', () => {
    const unverified = law({ id: 'geo-2014-law-aliens', adopted: '2014-03-05', status: 'unknown' });
    const cell = legislationCell('GEO', 'refugees-asylum', '2026-01-01', [unverified], new Map([[unverified.id, unverified]]), undefined);
    expect(cell.state).toBe('found-unverified');
    expect(cell.acts).toEqual([]);
    expect(cell.unverified.map((l) => l.id)).toEqual(['geo-2014-law-aliens']);
    // "In force" without the date of a source stating it cannot be recorded at all.
    expect(() => law({ id: 'geo-2014-law-aliens', adopted: '2014-03-05', status: 'in-force' })).toThrow(/statusAsOf/);
  });
  it('a verified act outranks an unverified one, and a recorded search never hides a recorded act', () => {
    const unverified = law({ id: 'geo-2014-law-aliens', adopted: '2014-03-05', status: 'unknown' });
    const all = [old, successor, unverified];
    const ids = new Map(all.map((l) => [l.id, l]));
    const searched = lawCoverageSchema.parse({ country: 'GEO', topics: [{ topic: 'refugees-asylum', outcome: 'none-found', search }] });
    const cell = legislationCell('GEO', 'refugees-asylum', '2026-01-01', all, ids, searched);
    expect(cell.state).toBe('found');
    expect(cell.unverified.map((l) => l.id)).toEqual(['geo-2014-law-aliens']);
  });
  it('the matrix has one cell per country and topic, the two new topics included', () => {
    const matrix = legislationMatrix(['GEO', 'ARM'], '2026-01-01', [old, successor], byId, new Map());
    expect(matrix.map((row) => row.map((c) => `${c.country}/${c.topic}`))).toEqual(['GEO', 'ARM'].map((c) => LAW_TOPICS.map((t) => `${c}/${t}`)));
    expect(LAW_TOPICS).toContain('readmission-agreements');
    expect(LAW_TOPICS).toContain('statelessness-determination');
  });
  it('a law\'s timeline lists dated steps in order and keeps undated ones last, never guessing a date', () => {
    const amending = law({ id: 'geo-2013-law-amendments', adopted: '2013-06', status: 'in-force', statusAsOf: '2026-11-20', amends: ['geo-2011-law-refugees'] });
    const undatedSuccessor = law({ id: 'geo-undated-law-protection', status: 'unknown', replaces: ['geo-2011-law-refugees'] });
    const subject = law({ id: 'geo-2011-law-refugees', adopted: '2011-12-13', inForce: '2012-02-01', status: 'replaced', replaces: ['geo-1998-law-refugees'], replacedBy: ['geo-undated-law-protection'] });
    const all = [old, subject, amending, undatedSuccessor];
    const steps = lawTimeline(subject, all, new Map(all.map((l) => [l.id, l])));
    expect(steps.map((e) => [e.date, e.kind, e.other?.id])).toEqual([
      ['2011-12-13', 'adopted', undefined],
      ['2012-02-01', 'in-force', undefined],
      ['2012-02-01', 'replaces', 'geo-1998-law-refugees'],
      ['2013-06', 'amended', 'geo-2013-law-amendments'],
      [undefined, 'replaced', 'geo-undated-law-protection'],
    ]);
  });

});
