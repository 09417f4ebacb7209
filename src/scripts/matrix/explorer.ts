/**
 * <matrix-explorer>: enhances the server-rendered gap matrix inside it. One state (date,
 * comparison date, region, family, view), kept in the address, drives one render pass: every cell
 * is recomputed with the shared cell functions, then shown or hidden by the filters in the same
 * pass, so filtering and re-rendering cannot undo each other. Also: the grid keyboard pattern and
 * a cell panel (a non-modal dialog next to the cell). Everything it needs is read from its markup:
 * the strings (a JSON script element in the page's language), the names (the table's headers), the
 * dates and filters (the form), the data file's address (data-src). Without it the table still
 * works: every cell links to its full record.
 */
import { STALE_MARK, type PartyState } from '../../lib/derive/status.ts';
import { plural, type PluralForms } from '../../i18n/format.ts';
import { cellAttributes, cellInnerHtml, cellParts, OPTIONAL_CELL_ATTRIBUTES, type CellInput } from '../../lib/views/cell.ts';
import { dateProblem, parseState, stateToSearch, type MatrixState, type StateContext } from '../../lib/views/matrix-state.ts';
import { fill, type StatusText } from '../../lib/views/status-words.ts';
import { Grid } from './grid.ts';
import { panelContent } from './panel.ts';
import { dataLoader, el, readMessages, readNames, statusOf, type Data, type Messages, type Name } from './page.ts';

export class MatrixExplorer extends HTMLElement {
  private table!: HTMLTableElement;
  private form!: HTMLFormElement;
  private grid!: Grid;
  private messages!: Messages;
  private text!: StatusText;
  private names!: ReturnType<typeof readNames>;
  private data!: ReturnType<typeof dataLoader>;
  private ctx!: StateContext;
  private current: MatrixState | undefined;
  private openedFrom: HTMLTableCellElement | undefined;
  private serverAt = '';
  /** The cell HTML last written, to skip unchanged cells. */
  private written = new WeakMap<HTMLTableCellElement, string>();

  private find<T extends HTMLElement>(selector: string): T | null {
    return this.querySelector<T>(selector);
  }
  private field<T extends HTMLElement>(name: string): T {
    return this.form.elements.namedItem(name) as T;
  }

  connectedCallback(): void {
    const table = this.find<HTMLTableElement>('table.matrix');
    const form = this.find<HTMLFormElement>('form');
    if (!table || !form || this.table) return;
    this.table = table;
    this.form = form;
    ({ messages: this.messages, text: this.text } = readMessages(this));
    this.names = readNames(table);
    this.data = dataLoader(this.dataset['src'] ?? '');
    this.serverAt = table.dataset['at'] ?? '';
    this.grid = new Grid(table);
    this.grid.enhance(this.find('#matrix-grid-help')?.id ?? '');
    form.hidden = false;
    this.ctx = this.context();
    const parsed = parseState(location.search, this.ctx, this.messages);
    this.showNotices(parsed.notices);
    this.stateToForm(parsed.state);
    this.apply(parsed.state);

    const update = () => {
      const { state, problems } = this.stateFromForm();
      this.showNotices(problems);
      this.apply(state);
    };
    form.addEventListener('focusin', () => void this.data.load().catch(() => undefined), { once: true });
    form.addEventListener('change', update);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      update();
    });
    table.addEventListener('click', (event) => this.onCellClick(event, parsed.state));
    const panel = this.find('#cell-panel');
    panel?.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        this.closePanel();
      }
    });
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && panel && !panel.hidden) this.closePanel();
    });
    window.addEventListener('resize', () => {
      if (panel && !panel.hidden && this.openedFrom) this.placePanel(this.openedFrom);
    });
  }

  private cellInput(td: HTMLTableCellElement, d: Data, at: string): CellInput {
    const treaty = td.dataset['treaty'] ?? '';
    const country = td.dataset['country'] ?? '';
    const countryName: Name = this.names.countries.get(country) ?? { text: country };
    const treatyName: Name = this.names.treaties.get(treaty) ?? { text: treaty };
    return {
      country,
      countryName: countryName.text,
      treaty,
      treatyName: treatyName.text,
      family: td.dataset['family'] ?? '',
      status: statusOf(d, treaty, country, at),
      adopted: d.treaties.get(treaty)?.adopted ?? null,
      ...(countryName.lang ? { countryLang: countryName.lang } : {}),
      ...(treatyName.lang ? { treatyLang: treatyName.lang } : {}),
    };
  }

  /** Renders the whole table for a state; cells are recomputed once the data is loaded (the server rendered today). */
  render(state: MatrixState): { changes: number; ms: number } {
    const t0 = performance.now();
    const { table, messages: m } = this;
    const data = this.data.get();
    const date = this.text.date;
    // Before the data arrives the cells still show the server's date: say that date, not the chosen one.
    const shown = data ? state.at : this.serverAt;
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
      const family = td.dataset['family'] ?? '';
      const region = (td.parentElement as HTMLElement).dataset['region'];
      if (data) {
        const parts = cellParts(this.cellInput(td, data, state.at), this.text);
        const html = cellInnerHtml(parts);
        if (this.written.get(td) !== html) {
          for (const k of OPTIONAL_CELL_ATTRIBUTES) td.removeAttribute(k);
          for (const [k, v] of Object.entries(cellAttributes(parts))) td.setAttribute(k, v);
          td.innerHTML = html;
          this.written.set(td, html);
        }
        if (state.compare) {
          const before = statusOf(data, parts.treaty, parts.country, state.compare);
          const changed = before.state !== parts.state;
          td.classList.toggle('changed', changed);
          if (changed && famOk(family) && regionOk(region)) changes.push({ country: parts.country, treaty: parts.treaty, from: before.state, to: parts.state });
        } else td.classList.remove('changed');
      }
      const visible = famOk(family) && regionOk(region);
      if (td.hidden !== !famOk(family)) td.hidden = !famOk(family);
      if (visible) counts[td.dataset['state'] ?? ''] = (counts[td.dataset['state'] ?? ''] ?? 0) + 1;
      if (visible && td.hasAttribute('data-stale')) stale++;
    }
    this.grid.refresh(focusedCell);

    for (const c of this.querySelectorAll<HTMLElement>('[data-count-for]')) c.textContent = String(counts[c.dataset['countFor'] ?? ''] ?? 0);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    const states = m.words.states;
    const summary = document.querySelector<HTMLElement>('#matrix-summary');
    if (summary) {
      const list = (Object.keys(states) as PartyState[]).map((s) => fill(m.summaryCount, { n: counts[s] ?? 0, label: states[s].toLocaleLowerCase(m.words.lang) })).join(', ');
      summary.textContent = fill(m.summary, { total, date: date(shown), counts: list });
    }
    const evidenceSummary = document.querySelector<HTMLElement>('#matrix-evidence-summary');
    if (evidenceSummary) evidenceSummary.textContent = fill(plural(m.words.lang, stale, m.staleSummary as PluralForms), { date: date(shown), mark: STALE_MARK });
    const caption = table.querySelector('caption');
    if (caption) caption.textContent = fill(m.caption, { date: date(shown) });
    table.dataset['at'] = shown;
    table.dataset['region'] = state.region;
    table.dataset['family'] = state.family;
    table.dataset['compare'] = data ? state.compare : '';

    const changesBox = this.find<HTMLElement>('#matrix-changes');
    if (changesBox) {
      changesBox.replaceChildren();
      if (state.compare && data) {
        changesBox.append(el('h2', fill(m.changesHeading, { from: date(state.compare), to: date(state.at), n: changes.length })));
        if (state.region || state.family) changesBox.append(el('p', m.changesFiltered));
        if (changes.length === 0) changesBox.append(el('p', m.changesNone));
        else {
          const ul = el('ul');
          for (const c of changes) {
            const values = { country: this.names.countries.get(c.country)?.text ?? c.country, treaty: this.names.treaties.get(c.treaty)?.text ?? c.treaty, from: states[c.from], fromDate: date(state.compare), to: states[c.to], toDate: date(state.at) };
            ul.append(el('li', fill(m.changeItem, values), { 'data-country': c.country, 'data-treaty': c.treaty }));
          }
          changesBox.append(ul);
        }
      }
    }
    const statusLine = this.find<HTMLElement>('#matrix-status');
    if (statusLine) statusLine.textContent = fill(m.statusLine, { date: date(state.at), changes: state.compare ? fill(m.statusChanges, { n: changes.length, date: date(state.compare) }) : '' });
    return { changes: changes.length, ms: performance.now() - t0 };
  }

  /* ---- The cell panel: a non-modal dialog placed next to the cell. ---- */

  private onCellClick(event: MouseEvent, initial: MatrixState): void {
    const cell = (event.target as HTMLElement).closest<HTMLTableCellElement>('td[data-treaty]');
    if (!cell || event.ctrlKey || event.metaKey || event.shiftKey) return;
    // The link still works without the data: only take over once the panel can be filled.
    event.preventDefault();
    const target = this.grid.targets(cell)[0];
    if (target) this.grid.setStop(target);
    this.data.load().then(
      (d) => this.openPanel(d, cell, this.current ?? initial),
      () => {
        const link = cell.querySelector('a');
        if (link) location.href = link.href;
      },
    );
  }

  private openPanel(d: Data, cell: HTMLTableCellElement, state: MatrixState): void {
    const panel = this.find<HTMLElement>('#cell-panel');
    if (!panel) return;
    this.openedFrom = cell;
    const input = this.cellInput(cell, d, state.at);
    const country = this.names.countries.get(input.country);
    const { heading, nodes } = panelContent(
      d,
      {
        treaty: input.treaty,
        country: input.country,
        countryName: country ?? { text: input.country },
        treatyName: this.names.treaties.get(input.treaty) ?? { text: input.treaty },
        gapsHref: country?.gaps ?? '',
        status: input.status,
        parts: cellParts(input, this.text),
        at: state.at,
      },
      this.messages,
      this.text,
    );
    const close = el('button', this.messages.panelClose, { type: 'button', class: 'panel-close' });
    close.append(el('span', fill(this.messages.panelCloseHidden, { country: input.countryName, treaty: input.treatyName }), { class: 'visually-hidden' }));
    close.addEventListener('click', () => this.closePanel());
    panel.replaceChildren(...nodes, close);
    panel.hidden = false;
    this.placePanel(cell);
    heading.focus();
  }

  private closePanel(): void {
    const panel = this.find<HTMLElement>('#cell-panel');
    if (!panel || panel.hidden) return;
    panel.hidden = true;
    const target = this.openedFrom ? this.grid.targets(this.openedFrom)[0] : undefined;
    if (target) {
      this.grid.setStop(target);
      target.focus();
    }
  }

  /** Next to the cell: below it, kept inside the page's width (phones get a bottom sheet by CSS). */
  private placePanel(cell: HTMLElement): void {
    const panel = this.find<HTMLElement>('#cell-panel');
    if (!panel) return;
    const rect = cell.getBoundingClientRect();
    const width = Math.min(panel.offsetWidth, document.documentElement.clientWidth - 16);
    const left = Math.max(8, Math.min(rect.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8));
    panel.style.setProperty('--panel-top', `${rect.bottom + window.scrollY + 4}px`);
    panel.style.setProperty('--panel-left', `${left}px`);
  }

  /* ---- State: address ↔ form ↔ render. ---- */

  private context(): StateContext {
    const at = this.field<HTMLInputElement>('at');
    const options = (name: string) => new Map([...this.field<HTMLSelectElement>(name).options].filter((o) => o.value).map((o) => [o.value, o.text]));
    return { today: at.max, earliest: at.min, regions: options('region'), families: options('family') };
  }

  private stateFromForm(): { state: MatrixState; problems: string[] } {
    const { ctx, messages: m } = this;
    const problems: string[] = [];
    const read = (name: string, label: string) => {
      const input = this.field<HTMLInputElement>(name);
      if (input.validity.badInput) {
        problems.push(fill(m.dateIncomplete, { label }));
        return '';
      }
      if (input.value === '') return '';
      const problem = dateProblem(input.value, ctx, m);
      if (problem) problems.push(`${label}: ${problem}`);
      return problem ? '' : input.value;
    };
    const at = read('at', m.dateLabel) || ctx.today;
    const compare = read('compare', m.compareLabel);
    return {
      state: {
        at,
        compare,
        region: this.field<HTMLSelectElement>('region').value,
        family: this.field<HTMLSelectElement>('family').value,
        view: this.field<HTMLInputElement>('detailed').checked ? 'detailed' : 'compact',
      },
      problems,
    };
  }

  private stateToForm(state: MatrixState): void {
    this.field<HTMLInputElement>('at').value = state.at;
    this.field<HTMLInputElement>('compare').value = state.compare;
    this.field<HTMLSelectElement>('region').value = state.region;
    this.field<HTMLSelectElement>('family').value = state.family;
    this.field<HTMLInputElement>('detailed').checked = state.view === 'detailed';
  }

  private showNotices(notices: string[]): void {
    const box = this.find<HTMLElement>('#matrix-notice');
    if (!box) return;
    box.replaceChildren(...notices.map((n) => el('p', n)));
    box.hidden = notices.length === 0;
  }

  private apply(state: MatrixState): void {
    this.current = state;
    const search = stateToSearch(state, this.ctx.today);
    if (location.search !== search) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    const needsData = state.at !== this.ctx.today || state.compare !== '';
    if (needsData && !this.data.get()) {
      this.render(state); // filters at once; the cells once the data has arrived
      this.data.load().then(
        () => this.current === state && this.render(state),
        () => this.showNotices([this.messages.loadFailed]),
      );
    } else this.render(state);
  }
}
