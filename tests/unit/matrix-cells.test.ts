/** The matrix cell states "not open to this State" and "not yet adopted", the shared cell rendering and the address state. */
import { describe, expect, it } from 'vitest';
import { countryRecordSchema, ratificationFileSchema } from '../../src/schemas/ratification.ts';
import { beforeAdoption, cellStatus, statusAt } from '../../src/lib/derive/status.ts';
import { buildMatrix, countStates } from '../../src/lib/derive/matrix.ts';
import { recordsFromRows, rowsFromRecords } from '../../src/lib/derive/records-data.ts';
import { cellAttributes, cellInnerHtml, cellParts, LEGEND_STATES, STATE_SYMBOLS } from '../../src/lib/views/cell.ts';
import { statusTextOf, statusWordsOf } from '../../src/lib/views/matrix.ts';
import { dictionary } from '../../src/i18n/index.ts';
import { parseState, stateToSearch, type StateContext, type StateMessages } from '../../src/lib/views/matrix-state.ts';

const cite = [{ source: 'echr-text-article-59-booklet', locator: 'Article 59' }];
const record = (data: unknown) => countryRecordSchema.parse(data);

describe('cell states', () => {
  const closed = record({ country: 'KAZ', notOpen: { basis: 'Article 59(1)', note: 'members of the Council of Europe only', sources: cite } });
  it('"not open to this State" carries the treaty provision, at every date', () => {
    expect(statusAt(closed, '2026-01-01')).toMatchObject({ state: 'not-open', basis: 'Article 59(1)' });
    expect(statusAt(closed, '1996-05-31').state).toBe('not-open');
  });
  it('notOpen cannot be combined with events, none or unknown', () => {
    expect(() => record({ country: 'KAZ', notOpen: { basis: 'Art. 59', sources: cite }, none: { sources: cite } })).toThrow(/exactly one of/);
    expect(() => record({ country: 'KAZ', notOpen: { sources: cite } })).toThrow();
  });
  it('"not yet adopted" before the adoption date, at the precision of both dates', () => {
    expect(beforeAdoption('1998-03-06', '1998-03-05')).toBe(true);
    expect(beforeAdoption('1998-03-06', '1998-03-06')).toBe(false);
    expect(beforeAdoption('1949', '1948-12-31')).toBe(true);
    expect(beforeAdoption('1949', '1949-01-01')).toBe(false);
    expect(beforeAdoption(undefined, '1900-01-01')).toBe(false);
    expect(cellStatus(closed, '1940-01-01', '1950-11-04').state).toBe('not-adopted');
    expect(cellStatus(closed, '2000-01-01', '1950-11-04').state).toBe('not-open');
  });
  it('the matrix counts each new state separately from "not party"', () => {
    const file = ratificationFileSchema.parse({ treaty: 'echr-1950', countries: [closed, { country: 'ARM', none: { sources: cite } }] });
    const m = buildMatrix('2000-01-01', ['KAZ', 'ARM'], ['echr-1950', 'cis-x'], new Map([['echr-1950', file]]), (t) => (t === 'cis-x' ? '2005-01-01' : '1950-11-04'));
    const counts = countStates(m.cells.flat());
    expect(counts).toMatchObject({ 'not-open': 1, 'not-party': 1, 'not-adopted': 2 });
  });
  it('round-trips through the published rows', () => {
    const file = ratificationFileSchema.parse({ treaty: 'echr-1950', countries: [closed] });
    const rows = rowsFromRecords([file], () => 'CETS 005', () => undefined);
    expect(rows[0]).toMatchObject({ action: 'not-open', basis: 'Article 59(1)', note: 'members of the Council of Europe only' });
    const back = recordsFromRows(rows).get('echr-1950')!.countries[0];
    expect(statusAt(back, '2026-01-01')).toMatchObject({ state: 'not-open', basis: 'Article 59(1)' });
  });
});

describe('one cell rendering for server and browser', () => {
  const status = statusAt(record({ country: 'KAZ', events: [{ action: 'accession', date: '1999-01-15', sources: cite }] }), '2026-01-01');
  const parts = cellParts({ country: 'KAZ', countryName: 'Kazakhstan', treaty: 'refugee-convention-1951', treatyName: '1951 <Refugee> Convention', family: 'refugees', status }, statusTextOf('en'));
  it('shows a symbol and the year, and writes the full statement with country and treaty as text', () => {
    expect(parts).toMatchObject({ symbol: '●', year: '1999', label: 'Party', detail: 'accession, 15 January 1999' });
    const html = cellInnerHtml(parts);
    const text = html.replace(/<[^>]+>/g, '');
    expect(text).toContain('Party, accession, 15 January 1999: Kazakhstan, 1951 &lt;Refugee&gt; Convention');
    expect(html).toContain('aria-hidden="true">●');
    expect(cellAttributes(parts)).toMatchObject({ class: 'cell cell-party', 'data-state': 'party', 'data-treaty': 'refugee-convention-1951', 'data-country': 'KAZ' });
  });
  it('every state has its own symbol and legend entry', () => {
    const symbols = Object.values(STATE_SYMBOLS);
    expect(new Set(symbols).size).toBe(symbols.length);
    expect([...LEGEND_STATES].sort()).toEqual(Object.keys(STATE_SYMBOLS).sort());
    for (const lang of ['en', 'ru'] as const) for (const state of LEGEND_STATES) expect(dictionary(lang).matrix.legendText[state]).toBeTruthy();
  });
  it('a Russian cell says the status in Russian, links to the Russian record and marks an English treaty name', () => {
    const ru = cellParts({ country: 'KAZ', countryName: 'Казахстан', treaty: 'refugee-convention-1951', treatyName: '1951 Refugee Convention', treatyLang: 'en', family: 'refugees', status }, statusTextOf('ru'));
    expect(ru).toMatchObject({ label: 'Участник', detail: 'присоединение от 15 января 1999 г.', href: '/ru/treaties/refugee-convention-1951/#country-KAZ' });
    const html = cellInnerHtml(ru);
    expect(html).toContain('<span class="where-treaty" lang="en">1951 Refugee Convention</span>');
    expect(html).toContain('<span class="where-country">Казахстан</span>');
  });
});

describe('matrix state in the address', () => {
  const messages = (lang: 'en' | 'ru') => ({ ...dictionary(lang).matrix.client, words: statusWordsOf(lang) }) as unknown as StateMessages;
  const en = messages('en');
  const ru = messages('ru');
  const ctx: StateContext = {
    today: '2026-11-29',
    earliest: '1948-01-01',
    regions: new Map([['central-asia', 'Central Asia']]),
    families: new Map([['regional', 'CIS regional']]),
  };
  it('reads and writes the same state', () => {
    const { state, notices } = parseState('?at=2004-04-16&compare=1996-05-31&region=central-asia&family=regional', ctx, en);
    expect(notices).toEqual([]);
    expect(state).toEqual({ at: '2004-04-16', compare: '1996-05-31', region: 'central-asia', family: 'regional', view: 'compact' });
    expect(stateToSearch(state, ctx.today)).toBe('?at=2004-04-16&compare=1996-05-31&region=central-asia&family=regional');
    expect(stateToSearch({ ...state, at: ctx.today, compare: '', region: '', family: '' }, ctx.today)).toBe('');
  });
  it('ignores unknown ids and bad dates, saying what and why', () => {
    const { state, notices } = parseState('?at=2023-02-30&compare=2099-01-01&region=mars&family=regional', ctx, en);
    expect(state).toMatchObject({ at: ctx.today, compare: '', region: '', family: 'regional' });
    expect(notices.join(' ')).toMatch(/“2023-02-30” is not a date/);
    expect(notices.join(' ')).toMatch(/after the date of the data/);
    expect(notices.join(' ')).toMatch(/Region “mars” is not one of central-asia/);
  });
  it('says the same in Russian on the Russian page, with Russian dates', () => {
    const { notices } = parseState('?at=2023-02-30&compare=2099-01-01&region=mars', ctx, ru);
    expect(notices).toEqual([
      'Дата: «2023-02-30» — не дата: напишите её в виде ГГГГ-ММ-ДД, например 2026-11-29. Матрица показывает 29 ноября 2026 г.',
      'Дата сравнения: 1 января 2099 г. — позже даты данных (29 ноября 2026 г.). Сравнение не показано.',
      'Регион «mars» не входит в список central-asia: показаны все регионы.',
    ]);
  });
});
