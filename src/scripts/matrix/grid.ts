/**
 * The ARIA grid keyboard pattern on the matrix table: one tab stop, arrows, Home/End,
 * Ctrl+Home/Ctrl+End, PageUp/PageDown. Bound to one table; no state outside the instance.
 */
export class Grid {
  current: HTMLElement | undefined;
  private readonly table: HTMLTableElement;
  constructor(table: HTMLTableElement) {
    this.table = table;
  }

  /** Explicit roles (the phone layout changes the table's display, which would drop the implicit ones). */
  enhance(describedBy: string): void {
    const table = this.table;
    table.setAttribute('role', 'grid');
    // The grid is one tab stop itself: its scrolling wrapper need not be another.
    table.closest('.table-region')?.removeAttribute('tabindex');
    for (const g of table.querySelectorAll('thead, tbody')) g.setAttribute('role', 'rowgroup');
    for (const tr of table.querySelectorAll('tr')) tr.setAttribute('role', 'row');
    for (const th of table.querySelectorAll('th[scope=col], th[scope=colgroup]')) th.setAttribute('role', 'columnheader');
    for (const th of table.querySelectorAll('th[scope=row], th[scope=rowgroup]')) th.setAttribute('role', 'rowheader');
    for (const td of table.querySelectorAll('td')) td.setAttribute('role', 'gridcell');
    table.setAttribute('aria-describedby', describedBy);
    table.addEventListener('keydown', (event) => this.move(event));
    table.addEventListener('focusin', (event) => {
      const target = event.target as HTMLElement;
      if (target.tabIndex === -1 && target.closest('td, th')) this.setStop(target);
    });
  }

  rows(): HTMLTableCellElement[][] {
    const trs = [this.table.querySelector<HTMLTableRowElement>('tr.treaty-row'), ...this.table.querySelectorAll<HTMLTableRowElement>('tbody:not([hidden]) tr[data-country]')];
    return trs.filter((tr): tr is HTMLTableRowElement => tr !== null).map((tr) => [...tr.cells].filter((c) => !c.hidden));
  }

  targets(cell: HTMLTableCellElement): HTMLElement[] {
    const links = [...cell.querySelectorAll<HTMLElement>('a')];
    return links.length > 0 ? links : [cell];
  }

  setStop(target: HTMLElement): void {
    if (this.current && this.current !== target) this.current.tabIndex = -1;
    target.tabIndex = 0;
    this.current = target;
  }

  /** After a render: every grid target out of the tab order except the stop, which stays on a visible cell. */
  refresh(focusedCell: HTMLTableCellElement | null): void {
    const rows = this.rows();
    for (const cell of this.table.querySelectorAll<HTMLTableCellElement>('thead th, tbody th, td[data-treaty]')) for (const t of this.targets(cell)) if (t !== cell || cell.tabIndex === 0) t.tabIndex = -1;
    const stopCell = this.current?.closest('td, th') as HTMLTableCellElement | null;
    const stillThere = stopCell && this.current?.isConnected && rows.some((r) => r.includes(stopCell));
    const fallback = rows[1]?.[1] ?? rows[0]?.[0];
    const cell = focusedCell && rows.some((r) => r.includes(focusedCell)) ? focusedCell : stillThere ? stopCell : fallback;
    if (!cell) return;
    const target = this.targets(cell)[0]!;
    this.current = undefined;
    this.setStop(target);
    if (focusedCell && focusedCell === cell) target.focus();
  }

  move(event: KeyboardEvent): void {
    const from = (event.target as HTMLElement).closest<HTMLTableCellElement>('td, th');
    if (!from || !this.table.contains(from)) return;
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
  }
}
