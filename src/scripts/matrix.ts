/**
 * Enhances the server-rendered gap matrix: recompute every cell at another date, outline what
 * changed against a second date, filter by region and treaty family, and open a panel with a
 * cell's acts, sources, the PoA paragraphs urging the treaty and the laws implementing it.
 * The table stays usable without this script: every cell already links to its full record.
 */
import { select, selectAll } from 'd3-selection';
import { recordsFromRows, type RatificationRow } from '../lib/derive/records-data.ts';
import { formatDate } from '../lib/derive/dates.ts';
import { asOfWords, cellDetail, cellEvidence, declarationHeading, DECLARATIONS_MARK, STALE_MARK, STATE_LABELS, statusAt, type Status } from '../lib/derive/status.ts';
import type { RatificationFile } from '../schemas/ratification.ts';

interface TreatyInfo {
  id: string;
  shortName: string;
  poaParagraphs: number[];
  url: string;
}
interface LawInfo {
  id: string;
  country: string;
  title: string;
  treaties: string[];
  url: string;
}
interface Data {
  records: Map<string, RatificationFile>;
  rows: RatificationRow[];
  treaties: Map<string, TreatyInfo>;
  laws: LawInfo[];
  countryNames: Map<string, string>;
}

const table = document.querySelector<HTMLTableElement>('table.matrix');
const form = document.querySelector<HTMLFormElement>('#matrix-controls');
const panel = document.querySelector<HTMLElement>('#cell-panel');
const statusLine = document.querySelector<HTMLElement>('#matrix-status');
const changesBox = document.querySelector<HTMLElement>('#matrix-changes');
const evidenceSummary = document.querySelector<HTMLElement>('#matrix-evidence-summary');

/** Writes a cell's evidence date, stale flag and marks (the server renders the same for its date). */
function markEvidence(cell: HTMLTableCellElement, status: Status): boolean {
  const evidence = cellEvidence(status);
  cell.dataset['asOf'] = evidence.asOf;
  if (evidence.stale) cell.dataset['stale'] = '';
  else delete cell.dataset['stale'];
  const marks = cell.querySelector('.cell-marks');
  if (marks) {
    marks.replaceChildren();
    if (evidence.stale) select(marks).append('span').attr('class', 'mark-stale').text(STALE_MARK);
    if (evidence.declarations > 0) select(marks).append('span').attr('class', 'mark-declarations').text(DECLARATIONS_MARK);
  }
  const words = cell.querySelector('.cell-evidence');
  if (words) words.textContent = evidence.words ? `; ${evidence.words}` : '';
  return evidence.stale;
}

function recordFor(data: Data, treaty: string, country: string) {
  return data.records.get(treaty)?.countries.find((c) => c.country === country);
}

function render(data: Data): void {
  if (!table || !form) return;
  const at = (form.elements.namedItem('at') as HTMLInputElement).value;
  const compare = (form.elements.namedItem('compare') as HTMLInputElement).value;
  if (!at) return;
  const changes: string[] = [];
  let stale = 0;
  selectAll<HTMLTableCellElement, unknown>('table.matrix td[data-treaty]').each(function () {
    const { treaty = '', country = '' } = this.dataset;
    const status = statusAt(recordFor(data, treaty, country), at);
    const cell = select(this);
    cell.attr('class', `cell-${status.state}`);
    cell.select('.state').text(STATE_LABELS[status.state]);
    cell.select('.cell-detail').text(cellDetail(status));
    if (markEvidence(this, status)) stale++;
    let changed = false;
    if (compare) {
      const before = statusAt(recordFor(data, treaty, country), compare);
      if (before.state !== status.state) {
        changed = true;
        changes.push(`${data.countryNames.get(country) ?? country}, ${data.treaties.get(treaty)?.shortName ?? treaty}: ${STATE_LABELS[before.state]} on ${formatDate(compare)} → ${STATE_LABELS[status.state]} on ${formatDate(at)}`);
      }
    }
    cell.classed('changed', changed);
  });
  const caption = table.querySelector('caption');
  if (caption) caption.textContent = `Party status as last verified, shown for ${formatDate(at)}: countries (rows, by region) × treaties (columns, by family)`;
  if (evidenceSummary) {
    evidenceSummary.textContent = `${stale === 1 ? '1 cell rests' : `${stale} cells rest`} on evidence more than five years older than ${formatDate(at)} (marked ${STALE_MARK}): a later act may be missing from them.`;
  }
  table.dataset['at'] = at;
  if (changesBox) {
    select(changesBox).selectAll('*').remove();
    if (compare) {
      select(changesBox).append('h2').text(`Changes between ${formatDate(compare)} and ${formatDate(at)} (${changes.length})`);
      if (changes.length === 0) select(changesBox).append('p').text('No cell changed between the two dates.');
      else select(changesBox).append('ul').selectAll('li').data(changes).join('li').text((d) => d);
    }
  }
  if (statusLine) statusLine.textContent = `Matrix updated to ${formatDate(at)}${compare ? `; ${changes.length} cells changed since ${formatDate(compare)}` : ''}.`;
}

function applyFilters(): void {
  if (!form) return;
  const region = (form.elements.namedItem('region') as HTMLSelectElement).value;
  const family = (form.elements.namedItem('family') as HTMLSelectElement).value;
  selectAll<HTMLElement, unknown>('table.matrix tbody[data-region]').classed('filtered-out', function () {
    return region !== '' && this.dataset['region'] !== region;
  });
  selectAll<HTMLElement, unknown>('table.matrix [data-family]').classed('filtered-out', function () {
    return family !== '' && this.dataset['family'] !== family;
  });
  const visibleColumns = family ? document.querySelectorAll(`table.matrix thead th.col[data-family="${family}"]`).length : document.querySelectorAll('table.matrix thead th.col').length;
  selectAll<HTMLTableCellElement, unknown>('table.matrix tr.region-row th').attr('colspan', visibleColumns + 1);
}

function openPanel(data: Data, cell: HTMLTableCellElement): void {
  if (!panel || !form) return;
  const { treaty = '', country = '' } = cell.dataset;
  const at = (form.elements.namedItem('at') as HTMLInputElement).value;
  const record = recordFor(data, treaty, country);
  const status = statusAt(record, at);
  const info = data.treaties.get(treaty);
  const countryName = data.countryNames.get(country) ?? country;
  const p = select(panel);
  p.selectAll('*').remove();
  p.append('h2').text(`${countryName} and the ${info?.shortName ?? treaty}`);
  const recorded = asOfWords(status);
  p.append('p').text(`Status on ${formatDate(at)}${recorded ? `, ${recorded}` : ''}: ${STATE_LABELS[status.state]} (${cellDetail(status)}).`);
  if (status.stale) p.append('p').text(`The evidence is more than five years older than ${formatDate(at)}: a later act may be missing.`);
  else if (status.state !== 'unknown' && !status.asOf) p.append('p').text('The date up to which the sources reflect the depositary is not recorded.');
  if (status.declarations.length > 0) {
    p.append('h3').text('Reservations, declarations and objections');
    const dl = p.append('ul').attr('class', 'declarations');
    for (const { declaration, event } of status.declarations) {
      const li = dl.append('li');
      li.append('strong').text(declarationHeading(declaration));
      li.append('span').text(`, with the ${event.action} of ${formatDate(declaration.date ?? event.date)}: ${declaration.summary} `);
      for (const c of declaration.sources) {
        li.append('a').attr('href', `/sources/${c.source}/`).text(`Source: ${c.source}`);
        li.append('span').text(` (${c.locator}) `);
      }
    }
  }
  const rows = data.rows.filter((r) => r.treaty === treaty && r.country === country);
  p.append('h3').text('Recorded acts and sources');
  const list = p.append('ul');
  for (const r of rows) {
    const li = list.append('li');
    if (r.action === 'unknown') li.text(`Not verified: ${r.note ?? ''}`);
    else if (r.action === 'none') li.text('The depositary lists no act by this country. ');
    else li.text(`${r.action[0]?.toUpperCase()}${r.action.slice(1)}: ${formatDate(r.date ?? '')}${r.effective ? ` (effect ${formatDate(r.effective)})` : ''}${r.basis ? `. Basis: ${r.basis}` : ''}${r.note ? `. ${r.note}` : ''}. `);
    r.sources.forEach((source, i) => {
      li.append('a').attr('href', `/sources/${source}/`).text(`Source: ${source}`);
      li.append('span').text(` (${r.locators[i] ?? ''}) `);
    });
  }
  if (info && info.poaParagraphs.length > 0) {
    p.append('h3').text('Programme of Action paragraphs naming this treaty');
    p.append('ul').selectAll('li').data(info.poaParagraphs).join('li').append('a').attr('href', (n) => `/poa/${n}/`).text((n) => `Paragraph ${n}`);
  }
  const laws = data.laws.filter((l) => l.country === country && l.treaties.includes(treaty));
  p.append('h3').text('National acts implementing it');
  if (laws.length === 0) p.append('p').text('No national act in the register is recorded as implementing this treaty.');
  else p.append('ul').selectAll('li').data(laws).join('li').append('a').attr('href', (l) => l.url).text((l) => l.title);
  p.append('p').append('a').attr('href', `/treaties/${treaty}/#country-${country}`).text(`Full record: ${countryName}, ${info?.shortName ?? treaty}`);
  p.append('button').attr('type', 'button').text('Close').on('click', () => {
    panel.hidden = true;
    cell.querySelector('a')?.focus();
  });
  panel.hidden = false;
  panel.focus();
}

async function loadData(): Promise<Data> {
  const [ratifications, treaties, laws, countries] = await Promise.all(
    ['/data/ratifications.json', '/data/treaties.json', '/data/laws.json', '/data/countries.json'].map((u) => fetch(u).then((r) => r.json())),
  );
  const rows = (ratifications as { records: RatificationRow[] }).records;
  return {
    rows,
    records: recordsFromRows(rows),
    treaties: new Map((treaties as { treaties: TreatyInfo[] }).treaties.map((t) => [t.id, t])),
    laws: (laws as { laws: LawInfo[] }).laws,
    countryNames: new Map((countries as { countries: { id: string; name: string }[] }).countries.map((c) => [c.id, c.name])),
  };
}

let dataPromise: Promise<Data> | undefined;
/** Loads the published data on first use, so the page renders without waiting for it. */
const ensureData = () => (dataPromise ??= loadData());

if (table && form) {
  form.hidden = false;
  const onFailure = () => {
    if (statusLine) statusLine.textContent = 'The data for recomputing the matrix could not be loaded; the table shows today’s status.';
  };
  form.addEventListener('focusin', () => void ensureData().catch(onFailure), { once: true });
  form.addEventListener('input', (event) => {
    const target = event.target as HTMLElement;
    if (target.id === 'matrix-region' || target.id === 'matrix-family') applyFilters();
    else void ensureData().then(render, onFailure);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    applyFilters();
    void ensureData().then(render, onFailure);
  });
  table.addEventListener('click', (event) => {
    const cell = (event.target as HTMLElement).closest<HTMLTableCellElement>('td[data-treaty]');
    if (!cell) return;
    // The link still works without the data: only take over once the panel can be filled.
    event.preventDefault();
    ensureData().then(
      (data) => openPanel(data, cell),
      () => {
        const link = cell.querySelector('a');
        if (link) location.href = link.href;
      },
    );
  });
}
