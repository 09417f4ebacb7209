import { describe, expect, it } from 'vitest';
import { codeSegments, csvFormatRules, downloadList, plainText } from '../../src/lib/views/data.ts';
import { decodeList, encodeList, restoreCell } from '../../src/lib/csv.ts';
import { i18n } from '../../src/i18n/index.ts';
import { COUNTRY_COLUMNS, TREATY_COLUMNS } from '../../src/lib/reference-csv.ts';

const facts = { treaties: 26, laws: 205, today: '2026-11-29', snapshots: [{ slug: '2000', date: '2000' }, { slug: '2004', date: '2004-05-28' }] };

describe('the downloads list (/data/)', () => {
  it('lists the same files in the same order in both languages, with the same formats', () => {
    const en = downloadList(facts, i18n('en'));
    const ru = downloadList(facts, i18n('ru'));
    expect(ru.map((d) => [d.file, d.format])).toEqual(en.map((d) => [d.file, d.format]));
    expect(en.map((d) => d.file)).toContain('status-at-2004-05-28.csv');
    expect(en.find((d) => d.file === 'laws.csv')?.format).toBe('text/csv');
    expect(en.find((d) => d.file === 'datapackage.json')?.format).toBe('application/json');
  });

  it('describes each file in the page language, with counts, dates and snapshot pages in that language', () => {
    const en = new Map(downloadList(facts, i18n('en')).map((d) => [d.file, d.what]));
    const ru = new Map(downloadList(facts, i18n('ru')).map((d) => [d.file, d.what]));
    expect(en.get('treaties.json')).toMatch(/^The 26 treaties:/);
    expect(ru.get('treaties.json')).toMatch(/^26 договоров:/);
    expect(ru.get('laws.csv')).toMatch(/^205 национальных актов:/);
    expect(en.get('status-current.csv')).toContain('29 November 2026');
    expect(ru.get('status-current.csv')).toContain('29 ноября 2026 г.');
    // A year stands for the end of that year; a full date does not.
    expect(en.get('status-at-2000.csv')).toContain('(2000, i.e. at the end of that period), as on the page /matrix/2000/.');
    expect(en.get('status-at-2004-05-28.csv')).toContain('(28 May 2004), as on the page /matrix/2004/.');
    expect(ru.get('status-at-2000.csv')).toContain(`\`${i18n('ru').r.matrixSnapshot('2000')}\``);
  });
});

describe('code marks in dictionary text', () => {
  it('split text at backticks into plain and code pieces, and strip them for plain text', () => {
    expect(codeSegments('a `b` c')).toEqual([{ text: 'a ', code: false }, { text: 'b', code: true }, { text: ' c', code: false }]);
    expect(codeSegments('joined by ` | ` here')).toEqual([{ text: 'joined by ', code: false }, { text: ' | ', code: true }, { text: ' here', code: false }]);
    expect(codeSegments('no code')).toEqual([{ text: 'no code', code: false }]);
    expect(plainText('the `provenance` block')).toBe('the provenance block');
  });

  it('the page names every Russian column of the downloads as code, in both languages', () => {
    const russianColumns = [...COUNTRY_COLUMNS, ...TREATY_COLUMNS, 'title_ru', 'title_ru_origin', 'summary_ru'].filter((c) => c.includes('_ru'));
    for (const lang of ['en', 'ru'] as const) {
      const d = i18n(lang).t.data;
      const code = [...Object.values(d.russianColumns), ...Object.values(d.origins)].flatMap((text) => codeSegments(text).filter((s) => s.code).map((s) => s.text));
      for (const column of russianColumns) expect(code, `${lang}: ${column}`).toContain(column);
      for (const origin of ['authentic', 'official', 'site-translation']) expect(code, `${lang}: ${origin}`).toContain(origin);
    }
  });
});

describe('the CSV format as the page states it', () => {
  it('gives the separator and the neutralised-cell pattern the CSV writer uses, in both languages, with no placeholder left', () => {
    for (const lang of ['en', 'ru'] as const) {
      const rules = csvFormatRules(i18n(lang));
      expect(rules).toHaveLength(4);
      const text = rules.map((r) => r.text).join('\n');
      expect(text, lang).not.toMatch(/\{\w+\}/);
      const code = rules.flatMap((r) => codeSegments(r.text).filter((c) => c.code).map((c) => c.text));
      // The separator the page names joins a list, and the pattern it names is the one reading undoes.
      expect(code, lang).toContain(encodeList(['a', 'b']).slice(1, -1));
      expect(decodeList(`a${code.find((c) => c.trim() === '|')!}b`), lang).toEqual(['a', 'b']);
      const pattern = new RegExp(code.find((c) => c.startsWith('^'))!);
      expect(pattern.test("'=SUM(A1)"), lang).toBe(true);
      expect(restoreCell("'=SUM(A1)"), lang).toBe('=SUM(A1)');
    }
    expect(csvFormatRules(i18n('en'))[3]!.text).toContain("matching `^'+[=+\\-@\\t\\r]`.");
  });

  it('takes each rule\'s lead term from between ** and refuses a rule written without one', () => {
    expect(csvFormatRules(i18n('en')).map((r) => r.term)).toEqual(['Layout', 'Lists', 'Structured values', 'Formulas are neutralised']);
    expect(csvFormatRules(i18n('ru'))[0]).toMatchObject({ term: 'Структура', text: expect.stringMatching(/^: UTF-8/) });
    const t = { data: { csvRules: { layout: 'Layout: no marked term' } } } as unknown as Parameters<typeof csvFormatRules>[0]['t'];
    expect(() => csvFormatRules({ t })).toThrow('The CSV rule "layout" in the dictionary must start with its term between **');
  });
});
