/** The matrix and treaty views in both languages, on a small model passed through the real schemas. */
import { describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { buildMatrixIndexData, buildMatrixPageData, matrixClientData } from '../../../src/lib/views/matrix.ts';
import { buildTreatyPageData, buildTreatiesIndexData, titleOrigin } from '../../../src/lib/views/treaty.ts';
import { buildLegislationMatrixData } from '../../../src/lib/views/legislation-matrix.ts';
import { ratificationFileSchema } from '../../../src/schemas/ratification.ts';
import TreatyMatrix from '../../../src/components/TreatyMatrix.astro';
import LegislationMatrix from '../../../src/components/LegislationMatrix.astro';
import { country, law, smallModel, treaty } from '../../support/small-model.ts';

const cite = [{ source: 'web-test', locator: 'row' }];
const model = smallModel({
  countries: [
    country({ id: 'KAZ', slug: 'kazakhstan', name: 'Kazakhstan', nameRu: { text: 'Казахстан', origin: 'official', source: 'web-test', locator: 'list' } }),
    country({ id: 'KGZ', slug: 'kyrgyzstan', name: 'Kyrgyzstan' }),
  ],
  treaties: [
    treaty({ id: 'refugee-convention-1951', shortName: '1951 Convention', shortNameRu: 'Конвенция 1951 года', title: 'Convention relating to the Status of Refugees', adopted: '1951-07-28', titleRu: { text: 'Конвенция о статусе беженцев', origin: 'authentic', source: 'web-test', locator: 'heading' } }),
    treaty({ id: 'crc-1989', shortName: 'CRC', title: 'Convention on the Rights of the Child', family: 'human-rights', adopted: '1989-11-20' }),
  ],
  ratifications: [
    ratificationFileSchema.parse({ treaty: 'refugee-convention-1951', countries: [{ country: 'KAZ', asOf: '2015-01-01', events: [{ action: 'accession', date: '1999-01-15', sources: cite }] }, { country: 'KGZ', unknown: 'no record read' }] }),
  ],
  laws: [law({ id: 'kaz-2009-law-refugees', title: 'Law on Refugees', titleRu: 'Закон о беженцах', adopted: '2009-12-04', status: 'in-force', statusAsOf: '2023-04-19', topics: ['refugees-asylum'], treaties: ['refugee-convention-1951'] })],
});

describe('the treaty matrix view', () => {
  it('gives every cell in the page language, with Russian names where recorded and English names marked', () => {
    const data = buildMatrixPageData(model, '2026-11-29', { lang: 'ru' });
    const kaz = data.cells.get('KAZ|refugee-convention-1951')!;
    expect(kaz.parts).toMatchObject({ label: 'Участник', detail: 'присоединение от 15 января 1999 г.', countryName: 'Казахстан', treatyName: 'Конвенция 1951 года', href: '/ru/treaties/refugee-convention-1951/#country-KAZ' });
    expect(data.cells.get('KGZ|crc-1989')!.parts).toMatchObject({ countryName: 'Kyrgyzstan', countryLang: 'en', treatyName: 'CRC', treatyLang: 'en', label: 'Неизвестно' });
    expect(data.atLabel).toBe('29 ноября 2026 г.');
    expect(data.rowGroups[0]!.label).toBe('Центральная Азия');
  });
  it('English stays as it was', () => {
    const data = buildMatrixPageData(model, '2026-11-29');
    expect(data.cells.get('KAZ|refugee-convention-1951')!.parts).toMatchObject({ label: 'Party', detail: 'accession, 15 January 1999', countryName: 'Kazakhstan', href: '/treaties/refugee-convention-1951/#country-KAZ' });
    expect(data.cells.get('KAZ|refugee-convention-1951')!.parts.countryLang).toBeUndefined();
  });
  it('the index summary counts every state and the unverified cells keep their English reason, marked', () => {
    const ru = buildMatrixIndexData(model, '2026-11-29', 'ru');
    expect(ru.summary).toBe('Клеток на 29 ноября 2026 г.: 4 (участник: 1, только подписал: 0, не участник: 0, денонсировал: 0, перестал быть участником: 0, неизвестно: 3, закрыт для этого государства: 0, ещё не принят: 0).');
    expect(ru.unverified[0]).toMatchObject({ href: '/ru/treaties/refugee-convention-1951/#country-KGZ', reason: { text: 'no record read', lang: 'en' } });
    expect(ru.client.words.lang).toBe('ru');
    expect(buildMatrixIndexData(model, '2026-11-29', 'en').staleSummary).toBe('1 cell rests on evidence more than five years older than 29 November 2026 (marked †): a later act may be missing from them.');
  });
  it('the client data is language-neutral: it carries both law titles and no interface string', () => {
    const client = matrixClientData(model, []);
    expect(client.laws).toEqual([expect.objectContaining({ id: 'kaz-2009-law-refugees', title: 'Law on Refugees', titleRu: 'Закон о беженцах' })]);
  });
});

describe('the treaty views', () => {
  it('a Russian treaty page says where its Russian title comes from; English shows nothing of it', () => {
    const treaty = model.treatyById.get('refugee-convention-1951')!;
    expect(titleOrigin(model, treaty, 'en')).toBeUndefined();
    expect(titleOrigin(model, treaty, 'ru')).toMatchObject({ origin: 'authentic', locator: 'heading', englishTitle: 'Convention relating to the Status of Refugees' });
    expect(titleOrigin(model, model.treatyById.get('crc-1989')!, 'ru')).toMatchObject({ origin: undefined, source: undefined });
  });
  it('rows say the status in the page language; the index counts parties per family', () => {
    const page = buildTreatyPageData(model, 'refugee-convention-1951', 'ru');
    expect(page.rows.map((r) => r.label)).toEqual(['Участник', 'Неизвестно']);
    expect(page.partyCount).toBe(1);
    const index = buildTreatiesIndexData(model, '2026-11-29');
    expect(index.families.map((f) => [f.family, f.treaties.map((t) => [t.treaty.id, t.parties])])).toEqual([['refugees', [['refugee-convention-1951', 1]]], ['human-rights', [['crc-1989', 0]]]]);
  });
});

describe('the matrix components', () => {
  const render = async (component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown>) =>
    parseHTML(`<!doctype html><html><body>${await (await AstroContainer.create()).renderToString(component, { props })}</body></html>`).document;

  it('TreatyMatrix puts each cell under its treaty header, with Russian headers, legend and an English name marked', async () => {
    const doc = await render(TreatyMatrix, { data: buildMatrixPageData(model, '2026-11-29', { lang: 'ru' }), caption: 'Подпись' });
    const headers = [...doc.querySelectorAll('th[data-treaty]')].map((th) => th.getAttribute('data-treaty'));
    for (const tr of doc.querySelectorAll('tr[data-country]')) expect([...tr.querySelectorAll('td')].map((td) => td.getAttribute('data-treaty'))).toEqual(headers);
    expect(doc.querySelector('th.corner[scope=col]')!.textContent).toBe('Страна');
    expect(doc.querySelector('th[data-treaty="crc-1989"] span')!.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('tr[data-country="KGZ"] th a [lang="en"]')!.textContent).toBe('Kyrgyzstan');
    expect(doc.querySelector('.legend')!.getAttribute('aria-label')).toBe('Условные обозначения');
    expect(doc.querySelector('li[data-state="party"]')!.textContent).toContain('Участник');
  });

  it('LegislationMatrix lists the acts in force with Russian titles, statuses and links', async () => {
    const doc = await render(LegislationMatrix, { data: buildLegislationMatrixData(model, 'ru', '2026-11-29') });
    const kaz = doc.querySelector('tbody tr')!;
    expect(kaz.querySelector('th')!.textContent).toBe('Казахстан');
    const cell = kaz.querySelector('td')!;
    expect(cell.className).toBe('cell-found');
    expect(cell.querySelector('.state')!.textContent).toBe('Действует');
    expect(cell.querySelector('li')!.textContent).toBe('Закон о беженцах (2009) — действует по данным на 19 апреля 2023 г.');
    expect(cell.querySelector('a')!.getAttribute('href')).toBe('/ru/laws/kaz-2009-law-refugees/');
    expect(doc.querySelector('caption')!.textContent).toBe('Национальные акты по темам на 29 ноября 2026 г.: страны (строки) × темы (столбцы)');
  });
});
