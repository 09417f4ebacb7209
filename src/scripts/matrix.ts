/**
 * Enhances the server-rendered gap matrix. One state (date, comparison date, region, family,
 * view), kept in the address, drives one render pass: every cell is recomputed with the shared
 * cell functions, then shown or hidden by the filters in the same pass, so filtering and
 * re-rendering cannot undo each other. Also: the ARIA grid keyboard pattern with one tab stop,
 * and a cell panel (a non-modal dialog next to the cell) with the acts, source titles, PoA
 * paragraphs, 2004 conclusions and implementing national acts. Without this script the table
 * still works: every cell links to its full record.
 */
import { recordsFromRows, type RatificationRow } from '../lib/derive/records-data.ts';
import { formatDate } from '../lib/derive/dates.ts';
import { asOfWords, cellStatus, declarationHeading, STALE_MARK, STATE_LABELS, type PartyState } from '../lib/derive/status.ts';
import type { RatificationFile } from '../schemas/ratification.ts';
import { cellAttributes, cellInnerHtml, cellParts, OPTIONAL_CELL_ATTRIBUTES, STATE_SYMBOLS } from '../lib/views/cell.ts';
import { dateProblem, parseState, stateToSearch, type MatrixState, type StateContext } from '../lib/views/matrix-state.ts';
import type { MatrixClientData } from '../lib/views/matrix.ts';

interface Data {
  raw: MatrixClientData;
  records: Map<string, RatificationFile>;
  treaties: Map<string, MatrixClientData['treaties'][number]>;
  countries: Map<string, MatrixClientData['countries'][number]>;
}

const table = document.querySelector<HTMLTableElement>('table.matrix#treaty-matrix');
const form = document.querySelector<HTMLFormElement>('#matrix-controls');
const panel = document.querySelector<HTMLElement>('#cell-panel');
const statusLine = document.querySelector<HTMLElement>('#matrix-status');
const noticeBox = document.querySelector<HTMLElement>('#matrix-notice');
const changesBox = document.querySelector<HTMLElement>('#matrix-changes');
const summary = document.querySelector<HTMLElement>('#matrix-summary');
const evidenceSummary = document.querySelector<HTMLElement>('#matrix-evidence-summary');
const serverAt = table?.dataset['at'] ?? '';

const field = <T extends HTMLElement>(name: string) => form?.elements.namedItem(name) as T;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

let data: Data | undefined;
let dataPromise: Promise<Data> | undefined;
/** Loads the data on first use, so the page renders without waiting for it. */
function ensureData(): Promise<Data> {
  dataPromise ??= fetch('/matrix/data.json')
    .then((r) => {
      if (!r.ok) throw new Error(String(r.status));
      return r.json() as Promise<MatrixClientData>;
    })
    .then((raw) => {
      data = {
        raw,
        records: recordsFromRows(raw.rows as RatificationRow[]),
        treaties: new Map(raw.treaties.map((t) => [t.id, t])),
        countries: new Map(raw.countries.map((c) => [c.id, c])),
      };
      return data;
    });
  return dataPromise;
}

const recordFor = (d: Data, treaty: string, country: string) => d.records.get(treaty)?.countries.find((c) => c.country === country);

function statusOf(d: Data, treaty: string, country: string, at: string) {
  return cellStatus(recordFor(d, treaty, country), at, d.treaties.get(treaty)?.adopted);
}

/** The cell HTML last written, to skip unchanged cells. */
const written = new WeakMap<HTMLTableCellElement, string>();

/**
 * Renders the whole table for a state. Cells are recomputed only when the data is loaded (the
 * server already rendered today); visibility is decided here, after the cells are written.
 */
export function render(state: MatrixState): { changes: number; ms: number } {
  const t0 = performance.now();
  if (!table) return { changes: 0, ms: 0 };
  // Before the data arrives the cells still show the server's date: say that date, not the chosen one.
  const shown = data ? state.at : serverAt;
  const famOk = (f: string | undefined) => !state.family || f === state.family;
  const regionOk = (r: string | undefined) => !state.region || r === state.region;
  const counts: Record<string, number> = {};
  let stale = 0;
  const changes: { country: string; treaty: string; from: PartyState; to: PartyState }[] = [];
  const focusedCell = document.activeElement?.closest('td[data-treaty]') as HTMLTableCellElement | null;

  table.classList.toggle('detailed', state.view === 'detailed');
  table.classList.toggle('compact', state.view !== 'detailed');
  for (const th of table.querySelectorAll<HTMLElement>('thead [data-family], col[data-family]')) th.hidden = !famOk(th.dataset['family']);
  const visibleColumns = table.querySelectorAll('thead th.col:not([hidden])').length;
  for (const tbody of table.querySelectorAll<HTMLElement>('tbody[data-region]')) tbody.hidden = !regionOk(tbody.dataset['region']);
  for (const th of table.querySelectorAll<HTMLTableCellElement>('tr.region-row th')) th.colSpan = visibleColumns + 1;

  for (const td of table.querySelectorAll<HTMLTableCellElement>('td[data-treaty]')) {
    const treaty = td.dataset['treaty'] ?? '';
    const country = td.dataset['country'] ?? '';
    const family = td.dataset['family'] ?? '';
    const region = (td.parentElement as HTMLElement).dataset['region'];
    if (data) {
      const status = statusOf(data, treaty, country, state.at);
      const parts = cellParts({
        country,
        countryName: data.countries.get(country)?.name ?? country,
        treaty,
        treatyName: data.treaties.get(treaty)?.shortName ?? treaty,
        family,
        status,
      });
      const html = cellInnerHtml(parts);
      if (written.get(td) !== html) {
        for (const k of OPTIONAL_CELL_ATTRIBUTES) td.removeAttribute(k);
        for (const [k, v] of Object.entries(cellAttributes(parts))) td.setAttribute(k, v);
        td.innerHTML = html;
        written.set(td, html);
      }
      if (state.compare) {
        const before = statusOf(data, treaty, country, state.compare);
        const changed = before.state !== status.state;
        td.classList.toggle('changed', changed);
        if (changed && famOk(family) && regionOk(region)) changes.push({ country, treaty, from: before.state, to: status.state });
      } else td.classList.remove('changed');
    }
    const visible = famOk(family) && regionOk(region);
    if (td.hidden !== !famOk(family)) td.hidden = !famOk(family);
    if (visible) counts[td.dataset['state'] ?? ''] = (counts[td.dataset['state'] ?? ''] ?? 0) + 1;
    if (visible && td.hasAttribute('data-stale')) stale++;
  }
  grid.refresh(focusedCell);

  for (const c of document.querySelectorAll<HTMLElement>('[data-count-for]')) c.textContent = String(counts[c.dataset['countFor'] ?? ''] ?? 0);
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  if (summary) {
    summary.textContent = `${total} cells shown on ${formatDate(shown)}: ${Object.entries(STATE_LABELS)
      .map(([s, label]) => `${counts[s] ?? 0} ${label.toLowerCase()}`)
      .join(', ')}.`;
  }
  if (evidenceSummary) {
    evidenceSummary.textContent = `${stale === 1 ? '1 cell rests' : `${stale} cells rest`} on evidence more than five years older than ${formatDate(shown)} (marked ${STALE_MARK}): a later act may be missing from them.`;
  }
  const caption = table.querySelector('caption');
  if (caption) caption.textContent = `Party status as last verified, shown for ${formatDate(shown)}: countries (rows, by region) × treaties (columns, by family)`;
  table.dataset['at'] = shown;
  table.dataset['region'] = state.region;
  table.dataset['family'] = state.family;
  table.dataset['compare'] = data ? state.compare : '';

  if (changesBox) {
    changesBox.replaceChildren();
    if (state.compare && data) {
      const d = data;
      changesBox.append(el('h2', `Changes between ${formatDate(state.compare)} and ${formatDate(state.at)} (${changes.length})`));
      if (state.region || state.family) changesBox.append(el('p', 'Only the countries and treaties shown by the filters are listed.'));
      if (changes.length === 0) changesBox.append(el('p', 'No cell shown changed between the two dates.'));
      else {
        const ul = el('ul');
        for (const c of changes) {
          ul.append(el('li', `${d.countries.get(c.country)?.name ?? c.country}, ${d.treaties.get(c.treaty)?.shortName ?? c.treaty}: ${STATE_LABELS[c.from]} on ${formatDate(state.compare)} → ${STATE_LABELS[c.to]} on ${formatDate(state.at)}`, { 'data-country': c.country, 'data-treaty': c.treaty }));
        }
        changesBox.append(ul);
      }
    }
  }
  if (statusLine) statusLine.textContent = `Matrix shows ${formatDate(state.at)}${state.compare ? `; ${changes.length} cells changed since ${formatDate(state.compare)}` : ''}.`;
  return { changes: changes.length, ms: performance.now() - t0 };
}

/* ---- Grid keyboard pattern: one tab stop, arrows, Home/End, Ctrl+Home/Ctrl+End, PageUp/PageDown. ---- */

const grid = {
  current: undefined as HTMLElement | undefined,
  rows(): HTMLTableCellElement[][] {
    if (!table) return [];
    const trs = [table.querySelector<HTMLTableRowElement>('tr.treaty-row'), ...table.querySelectorAll<HTMLTableRowElement>('tbody:not([hidden]) tr[data-country]')];
    return trs.filter((tr): tr is HTMLTableRowElement => tr !== null).map((tr) => [...tr.cells].filter((c) => !c.hidden));
  },
  targets(cell: HTMLTableCellElement): HTMLElement[] {
    const links = [...cell.querySelectorAll<HTMLElement>('a')];
    return links.length > 0 ? links : [cell];
  },
  setStop(target: HTMLElement) {
    if (this.current && this.current !== target) this.current.tabIndex = -1;
    target.tabIndex = 0;
    this.current = target;
  },
  /** After a render: every grid target out of the tab order except the stop, which stays on a visible cell. */
  refresh(focusedCell: HTMLTableCellElement | null) {
    if (!table) return;
    const rows = this.rows();
    for (const cell of table.querySelectorAll<HTMLTableCellElement>('thead th, tbody th, td[data-treaty]')) for (const t of this.targets(cell)) if (t !== cell || cell.tabIndex === 0) t.tabIndex = -1;
    const stopCell = this.current?.closest('td, th') as HTMLTableCellElement | null;
    const stillThere = stopCell && this.current?.isConnected && rows.some((r) => r.includes(stopCell));
    const fallback = rows[1]?.[1] ?? rows[0]?.[0];
    const cell = focusedCell && rows.some((r) => r.includes(focusedCell)) ? focusedCell : stillThere ? stopCell : fallback;
    if (!cell) return;
    const target = this.targets(cell)[0]!;
    this.current = undefined;
    this.setStop(target);
    if (focusedCell && focusedCell === cell) target.focus();
  },
  move(event: KeyboardEvent) {
    const from = (event.target as HTMLElement).closest<HTMLTableCellElement>('td, th');
    if (!from || !table?.contains(from)) return;
    const rows = this.rows();
    const r = rows.findIndex((row) => row.includes(from));
    if (r < 0) return;
    const c = rows[r]!.indexOf(from);
    const targets = this.targets(from);
    const k = Math.max(0, targets.indexOf(event.target as HTMLElement));
    let nr = r;
    let nc = c;
    let nk = 0;
    const ctrl = event.ctrlKey || event.metaKey;
    switch (event.key) {
      case 'ArrowRight':
        if (k < targets.length - 1) nk = k + 1;
        else nc = c + 1;
        break;
      case 'ArrowLeft':
        if (k > 0) {
          nk = k - 1;
          nc = c;
        } else nc = c - 1;
        break;
      case 'ArrowDown': nr = r + 1; break;
      case 'ArrowUp': nr = r - 1; break;
      case 'PageDown': nr = Math.min(rows.length - 1, r + 5); break;
      case 'PageUp': nr = Math.max(0, r - 5); break;
      case 'Home': nc = 0; if (ctrl) nr = 0; break;
      case 'End': nc = Number.MAX_SAFE_INTEGER; if (ctrl) nr = rows.length - 1; break;
      default: return;
    }
    event.preventDefault();
    nr = Math.min(Math.max(nr, 0), rows.length - 1);
    const row = rows[nr]!;
    nc = Math.min(Math.max(nc, 0), row.length - 1);
    const cell = row[nc]!;
    const list = this.targets(cell);
    const target = event.key === 'ArrowLeft' && nc !== c ? list[list.length - 1]! : list[Math.min(nk, list.length - 1)]!;
    this.setStop(target);
    target.focus();
  },
};

/* ---- The cell panel: a non-modal dialog placed next to the cell. ---- */

let openedFrom: HTMLTableCellElement | undefined;

function closePanel(): void {
  if (!panel || panel.hidden) return;
  panel.hidden = true;
  const target = openedFrom ? grid.targets(openedFrom)[0] : undefined;
  if (target) {
    grid.setStop(target);
    target.focus();
  }
}

function openPanel(d: Data, cell: HTMLTableCellElement, state: MatrixState): void {
  if (!panel) return;
  openedFrom = cell;
  const treaty = cell.dataset['treaty'] ?? '';
  const country = cell.dataset['country'] ?? '';
  const status = statusOf(d, treaty, country, state.at);
  const info = d.treaties.get(treaty);
  const countryInfo = d.countries.get(country);
  const countryName = countryInfo?.name ?? country;
  const treatyName = info?.shortName ?? treaty;
  const parts = cellParts({ country, countryName, treaty, treatyName, family: cell.dataset['family'] ?? '', status });
  panel.replaceChildren();
  const heading = el('h2', `${countryName} and the ${treatyName}`, { id: 'cell-panel-title', tabindex: '-1' });
  const close = el('button', 'Close', { type: 'button', class: 'panel-close' });
  close.append(el('span', ` the panel on ${countryName}, ${treatyName}`, { class: 'visually-hidden' }));
  close.addEventListener('click', closePanel);
  panel.append(heading);
  const statusP = el('p');
  const recorded = asOfWords(status);
  statusP.append(el('span', `${STATE_SYMBOLS[status.state]} `, { 'aria-hidden': 'true' }), el('strong', `${STATE_LABELS[status.state]}`), ` on ${formatDate(state.at)}${recorded ? `, ${recorded}` : ''}: ${parts.detail}.`);
  panel.append(statusP);
  if (status.reason && (status.state === 'not-open' || status.state === 'unknown' || status.state === 'not-adopted')) panel.append(el('p', status.reason));
  if (status.stale) panel.append(el('p', `The evidence is more than five years older than ${formatDate(state.at)}: a later act may be missing.`));
  else if (status.state !== 'unknown' && status.state !== 'not-adopted' && !status.asOf) panel.append(el('p', 'The date up to which the sources reflect the depositary is not recorded.'));
  const sourceLink = (id: string, locator: string) => {
    const item = el('li', 'Source: ');
    item.append(el('a', d.raw.sources[id] ?? id, { href: `/sources/${id}/` }));
    if (locator) item.append(` — ${locator}`);
    return item;
  };
  if (status.declarations.length > 0) {
    panel.append(el('h3', 'Reservations, declarations and objections'));
    const list = el('ul', undefined, { class: 'declarations' });
    for (const { declaration, event } of status.declarations) {
      const li = el('li');
      li.append(el('strong', declarationHeading(declaration)), `, with the ${event.action} of ${formatDate(declaration.date ?? event.date)}: ${declaration.summary}`);
      const src = el('ul', undefined, { class: 'panel-sources' });
      for (const c of declaration.sources) src.append(sourceLink(c.source, c.locator));
      li.append(src);
      list.append(li);
    }
    panel.append(list);
  }

  const rows = (d.raw.rows as RatificationRow[]).filter((r) => r.treaty === treaty && r.country === country);
  panel.append(el('h3', 'Recorded acts and their sources'));
  const acts = el('ul');
  for (const r of rows) {
    const li = el('li');
    if (r.action === 'unknown') li.append(`Not verified: ${r.note ?? ''}`);
    else if (r.action === 'none') li.append(`No act by this State in the depositary's record${r.note ? ` (${r.note})` : ''}.`);
    else if (r.action === 'not-open') li.append(`Not open to this State under ${r.basis ?? 'the treaty'}${r.note ? `. ${r.note}` : '.'}`);
    else li.append(el('strong', `${r.action[0]?.toUpperCase()}${r.action.slice(1)}, ${formatDate(r.date ?? '')}`), `${r.effective ? ` (took effect ${formatDate(r.effective)})` : ''}${r.basis ? `. Basis: ${r.basis}` : ''}${r.note ? `. ${r.note}` : ''}`);
    if (r.sources.length > 0) {
      const src = el('ul', undefined, { class: 'panel-sources' });
      r.sources.forEach((id, i) => src.append(sourceLink(id, r.locators[i] ?? '')));
      li.append(src);
    }
    acts.append(li);
  }
  panel.append(acts);

  panel.append(el('h3', 'Programme of Action paragraphs naming this treaty'));
  if (info && info.poa.length > 0) {
    const ul = el('ul');
    for (const p of info.poa) {
      const li = el('li');
      li.append(el('a', `Paragraph ${p.n}`, { href: `/poa/${p.n}/` }), p.context ? ` (${p.context})` : '');
      ul.append(li);
    }
    panel.append(ul);
  } else panel.append(el('p', 'No paragraph of the Programme of Action names this treaty.'));
  panel.append(el('h3', '2004 Minsk conclusions naming it'));
  if (info && info.conclusions.length > 0) {
    const ul = el('ul');
    for (const c of info.conclusions) {
      const li = el('li');
      li.append(el('a', `${c.heading}, conclusion ${c.id}`, { href: `/conclusions/2004/#${c.id}` }));
      ul.append(li);
    }
    panel.append(ul);
  } else panel.append(el('p', 'No conclusion of the 2004 meeting names this treaty.'));

  const laws = d.raw.laws.filter((l) => l.country === country && l.treaties.includes(treaty));
  panel.append(el('h3', 'National acts recorded as implementing it'));
  if (laws.length === 0) panel.append(el('p', 'No national act in the register is recorded as implementing this treaty.'));
  else {
    const ul = el('ul');
    for (const l of laws) {
      const li = el('li');
      li.append(el('a', l.title, { href: `/laws/${l.id}/` }), l.adopted ? ` (${formatDate(l.adopted)})` : ' (date not recorded)');
      ul.append(li);
    }
    panel.append(ul);
  }
  const more = el('p');
  more.append(el('a', `Full record: ${countryName}, ${treatyName}`, { href: `/treaties/${treaty}/#country-${country}` }));
  if (countryInfo) more.append(' · ', el('a', `Gap brief: ${countryName}`, { href: `/countries/${countryInfo.slug}/gaps/` }));
  panel.append(more, close);

  panel.hidden = false;
  placePanel(cell);
  heading.focus();
}

/** Next to the cell: below it, kept inside the page's width (phones get a bottom sheet by CSS). */
function placePanel(cell: HTMLElement): void {
  if (!panel) return;
  const rect = cell.getBoundingClientRect();
  const width = Math.min(panel.offsetWidth, document.documentElement.clientWidth - 16);
  const left = Math.max(8, Math.min(rect.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8));
  panel.style.setProperty('--panel-top', `${rect.bottom + window.scrollY + 4}px`);
  panel.style.setProperty('--panel-left', `${left}px`);
}

/* ---- State: address ↔ form ↔ render. ---- */

function context(): StateContext {
  const at = field<HTMLInputElement>('at');
  const options = (name: string) => new Map([...field<HTMLSelectElement>(name).options].filter((o) => o.value).map((o) => [o.value, o.text]));
  return { today: at.max, earliest: at.min, regions: options('region'), families: options('family') };
}

function stateFromForm(ctx: StateContext): { state: MatrixState; problems: string[] } {
  const problems: string[] = [];
  const read = (name: string, label: string) => {
    const input = field<HTMLInputElement>(name);
    if (input.validity.badInput) {
      problems.push(`${label}: the date is incomplete or not a real date.`);
      return '';
    }
    if (input.value === '') return '';
    const problem = dateProblem(input.value, ctx);
    if (problem) problems.push(`${label}: ${problem}`);
    return problem ? '' : input.value;
  };
  const at = read('at', 'Date') || ctx.today;
  const compare = read('compare', 'Comparison date');
  return {
    state: {
      at,
      compare,
      region: field<HTMLSelectElement>('region').value,
      family: field<HTMLSelectElement>('family').value,
      view: field<HTMLInputElement>('detailed').checked ? 'detailed' : 'compact',
    },
    problems,
  };
}

function stateToForm(state: MatrixState, ctx: StateContext): void {
  field<HTMLInputElement>('at').value = state.at === ctx.today ? ctx.today : state.at;
  field<HTMLInputElement>('compare').value = state.compare;
  field<HTMLSelectElement>('region').value = state.region;
  field<HTMLSelectElement>('family').value = state.family;
  field<HTMLInputElement>('detailed').checked = state.view === 'detailed';
}

function showNotices(notices: string[]): void {
  if (!noticeBox) return;
  noticeBox.replaceChildren(...notices.map((n) => el('p', n)));
  noticeBox.hidden = notices.length === 0;
}

let current: MatrixState | undefined;

function apply(state: MatrixState, ctx: StateContext): void {
  current = state;
  const search = stateToSearch(state, ctx.today);
  if (location.search !== search) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  const needsData = state.at !== ctx.today || state.compare !== '';
  if (needsData && !data) {
    render(state); // filters at once; the cells once the data has arrived
    ensureData().then(
      () => current === state && render(state),
      () => showNotices(['The data for recomputing the matrix could not be loaded; the table shows the status on the date of the data.']),
    );
  } else render(state);
}

if (table && form) {
  form.hidden = false;
  table.setAttribute('role', 'grid');
  // The grid is one tab stop itself: its scrolling wrapper need not be another.
  table.closest('.table-region')?.removeAttribute('tabindex');
  // Explicit roles: the phone layout changes the table's display, which would drop the implicit ones.
  for (const g of table.querySelectorAll('thead, tbody')) g.setAttribute('role', 'rowgroup');
  for (const tr of table.querySelectorAll('tr')) tr.setAttribute('role', 'row');
  for (const th of table.querySelectorAll('th[scope=col], th[scope=colgroup]')) th.setAttribute('role', 'columnheader');
  for (const th of table.querySelectorAll('th[scope=row], th[scope=rowgroup]')) th.setAttribute('role', 'rowheader');
  for (const td of table.querySelectorAll('td')) td.setAttribute('role', 'gridcell');
  table.setAttribute('aria-describedby', 'matrix-grid-help');
  const ctx = context();
  const parsed = parseState(location.search, ctx);
  showNotices(parsed.notices);
  stateToForm(parsed.state, ctx);
  apply(parsed.state, ctx);

  const update = () => {
    const { state, problems } = stateFromForm(ctx);
    showNotices(problems);
    apply(state, ctx);
  };
  form.addEventListener('focusin', () => void ensureData().catch(() => undefined), { once: true });
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  table.addEventListener('keydown', (event) => grid.move(event));
  table.addEventListener('focusin', (event) => {
    const target = event.target as HTMLElement;
    if (target.tabIndex === -1 && target.closest('td, th')) grid.setStop(target);
  });
  table.addEventListener('click', (event) => {
    const cell = (event.target as HTMLElement).closest<HTMLTableCellElement>('td[data-treaty]');
    if (!cell || event.ctrlKey || event.metaKey || event.shiftKey) return;
    // The link still works without the data: only take over once the panel can be filled.
    event.preventDefault();
    const target = grid.targets(cell)[0];
    if (target) grid.setStop(target);
    ensureData().then(
      (d) => openPanel(d, cell, current ?? parsed.state),
      () => {
        const link = cell.querySelector('a');
        if (link) location.href = link.href;
      },
    );
  });
  panel?.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      closePanel();
    }
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && panel && !panel.hidden) closePanel();
  });
  window.addEventListener('resize', () => {
    if (panel && !panel.hidden && openedFrom) placePanel(openedFrom);
  });
}
