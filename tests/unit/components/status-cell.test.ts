/** StatusCell, PartiesChart and Timeline say a status in the page's language. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import StatusCell from '../../../src/components/StatusCell.astro';
import { countryRecordSchema } from '../../../src/schemas/ratification.ts';
import { statusAt } from '../../../src/lib/derive/status.ts';
import { statusTextOf } from '../../../src/lib/views/matrix.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const cite = [{ source: 'untc-4-11', locator: 'row Armenia' }];
const record = countryRecordSchema.parse({ country: 'ARM', asOf: '2015-01-01', events: [{ action: 'accession', date: '1993-06-23', sources: cite }] });

async function cell(lang: 'en' | 'ru') {
  const status = statusAt(record, '2026-11-29');
  const words = statusTextOf(lang);
  const html = await container.renderToString(StatusCell, { props: { status, label: words.label(status.state), detail: words.detail(status), lang } });
  return parseHTML(`<table><tr>${html}</tr></table>`).document.querySelector('td')!;
}

describe('StatusCell', () => {
  it('says the status, the act and the evidence date in English', async () => {
    const td = await cell('en');
    expect(td.className).toBe('cell-party');
    expect(td.getAttribute('data-stale')).toBe('');
    expect([...td.querySelectorAll('span')].map((s) => s.textContent)).toEqual([
      'Party',
      'accession, 23 June 1993',
      'as last recorded 1 January 2015 (more than five years ago: a later act may be missing)',
    ]);
  });
  it('says the same in Russian, with Russian dates', async () => {
    const td = await cell('ru');
    expect([...td.querySelectorAll('span')].map((s) => s.textContent)).toEqual([
      'Участник',
      'присоединение от 23 июня 1993 г.',
      'по последним данным на 1 января 2015 г. (более пяти лет назад: более поздний акт может отсутствовать)',
    ]);
  });
});
