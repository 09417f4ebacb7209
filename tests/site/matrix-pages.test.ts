/** The matrix pages in both languages, read from the built site with an HTML parser: same cells, Russian words, Russian links. */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { readBuilt, requireDist } from '../support/dist.ts';
import { dictionary } from '../../src/i18n/index.ts';

const page = (path: string) => parseHTML(readBuilt(`${path.replace(/^\//, '')}index.html`)).document;
beforeAll(() => requireDist());

describe('the treaty matrix in Russian', () => {
  it('has the same cells in the same states as the English page, under the same headers', () => {
    const cells = (path: string) => [...page(path).querySelectorAll('#treaty-matrix td[data-treaty]')].map((td) => `${td.getAttribute('data-country')}/${td.getAttribute('data-treaty')}=${td.getAttribute('data-state')}`);
    const en = cells('/matrix/');
    expect(en.length).toBeGreaterThan(100);
    expect(cells('/ru/matrix/')).toEqual(en);
    const headers = (path: string) => [...page(path).querySelectorAll('#treaty-matrix th[data-treaty]')].map((th) => th.getAttribute('data-treaty'));
    expect(headers('/ru/matrix/')).toEqual(headers('/matrix/'));
  });

  it('says each cell in Russian and links it to the Russian record', () => {
    const doc = page('/ru/matrix/');
    const ru = dictionary('ru').matrix.client.words.states;
    for (const td of doc.querySelectorAll('#treaty-matrix td[data-treaty]')) {
      const state = td.getAttribute('data-state') as keyof typeof ru;
      expect(td.querySelector('.full .state')?.textContent).toBe(ru[state]);
      expect(td.querySelector('a')?.getAttribute('href')).toBe(`/ru/treaties/${td.getAttribute('data-treaty')}/#country-${td.getAttribute('data-country')}`);
    }
  });

  it('writes the strings of its script into the page, in Russian', () => {
    const json = page('/ru/matrix/').querySelector('matrix-explorer script[data-matrix-messages]')?.textContent ?? '';
    const messages = JSON.parse(json) as { words: { lang: string }; panelClose: string; notADate: string };
    expect(messages.words.lang).toBe('ru');
    expect(messages.panelClose).toBe('Закрыть');
    expect(messages.notADate).toContain('не дата');
  });
});

describe('the legislation matrix in Russian', () => {
  for (const path of ['/matrix/legislation/', '/matrix/legislation/2004/']) {
    it(`${path}: the same cells and acts as in English, with Russian state labels and Russian law pages`, () => {
      const en = page(path);
      const ru = page(`/ru${path}`);
      expect(ru.documentElement.getAttribute('lang')).toBe('ru');
      const cells = (doc: Document) => [...doc.querySelectorAll('.legislation-matrix tbody td')];
      const enCells = cells(en);
      const ruCells = cells(ru);
      expect(ruCells.length).toBe(enCells.length);
      const labels = dictionary('ru').labels.legislationState;
      enCells.forEach((td, i) => {
        const state = td.className.replace('cell-', '') as keyof typeof labels;
        expect(ruCells[i]!.className).toBe(td.className);
        expect(ruCells[i]!.querySelector('.state')?.textContent).toBe(labels[state]);
        const laws = (cell: Element) => [...cell.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '').filter((h) => h.includes('/laws/'));
        expect(laws(ruCells[i]!)).toEqual(laws(td).map((h) => `/ru${h}`));
      });
    });
  }
});
