import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import CodeText from '../../../src/components/CodeText.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});
const render = async (text: string) => parseHTML(`<p>${await container.renderToString(CodeText, { props: { text } })}</p>`).document.querySelector('p')!;

describe('CodeText', () => {
  it('shows the parts between backticks as code and the rest as text, escaped', async () => {
    const p = await render('столбец `name_ru` и `<b>` в "кавычках"');
    expect([...p.querySelectorAll('code')].map((c) => c.textContent)).toEqual(['name_ru', '<b>']);
    expect(p.querySelector('b')).toBeNull();
    expect(p.textContent).toBe('столбец name_ru и <b> в "кавычках"');
  });

  it('keeps spaces inside code and text without backticks unchanged', async () => {
    const p = await render('joined by ` | ` (space, bar, space)');
    expect(p.querySelector('code')!.textContent).toBe(' | ');
    expect((await render('plain text')).innerHTML).toBe('plain text');
  });
});
