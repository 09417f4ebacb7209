/** The PoA implementation tracker in both languages: status written out in every cell, in the page's language. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { expect, it } from 'vitest';
import PoaTracker from '../../../src/components/PoaTracker.astro';
import type { PoaTracker as Tracker } from '../../../src/lib/views/poa-tracker.ts';
import type { Status } from '../../../src/lib/derive/status.ts';

const status = (state: Status['state']) => ({ state }) as Status;
const tracker = {
  number: 13,
  treaties: [{ id: 'refugee-convention-1951', shortName: '1951 Refugee Convention', shortNameRu: 'Конвенция 1951 года о беженцах' }],
  dates: [
    { key: '1996', at: '1996-05', label: 'май 1996 г. (Конференция)' },
    { key: '2004', at: '2004-05-28', label: '28 мая 2004 г. (Минск)' },
    { key: 'today', at: '2026-11-29', label: '29 ноября 2026 г. (сегодня)' },
  ],
  rows: [
    { country: { id: 'ARM', slug: 'armenia', name: 'Armenia', nameRu: { text: 'Армения', origin: 'site-translation' } }, statuses: [[status('not-party'), status('party'), status('party')]], actedSince: true },
    { country: { id: 'UZB', slug: 'uzbekistan', name: 'Uzbekistan' }, statuses: [[status('not-party'), status('not-party'), status('unknown')]], actedSince: false },
  ],
  partyToAll: [0, 1, 1],
  actedSince: 1,
} as unknown as Tracker;

async function render(lang: 'en' | 'ru') {
  const container = await AstroContainer.create();
  const html = await container.renderToString(PoaTracker, { props: { tracker, lang } });
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}

it('writes the status in words in every cell, in the page\'s language, under a captioned scroll region', async () => {
  const en = await render('en');
  const ru = await render('ru');
  const cells = (doc: Document) => [...doc.querySelectorAll('tbody td')].map((td) => td.textContent!.replace(/^\S+\s/, '').trim());
  expect(cells(en)).toEqual(['Not party', 'Party', 'Party', 'Not party', 'Not party', 'Unknown']);
  expect(cells(ru)).toEqual(['Не участник', 'Участник', 'Участник', 'Не участник', 'Не участник', 'Неизвестно']);
  expect(ru.querySelector('[role="region"]')!.getAttribute('aria-labelledby')).toBe('tracker-13-caption');
  expect(ru.querySelector('caption')!.textContent).toBe('Пункт 13: участие двенадцати стран в названных в нём договорах, 1996, 2004, 2026 годы');
});

it('names countries and treaties in Russian where the content has the names, English marked otherwise', async () => {
  const ru = await render('ru');
  const rowNames = [...ru.querySelectorAll('tbody th')];
  expect(rowNames[0]!.textContent).toBe('Армения');
  expect(rowNames[1]!.querySelector('[lang="en"]')!.textContent).toBe('Uzbekistan');
  expect(ru.querySelector('thead th[scope="colgroup"]')!.textContent).toBe('Конвенция 1951 года о беженцах');
  expect(ru.body.textContent).toContain('После Конференции 1 страна сдала на хранение');
  const en = await render('en');
  expect(en.body.textContent).toContain('1 deposited a ratification, accession or succession for it after the Conference.');
});
