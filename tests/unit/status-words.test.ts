/** Status words: English says exactly what the derivations say; Russian says the same in Russian. */
import { describe, expect, it } from 'vitest';
import { countryRecordSchema } from '../../src/schemas/ratification.ts';
import { asOfWords, cellDetail, cellEvidence, cellStatus, declarationHeading, evidenceLine, STATE_LABELS, actionLabel } from '../../src/lib/derive/status.ts';
import { fill } from '../../src/lib/views/status-words.ts';
import { statusTextOf } from '../../src/lib/views/matrix.ts';
import { TREATY_ACTIONS } from '../../src/schemas/ratification.ts';

const cite = [{ source: 's', locator: 'row' }];
const records = [
  { country: 'ARM', asOf: '2015-01-01', events: [{ action: 'signature', date: '1990-01-26', sources: cite }, { action: 'ratification', date: '1993-06-23', sources: cite, declarations: [{ kind: 'reservation', articles: ['17', '24'], summary: 'x', sources: cite }] }] },
  { country: 'AZE', asOf: '2024-05', events: [{ action: 'succession', date: '1993-05-12', effective: '1991-12-26', sources: cite }] },
  { country: 'BLR', events: [{ action: 'accession', date: '2001', sources: cite }, { action: 'denunciation', date: '2010-03-01', sources: cite }] },
  { country: 'GEO', asOf: '2020-01-01', none: { sources: cite } },
  { country: 'KAZ', unknown: 'no depositary record read' },
  { country: 'KGZ', notOpen: { basis: 'Article 59(1)', sources: cite } },
  { country: 'MDA', asOf: '2019', events: [{ action: 'signature', date: '2005-05-16', sources: cite }] },
].map((r) => countryRecordSchema.parse(r));
const dates = ['1948-01-01', '1990-06-01', '1993-01-01', '1993-07-01', '2005-06-01', '2015-01-01', '2026-11-29'];
const adopted = ['1949-08-12', '2000', undefined];

describe('status words', () => {
  const en = statusTextOf('en');
  it('English gives the same words as the derivations, for every kind of record and date', () => {
    let compared = 0;
    for (const record of records) for (const at of dates) for (const a of adopted) {
      const status = cellStatus(record, at, a);
      expect(en.label(status.state)).toBe(STATE_LABELS[status.state]);
      expect(en.detail(status, a)).toBe(cellDetail(status));
      expect(en.evidence(status)).toEqual(cellEvidence(status));
      expect(en.evidenceLine(status)).toBe(evidenceLine(status));
      expect(en.asOfWords(status)).toBe(asOfWords(status));
      for (const { declaration } of status.declarations) expect(en.declarationHeading(declaration)).toBe(declarationHeading(declaration));
      compared++;
    }
    expect(compared).toBe(records.length * dates.length * adopted.length);
    for (const action of TREATY_ACTIONS) expect(en.actionLabel(action)).toBe(actionLabel(action));
  });
  it('Russian says the act, the date and the evidence in Russian, keeping the date precision', () => {
    const ru = statusTextOf('ru');
    const azeNow = cellStatus(records[1], '2026-11-29', undefined);
    expect(ru.detail(azeNow)).toBe('правопреемство, действует с 26 декабря 1991 г. (сдано на хранение 12 мая 1993 г.)');
    expect(ru.evidenceLine(azeNow)).toBe('по последним данным на май 2024 г.');
    const arm = cellStatus(records[0], '2026-11-29', undefined);
    expect(ru.label(arm.state)).toBe('Участник');
    expect(ru.evidence(arm).words).toBe('данные старше пяти лет: по последним данным на 1 января 2015 г.; зарегистрировано оговорок, заявлений или возражений: 1');
    expect(ru.declarationHeading(arm.declarations[0]!.declaration)).toBe('Оговорка (статьи 17, 24)');
    expect(ru.detail(cellStatus(records[0], '1948-01-01', '1949-08-12'), '1949-08-12')).toBe('принят 12 августа 1949 г.');
    expect(ru.detail(cellStatus(records[5], '2026-11-29', undefined))).toBe('закрыт для него: Article 59(1)');
    expect(TREATY_ACTIONS.map((a) => ru.actionLabel(a))).toEqual([
      'Подписание', 'Ратификация', 'Присоединение', 'Правопреемство', 'Принятие', 'Утверждение', 'Денонсация', 'Выход', 'Прекращение участия',
    ]);
  });
});

describe('fill', () => {
  it('replaces named values and leaves unknown names visible', () => {
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
  it('does not double a full stop when the value ends in one (Russian dates end in "г.")', () => {
    expect(fill('на {date}.', { date: '1 мая 2020 г.' })).toBe('на 1 мая 2020 г.');
    expect(fill('on {date}.', { date: '1 May 2020' })).toBe('on 1 May 2020.');
    expect(fill('на {date}{changes}.', { date: '1 мая 2020 г.', changes: '' })).toBe('на 1 мая 2020 г.');
    expect(fill('{a}.', { a: '...' })).toBe('...');
    expect(fill('. {a}', { a: 1 })).toBe('. 1');
  });
});
