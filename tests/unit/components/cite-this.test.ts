import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import CiteThis from '../../../src/components/CiteThis.astro';
import type { Citable } from '../../../src/lib/views/cite.ts';

const citable: Citable = {
  item: { key: 'law-x', type: 'legislation', title: 'Law on Refugees', issuer: 'Republic of Armenia', number: '12-Z', jurisdiction: 'Armenia', date: '1999', dateLabel: 'adopted', path: '/laws/x/', siteName: 'Site' },
  files: { bib: '/laws/x/cite.bib', ris: '/laws/x/cite.ris', json: '/laws/x/cite.json' },
};

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});
const render = async (props: Record<string, unknown>) => parseHTML(`<div>${await container.renderToString(CiteThis, { props })}</div>`).document;

describe('Cite this', () => {
  it('shows the citation and links the three citation files, naming what they cite for screen readers', async () => {
    const doc = await render({ citable, what: 'this act' });
    expect(doc.querySelector('.cite-line')!.textContent).toBe('Law on Refugees No 12-Z (Armenia, adopted 1999)');
    expect(doc.querySelector('.cite-line')!.hasAttribute('lang')).toBe(false);
    expect([...doc.querySelectorAll('a[download]')].map((a) => a.getAttribute('href'))).toEqual(['/laws/x/cite.bib', '/laws/x/cite.ris', '/laws/x/cite.json']);
    expect(doc.querySelector('.cite-files')!.textContent).toContain('Citation files for this act:');
  });

  it('on a Russian page, labels it in Russian and marks the citation, which stays English, with lang="en"', async () => {
    const doc = await render({ citable, what: 'этого акта', lang: 'ru' });
    expect(doc.querySelector('.cite-label')!.textContent).toBe('Как цитировать (OSCOLA):');
    expect(doc.querySelector('.cite-line')!.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('.cite-files')!.textContent).toContain('для этого акта');
    expect(doc.querySelector('.cite-files')!.textContent).not.toMatch(/Citation files/);
  });
});
