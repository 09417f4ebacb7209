import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import Phrase from '../../../src/components/Phrase.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});
const render = (props: Record<string, unknown>) => container.renderToString(Phrase, { props });

describe('a phrase of content text', () => {
  it('is written bare on a page in its own language, so English pages keep their markup', async () => {
    expect(await render({ value: { text: 'Law on Refugees', lang: 'en' }, lang: 'en', mark: true })).toBe('Law on Refugees');
  });

  it('is marked as English on a Russian page', async () => {
    expect(await render({ value: { text: 'Law on Refugees', lang: 'en' }, lang: 'ru' })).toBe('<span lang="en">Law on Refugees</span>');
  });

  it('carries the "our translation" mark only where the text is the site\'s translation and the mark is asked for', async () => {
    const ours = { text: 'Закон о миграции', lang: 'ru', origin: 'site-translation' };
    const marked = parseHTML(`<div>${await render({ value: ours, lang: 'ru', mark: true })}</div>`).document;
    expect(marked.querySelector('.translation-mark')!.textContent).toBe(' (перевод сайта)');
    expect(marked.querySelector('[data-origin="site-translation"]')!.hasAttribute('lang')).toBe(false);
    expect(await render({ value: ours, lang: 'ru' })).not.toContain('translation-mark');
    expect(await render({ value: { text: 'О беженцах', lang: 'ru', origin: 'official' }, lang: 'ru', mark: true })).toBe('<span data-origin="official">О беженцах</span>');
  });
});
