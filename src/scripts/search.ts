/**
 * Search page: drives the Pagefind index (built by `npm run build`) with our own accessible UI:
 * a labelled input, filters with result counts, sorting by relevance or date, a live region
 * announcing the number of results, and results that point to the paragraph (sub-results with
 * their anchors) rather than only to the page. Without JavaScript the page offers browse links.
 */
interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: { balanced_score: number }[];
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[];
}
interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, o?: Record<string, unknown>): Promise<PagefindSearch | null>;
}

const FILTER_LABELS: Record<string, string> = {
  kind: 'Kind of content',
  country: 'Country',
  treaty: 'Treaty',
  topic: 'Topic or category of concern',
  document: 'Document',
  year: 'Year',
};
const FILTER_ORDER = ['kind', 'country', 'treaty', 'topic', 'document', 'year'];
const PAGE_SIZE = 20;

const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-input');
const sortSelect = document.querySelector<HTMLSelectElement>('#search-sort');
const filtersBox = document.querySelector<HTMLElement>('#search-filters');
const count = document.querySelector<HTMLElement>('#search-count');
const list = document.querySelector<HTMLOListElement>('#search-results');

let pagefind: Pagefind | undefined;
let allFilters: Record<string, Record<string, number>> = {};
/** Country names and every spelling the sources use ("Kazakstan"), for best bets. */
let countryNames = new Map<string, { url: string; name: string }>();

const normalise = (text: string) => text.trim().replace(/^"|"$/g, '').toLowerCase();

function selectedFilters(): Record<string, string[]> {
  const selected: Record<string, string[]> = {};
  filtersBox?.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked').forEach((box) => {
    const name = box.dataset['filter'] ?? '';
    (selected[name] ??= []).push(box.value);
  });
  return selected;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

/** Renders the filter checkboxes with their counts (for the current query when there is one). */
function renderFilters(counts: Record<string, Record<string, number>>, selected: Record<string, string[]>): void {
  if (!filtersBox) return;
  filtersBox.replaceChildren();
  for (const name of FILTER_ORDER) {
    const values = allFilters[name];
    if (!values) continue;
    const chosen = selected[name] ?? [];
    const details = el('details', { className: 'filter-group', open: chosen.length > 0 || name === 'kind' });
    details.append(el('summary', {}, `${FILTER_LABELS[name] ?? name}${chosen.length ? ` (${chosen.length} selected)` : ''}`));
    const fieldset = el('fieldset', { className: 'filters' }, el('legend', { className: 'visually-hidden' }, FILTER_LABELS[name] ?? name));
    for (const value of Object.keys(values).sort((a, b) => a.localeCompare(b))) {
      const id = `filter-${name}-${value.replace(/[^a-z0-9]+/gi, '-')}`;
      const n = counts[name]?.[value] ?? 0;
      const box = el('input', { type: 'checkbox', id, value, checked: chosen.includes(value) });
      box.dataset['filter'] = name;
      fieldset.append(el('div', {}, box, ' ', el('label', { htmlFor: id }, `${value} (${n})`)));
    }
    details.append(fieldset);
    filtersBox.append(details);
  }
}

function writeUrl(term: string, selected: Record<string, string[]>, sort: string): void {
  const params = new URLSearchParams();
  if (term) params.set('q', term);
  if (sort) params.set('sort', sort);
  for (const [name, values] of Object.entries(selected)) for (const v of values) params.append(name, v);
  history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
}

let searchSeq = 0;
async function run(): Promise<void> {
  if (!pagefind || !input || !list || !count) return;
  const seq = ++searchSeq;
  const term = input.value.trim();
  const selected = selectedFilters();
  const sort = sortSelect?.value ?? '';
  writeUrl(term, selected, sort);
  const hasFilters = Object.keys(selected).length > 0;
  if (!term && !hasFilters) {
    list.replaceChildren();
    count.textContent = '';
    renderFilters(allFilters, selected);
    return;
  }
  const options: Record<string, unknown> = { filters: selected };
  if (sort) options['sort'] = { date: sort === 'date-asc' ? 'asc' : 'desc' };
  const search = await pagefind.search(term || null, options);
  if (!search || seq !== searchSeq) return;
  renderFilters(search.filters, selected);
  const datas = await Promise.all(search.results.slice(0, PAGE_SIZE).map((r) => r.data()));
  if (seq !== searchSeq) return;
  const items: HTMLLIElement[] = [];
  for (const data of datas) {
    // Point to the paragraph: a page made of many addressable paragraphs (marked with the meta
    // "parts: paragraphs") reports its best sections; a page about one entity is itself the result.
    // Pagefind lists sub-results in page order; rank them by how strongly each section matches.
    const score = (s: PagefindSubResult) => (s.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);
    const subs = data.meta['parts'] !== 'paragraphs' ? [] : (data.sub_results ?? []).filter((s) => s.url.includes('#')).sort((a, b) => score(b) - score(a)).slice(0, 2);
    const entries = subs.length > 0 ? subs.map((s) => ({ title: `${s.title} · ${data.meta['title'] ?? ''}`, url: s.url, excerpt: s.excerpt })) : [{ title: data.meta['title'] ?? data.url, url: data.url, excerpt: data.excerpt }];
    for (const entry of entries) {
      const excerpt = el('p');
      excerpt.innerHTML = entry.excerpt; // Pagefind escapes the text and adds only <mark>.
      items.push(el('li', {}, el('a', { href: entry.url }, entry.title), el('p', { className: 'meta' }, data.meta['context'] ?? ''), excerpt));
    }
  }
  // Best bet: a query that is a country's name, or a spelling the sources use, leads to its page first.
  const bet = countryNames.get(normalise(term));
  if (bet && !hasFilters) {
    const existing = items.findIndex((li) => li.querySelector('a')?.getAttribute('href') === bet.url);
    if (existing >= 0) items.splice(existing, 1);
    items.unshift(el('li', {}, el('a', { href: bet.url }, bet.name), el('p', { className: 'meta' }, `Country page · “${term}” is a name used for ${bet.name} in the sources`)));
  }
  list.replaceChildren(...items);
  const total = search.results.length;
  count.textContent = total === 0 ? `No results for “${term}”${hasFilters ? ' with these filters' : ''}.` : `${total} result${total === 1 ? '' : 's'}${term ? ` for “${term}”` : ''}${total > PAGE_SIZE ? `, showing the first ${PAGE_SIZE} pages` : ''}.`;
}

let loading: Promise<void> | undefined;
/** Loads Pagefind on first use: the page renders without waiting for the index runtime. */
function ensurePagefind(): Promise<void> {
  loading ??= (async () => {
    const module = '/pagefind/pagefind.js';
    pagefind = (await import(/* @vite-ignore */ module)) as Pagefind;
    // Long pages (the conclusions, the source documents) are made of addressable paragraphs: do not
    // penalise their length, their sub-results point to the paragraph.
    await pagefind.options({ excerptLength: 24, ranking: { pageLength: 0.1 } });
    await pagefind.init();
    allFilters = await pagefind.filters();
    try {
      const data = (await (await fetch('/data/countries.json')).json()) as { countries: { name: string; officialName: string | null; slug: string; namesInSources: string[] }[] };
      countryNames = new Map(
        data.countries.flatMap((c) => [c.name, c.officialName ?? c.name, ...c.namesInSources].map((n) => [normalise(n), { url: `/countries/${c.slug}/`, name: c.name }] as const)),
      );
    } catch {
      // Best bets are an extra; search works without them.
    }
  })();
  return loading;
}

async function start(): Promise<void> {
  if (!form || !input) return;
  form.hidden = false;
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  if (sortSelect) sortSelect.value = params.get('sort') ?? '';
  const selected: Record<string, string[]> = {};
  for (const name of FILTER_ORDER) {
    const values = params.getAll(name);
    if (values.length) selected[name] = values;
  }
  let timer: number | undefined;
  input.addEventListener('focus', () => void ensurePagefind().then(() => renderFilters(allFilters, selectedFilters())), { once: true });
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void ensurePagefind().then(run), 150);
  });
  form.addEventListener('change', () => void ensurePagefind().then(run));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void ensurePagefind().then(run);
  });
  if (input.value || Object.keys(selected).length) {
    await ensurePagefind();
    renderFilters(allFilters, selected);
    await run();
  }
}

void start().catch(() => {
  if (count) count.textContent = 'Search could not start; use the browse links below.';
});
