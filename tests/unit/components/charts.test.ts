/** The parties chart and the timeline: a figure with a summary and the same data as a table, in the page's language. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import PartiesChart from '../../../src/components/PartiesChart.astro';
import Timeline from '../../../src/components/Timeline.astro';
import type { PartiesPoint } from '../../../src/lib/views/treaty-chart.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});
const render = async (component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown>) =>
  parseHTML(`<!doctype html><html><body>${await container.renderToString(component, { props })}</body></html>`).document;

const points: PartiesPoint[] = [
  { year: 1991, at: '1991-12-31', party: 1, joined: ['Armenia'], left: [] },
  { year: 1992, at: '1992-12-31', party: 1, joined: [], left: [] },
  { year: 1993, at: '1993-06-30', party: 3, joined: ['Georgia', 'Moldova'], left: [] },
];

describe('PartiesChart', () => {
  it('summarises the first and last count and lists only the years in which the number changed', async () => {
    const doc = await render(PartiesChart, { points, treatyName: 'CRC', id: 'c' });
    expect(doc.querySelector('figcaption p')!.textContent).toBe('1 of 12 at the end of 1991; 3 of 12 on 30 June 1993. The table gives the same figures.');
    const rows = [...doc.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows).toEqual([['1991', '1', '+ Armenia'], ['1993', '3', '+ Georgia, Moldova']]);
    expect(doc.querySelector('caption')!.textContent).toBe('CRC: parties among the twelve at the end of each year in which the number changed');
  });
  it('speaks Russian on a Russian page, with Russian dates', async () => {
    const doc = await render(PartiesChart, { points, treatyName: 'КПР', id: 'c', lang: 'ru' });
    expect(doc.querySelector('h3')!.textContent).toBe('Участники из двенадцати стран с 1991 года по сегодняшний день');
    expect(doc.querySelector('figcaption p')!.textContent).toContain('3 из 12 на 30 июня 1993 г.;');
    expect([...doc.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['Год', 'Участники (из 12)', 'Стали участниками / перестали']);
  });
});

describe('Timeline', () => {
  const events = [
    { date: '1993-06-23', kind: 'treaty' as const, label: 'CRC: accession', href: '/treaties/crc-1989/' },
    { date: '2002', kind: 'law' as const, label: 'Law on Refugees', href: '/laws/x/' },
  ];
  it('counts treaty and national acts and lists each in the table', async () => {
    const doc = await render(Timeline, { events, title: 'Armenia', id: 't' });
    expect(doc.querySelector('figcaption p')!.textContent).toBe('1 treaty acts and 1 dated national acts between 23 June 1993 and 2002; the table below lists each one.');
    expect([...doc.querySelectorAll('tbody tr')].map((tr) => tr.children[1]!.textContent)).toEqual(['Treaty act', 'National act']);
    expect(doc.querySelectorAll('svg circle')).toHaveLength(1);
    expect(doc.querySelectorAll('svg rect')).toHaveLength(1);
  });
  it('says so when no act is dated, in Russian too', async () => {
    expect((await render(Timeline, { events: [], title: 'X', id: 't' })).querySelector('figcaption p')!.textContent).toBe('No dated act is recorded.');
    const ru = await render(Timeline, { events, title: 'Армения', id: 't', lang: 'ru' });
    expect(ru.querySelector('caption')!.textContent).toBe('Армения: все датированные акты');
    expect([...ru.querySelectorAll('tbody th')].map((th) => th.textContent)).toEqual(['23 июня 1993 г.', '2002']);
  });
});
