/**
 * The components that show seed text (PoA paragraphs, footnote markers, document blocks) and the
 * notice about it, rendered with Astro's container API in both languages: the document's words stay
 * English and are marked lang="en" on Russian pages; the words we add are in the page's language;
 * anchors are the same in both languages.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import SeedTextNotice from '../../../src/components/SeedTextNotice.astro';
import PoaParagraphText from '../../../src/components/PoaParagraphText.astro';
import FootnotedText from '../../../src/components/FootnotedText.astro';
import DocumentBlock from '../../../src/components/DocumentBlock.astro';
import type { PoaParagraph } from '../../../src/schemas/poa.ts';
import type { DocumentBlock as Block } from '../../../src/schemas/document.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

async function render(component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown>) {
  const html = await container.renderToString(component, { props });
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}

const paragraph = {
  number: 13,
  lines: '200-210',
  text: 'Principles of protection [2]:',
  subparagraphs: [{ label: 'c', text: 'States shall not expel or return ("refouler") a refugee.' }],
  trailing: undefined,
  footnotes: [2],
  treaties: [],
  categories: [],
} as unknown as PoaParagraph;

describe('SeedTextNotice', () => {
  it('shows nothing on an English page', async () => {
    const doc = await render(SeedTextNotice, { lang: 'en', notice: '' });
    expect(doc.querySelector('[data-seed-text-notice]')).toBeNull();
  });

  it('on a Russian page says the text is English and links to where the official Russian text is published', async () => {
    const doc = await render(SeedTextNotice, {
      lang: 'ru',
      notice: 'Текст приводится на английском языке.',
      officialExists: 'Существует официальный русский текст.',
      officialAt: 'Он воспроизведён здесь: ',
      officialText: { href: 'https://docs.cntd.ru/document/901870816', title: { text: 'Программа действий', lang: 'ru' }, publisher: 'Кодекс' },
      translated: true,
    });
    const notice = doc.querySelector('[data-seed-text-notice]')!;
    expect(notice.textContent).toContain('Текст приводится на английском языке.');
    const official = notice.querySelector('[data-official-text]')!;
    expect(official.textContent).toContain('Существует официальный русский текст.');
    expect(official.querySelector('a')!.getAttribute('href')).toBe('https://docs.cntd.ru/document/901870816');
    expect(official.querySelector('a')!.textContent).toBe('Программа действий');
    expect(notice.querySelector('[data-translation-notice]')!.textContent).toMatch(/перевод сайта/);
  });

  it('says the official Russian text exists without a link when its publication is not on file', async () => {
    const doc = await render(SeedTextNotice, { lang: 'ru', notice: 'Текст на английском.', officialExists: 'Существует официальный русский текст.', officialAt: 'Здесь: ' });
    const official = doc.querySelector('[data-official-text]')!;
    expect(official.textContent!.trim()).toBe('Существует официальный русский текст.');
    expect(official.querySelector('a')).toBeNull();
    expect(doc.querySelector('[data-translation-notice]')).toBeNull();
  });
});

describe('PoaParagraphText', () => {
  it('keeps the anchors of the English page and marks the text English on a Russian page', async () => {
    const en = await render(PoaParagraphText, { paragraph, numberHref: '/poa/13/', lang: 'en' });
    const ru = await render(PoaParagraphText, { paragraph, numberHref: '/ru/poa/13/', lang: 'ru' });
    const ids = (doc: Document) => [...doc.querySelectorAll('[id]')].map((e) => e.id);
    expect(ids(en)).toEqual(['para-13', 'para-13-c']);
    expect(ids(ru)).toEqual(ids(en));
    expect(en.querySelector('[lang]')).toBeNull();
    const sub = ru.getElementById('para-13-c')!;
    expect(sub.getAttribute('lang')).toBe('en');
    expect(sub.textContent).toContain('States shall not expel or return');
    const label = sub.querySelector('a.label')!;
    expect(label.getAttribute('href')).toBe('/ru/poa/13/#para-13-c');
    expect(label.getAttribute('aria-label')).toBe('Пункт 13(c)');
    expect(label.getAttribute('lang')).toBe('ru');
    expect(ru.querySelector('a.num')!.getAttribute('aria-label')).toBe('Пункт 13');
  });

  it('links footnote markers to the footnotes of the full text in the page\'s language', async () => {
    const en = await render(PoaParagraphText, { paragraph, numberHref: '/poa/13/', lang: 'en' });
    const ru = await render(PoaParagraphText, { paragraph, numberHref: '/ru/poa/13/', lang: 'ru' });
    expect(en.querySelector('sup a')!.getAttribute('href')).toBe('/poa/#fn-2');
    expect(en.querySelector('sup a')!.getAttribute('aria-label')).toBe('Footnote 2');
    expect(ru.querySelector('sup a')!.getAttribute('href')).toBe('/ru/poa/#fn-2');
    expect(ru.querySelector('sup a')!.getAttribute('aria-label')).toBe('Сноска 2');
  });
});

describe('FootnotedText', () => {
  it('leaves a marker unlinked when the source lost its footnote, and says so', async () => {
    const doc = await render(FootnotedText, { text: 'See [1] and [4].', base: '/ru/sources/x/', known: new Set(['1']), lang: 'ru' });
    const sups = [...doc.querySelectorAll('sup')];
    expect(sups.map((s) => s.textContent)).toEqual(['[1]', '[4]']);
    expect(sups[0]!.querySelector('a')!.getAttribute('href')).toBe('/ru/sources/x/#fn-1');
    expect(sups[1]!.querySelector('a')).toBeNull();
    expect(sups[1]!.getAttribute('title')).toBe('Текст этой сноски в источнике утрачен');
    expect(doc.body.textContent).toBe('See [1] and [4].');
  });
});

describe('DocumentBlock', () => {
  const table: Block = { id: 'table-1', lines: '1-5', kind: 'table', caption: 'Figures', columns: ['Country', '1999'], rows: [['Armenia', '']] };
  const lostTable: Block = { id: 'table-2', lines: '6-7', kind: 'table', caption: 'Lost figures', columns: ['Country'], rows: [] };
  const lost: Block = { id: 'lost-1', lines: '8-9', kind: 'lost', note: 'Two lines are unreadable.' };
  const numbered: Block = { id: 'para-3', lines: '10-12', kind: 'paragraph', number: 3, text: 'The text [1].' };

  it('renders a table in a labelled scroll region with its anchor, blank cells said in the page\'s language', async () => {
    const doc = await render(DocumentBlock, { block: table, level: undefined, base: '/ru/sources/x/', known: new Set(), lang: 'ru' });
    const region = doc.querySelector('[role="region"]')!;
    expect(region.id).toBe('table-1');
    expect(region.getAttribute('aria-labelledby')).toBe('table-1-caption');
    expect(doc.querySelector('table')!.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('td span')!.textContent).toBe('(пусто)');
    expect(doc.querySelector('td span')!.getAttribute('lang')).toBe('ru');
    const lostDoc = await render(DocumentBlock, { block: lostTable, level: undefined, base: '/sources/x/', known: new Set(), lang: 'en' });
    expect(lostDoc.querySelector('td')!.textContent).toBe('The cells of this table were lost in the extracted text.');
  });

  it('marks a lost passage plainly and keeps our note in English', async () => {
    const doc = await render(DocumentBlock, { block: lost, level: undefined, base: '/ru/sources/x/', known: new Set(), lang: 'ru' });
    const p = doc.getElementById('lost-1')!;
    expect(p.querySelector('strong')!.textContent).toBe('Фрагмент в исходном тексте утрачен.');
    expect(p.querySelector('span[lang="en"]')!.textContent).toBe('Two lines are unreadable.');
  });

  it('gives a numbered paragraph a heading at the level given, with the same anchor in both languages', async () => {
    const en = await render(DocumentBlock, { block: numbered, level: 4, base: '/sources/x/', known: new Set(['1']), lang: 'en' });
    const ru = await render(DocumentBlock, { block: numbered, level: 4, base: '/ru/sources/x/', known: new Set(['1']), lang: 'ru' });
    expect(en.querySelector('h4')!.id).toBe('para-3');
    expect(en.querySelector('h4')!.textContent).toBe('Paragraph 3');
    expect(ru.querySelector('h4')!.id).toBe('para-3');
    expect(ru.querySelector('h4')!.textContent).toBe('Пункт 3');
    expect(ru.querySelector('p')!.getAttribute('lang')).toBe('en');
    expect(ru.querySelector('p a')!.getAttribute('href')).toBe('/ru/sources/x/#fn-1');
  });
});
