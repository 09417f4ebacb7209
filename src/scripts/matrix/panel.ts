/**
 * The cell panel's content: the status on the date shown, reservations and declarations, the
 * recorded acts with their sources, the Programme of Action paragraphs and 2004 conclusions naming
 * the treaty, and the national acts implementing it. Every word comes from the page's messages;
 * content kept in English on a Russian page is marked `lang="en"`.
 */
import type { RatificationRow } from '../../lib/derive/records-data.ts';
import type { Status } from '../../lib/derive/status.ts';
import { routes } from '../../lib/routes.ts';
import { fill, type StatusText } from '../../lib/views/status-words.ts';
import type { CellParts } from '../../lib/views/cell.ts';
import { STATE_SYMBOLS } from '../../lib/views/cell.ts';
import { el, inLang, type Data, type Messages, type Name } from './page.ts';

const CYRILLIC = /[\u0400-\u04FF]/;

export interface PanelCell {
  treaty: string;
  country: string;
  countryName: Name;
  treatyName: Name;
  gapsHref: string;
  status: Status;
  parts: CellParts;
  at: string;
}

/** The panel's children, heading first (the caller focuses it). */
export function panelContent(d: Data, cell: PanelCell, m: Messages, text: StatusText): { heading: HTMLElement; nodes: Node[] } {
  const lang = m.words.lang;
  const r = routes(lang);
  const date = text.date;
  const english = (s: string) => inLang(s, CYRILLIC.test(s) ? lang : 'en', lang);
  const { status, treaty, country } = cell;
  const names = { country: cell.countryName.text, treaty: cell.treatyName.text };
  const nodes: Node[] = [];
  const heading = el('h2', fill(m.panelHeading, names), { id: 'cell-panel-title', tabindex: '-1' });
  nodes.push(heading);

  const statusP = el('p');
  const recorded = text.asOfWords(status);
  statusP.append(el('span', `${STATE_SYMBOLS[status.state]} `, { 'aria-hidden': 'true' }), el('strong', text.label(status.state)), fill(`${m.panelStatus}${recorded ? `, ${recorded}` : ''}: {detail}.`, { date: date(cell.at), detail: cell.parts.detail }));
  nodes.push(statusP);
  if (status.state === 'not-adopted') {
    const adopted = d.treaties.get(treaty)?.adopted;
    if (adopted) nodes.push(el('p', fill(m.panelAdoptedOn, { date: date(adopted) })));
  } else if (status.reason && (status.state === 'not-open' || status.state === 'unknown')) {
    // The reason is content, written in English.
    const p = el('p');
    p.append(english(status.reason));
    nodes.push(p);
  }
  if (status.stale) nodes.push(el('p', fill(m.panelStale, { date: date(cell.at) })));
  else if (status.state !== 'unknown' && status.state !== 'not-adopted' && !status.asOf) nodes.push(el('p', m.panelNoAsOf));

  const sourceLink = (id: string, locator: string) => {
    const item = el('li', m.panelSource);
    const title = d.raw.sources[id] ?? id;
    item.append(el('a', title, { href: r.source(id), lang: CYRILLIC.test(title) || lang === 'en' ? undefined : 'en' }));
    if (locator) item.append(' — ', english(locator));
    return item;
  };
  const sourcesList = (ids: readonly string[], locators: readonly string[]) => {
    const src = el('ul', undefined, { class: 'panel-sources' });
    ids.forEach((id, i) => src.append(sourceLink(id, locators[i] ?? '')));
    return src;
  };

  if (status.declarations.length > 0) {
    nodes.push(el('h3', m.panelDeclarations));
    const list = el('ul', undefined, { class: 'declarations' });
    for (const { declaration, event } of status.declarations) {
      const li = el('li');
      const summary = lang === 'ru' && declaration.summaryRu ? document.createTextNode(declaration.summaryRu) : english(declaration.summary);
      li.append(el('strong', text.declarationHeading(declaration)), fill(m.panelDeclarationWith, { action: m.words.actions[event.action], date: date(declaration.date ?? event.date) }), summary);
      li.append(sourcesList(declaration.sources.map((c) => c.source), declaration.sources.map((c) => c.locator)));
      list.append(li);
    }
    nodes.push(list);
  }

  const rows = (d.raw.rows as RatificationRow[]).filter((row) => row.treaty === treaty && row.country === country);
  nodes.push(el('h3', m.panelActs));
  const acts = el('ul');
  for (const row of rows) {
    const li = el('li');
    if (row.action === 'unknown') li.append(m.panelRowUnknown, english(row.note ?? ''));
    else if (row.action === 'none') li.append(m.panelRowNone, ...(row.note ? [' (', english(row.note), ')'] : []), '.');
    else if (row.action === 'not-open') li.append(m.panelRowNotOpen, row.basis ? english(row.basis) : m.panelBasisDefault, ...(row.note ? ['. ', english(row.note)] : ['.']));
    else {
      li.append(el('strong', `${text.actionLabel(row.action)}, ${date(row.date ?? '')}`));
      if (row.effective) li.append(fill(m.panelTookEffect, { date: date(row.effective) }));
      if (row.basis) li.append(m.panelBasis, english(row.basis));
      if (row.note) li.append('. ', english(row.note));
    }
    if (row.sources.length > 0) li.append(sourcesList(row.sources, row.locators));
    acts.append(li);
  }
  nodes.push(acts);

  const info = d.treaties.get(treaty);
  nodes.push(el('h3', m.panelPoa));
  if (info && info.poa.length > 0) {
    const ul = el('ul');
    for (const p of info.poa) {
      const li = el('li');
      li.append(el('a', fill(m.panelParagraph, { n: p.n }), { href: r.poaParagraph(p.n) }));
      if (p.context) li.append(' (', english(p.context), ')');
      ul.append(li);
    }
    nodes.push(ul);
  } else nodes.push(el('p', m.panelPoaNone));
  nodes.push(el('h3', m.panelConclusions));
  if (info && info.conclusions.length > 0) {
    const ul = el('ul');
    for (const c of info.conclusions) {
      const a = el('a', undefined, { href: r.conclusion(c.id) });
      a.append(english(c.heading), fill(m.panelConclusion, { heading: '', id: c.id }));
      const li = el('li');
      li.append(a);
      ul.append(li);
    }
    nodes.push(ul);
  } else nodes.push(el('p', m.panelConclusionsNone));

  const laws = d.raw.laws.filter((l) => l.country === country && l.treaties.includes(treaty));
  nodes.push(el('h3', m.panelLaws));
  if (laws.length === 0) nodes.push(el('p', m.panelLawsNone));
  else {
    const ul = el('ul');
    for (const l of laws) {
      const li = el('li');
      const title = lang === 'ru' && l.titleRu ? l.titleRu : l.title;
      li.append(el('a', title, { href: r.law(l.id), lang: title === l.title && lang !== 'en' ? 'en' : undefined }), l.adopted ? ` (${date(l.adopted)})` : m.panelDateNotRecorded);
      ul.append(li);
    }
    nodes.push(ul);
  }
  const more = el('p');
  more.append(el('a', fill(m.panelFullRecord, names), { href: r.treatyCountry(treaty, country) }));
  if (cell.gapsHref) more.append(' · ', el('a', fill(m.panelGapBrief, names), { href: cell.gapsHref }));
  nodes.push(more);
  return { heading, nodes };
}
