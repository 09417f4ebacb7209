/**
 * Search page: drives the Pagefind index (built by `npm run build`) with our own accessible UI:
 * a labelled input, filters with result counts, sorting by relevance or date, a live region
 * announcing the number of results, and results that point to the paragraph (sub-results with
 * their anchors) rather than only to the page. Without JavaScript the page offers browse links.
 *
 * It is the custom element <site-search>: its strings (in the page's language), the best bets and
 * the language come from the element's data attributes, written by the server. Pagefind keeps one
 * index per page language and picks the one matching <html lang>.
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

type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
interface SearchStrings {
  filterLabels: Record<string, string>;
  selected: string;
  noResults: string;
  noResultsFiltered: string;
  results: PluralForms;
  forTerm: string;
  firstPages: string;
  bestBet: string;
  couldNotStart: string;
}
interface BestBet {
  names: string[];
  name: string;
  url: string;
}

const FILTER_ORDER = ['kind', 'country', 'treaty', 'topic', 'document', 'year'];
const PAGE_SIZE = 20;

/** Fills {name} placeholders. */
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

class SiteSearch extends HTMLElement {
  private pagefind: Pagefind | undefined;
  private allFilters: Record<string, Record<string, number>> = {};
  private loading: Promise<void> | undefined;
  private searchSeq = 0;
  private strings!: SearchStrings;
  private locale = 'en-GB';
  private bestBets = new Map<string, BestBet>();
  private form: HTMLFormElement | null = null;
  private input: HTMLInputElement | null = null;
  private sortSelect: HTMLSelectElement | null = null;
  private filtersBox: HTMLElement | null = null;
  private count: HTMLElement | null = null;
  private list: HTMLOListElement | null = null;

  connectedCallback(): void {
    this.strings = JSON.parse(this.dataset['strings'] ?? '{}') as SearchStrings;
    this.locale = this.dataset['lang'] === 'ru' ? 'ru-RU' : 'en-GB';
    for (const bet of JSON.parse(this.dataset['bestBets'] ?? '[]') as BestBet[]) for (const name of bet.names) this.bestBets.set(name, bet);
    this.form = this.querySelector<HTMLFormElement>('#search-form');
    this.input = this.querySelector<HTMLInputElement>('#search-input');
    this.sortSelect = this.querySelector<HTMLSelectElement>('#search-sort');
    this.filtersBox = this.querySelector<HTMLElement>('#search-filters');
    this.count = this.querySelector<HTMLElement>('#search-count');
    this.list = this.querySelector<HTMLOListElement>('#search-results');
    void this.start().catch(() => {
      if (this.count) this.count.textContent = this.strings.couldNotStart;
    });
  }

  private normalise(text: string): string {
    return text.trim().replace(/^"|"$/g, '').toLocaleLowerCase(this.locale);
  }

  private plural(count: number, forms: PluralForms): string {
    const rule = new Intl.PluralRules(this.locale).select(count);
    return (forms[rule] ?? forms.other).replaceAll('#', new Intl.NumberFormat(this.locale).format(count));
  }

  private selectedFilters(): Record<string, string[]> {
    const selected: Record<string, string[]> = {};
    this.filtersBox?.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked').forEach((box) => {
      const name = box.dataset['filter'] ?? '';
      (selected[name] ??= []).push(box.value);
    });
    return selected;
  }

  /** Renders the filter checkboxes with their counts (for the current query when there is one). */
  private renderFilters(counts: Record<string, Record<string, number>>, selected: Record<string, string[]>): void {
    const box = this.filtersBox;
    if (!box) return;
    box.replaceChildren();
    for (const name of FILTER_ORDER) {
      const values = this.allFilters[name];
      if (!values) continue;
      const chosen = selected[name] ?? [];
      const label = this.strings.filterLabels[name] ?? name;
      const details = el('details', { className: 'filter-group', open: chosen.length > 0 || name === 'kind' });
      details.append(el('summary', {}, `${label}${chosen.length ? ` (${fill(this.strings.selected, { n: chosen.length })})` : ''}`));
      const fieldset = el('fieldset', { className: 'filters' }, el('legend', { className: 'visually-hidden' }, label));
      for (const value of Object.keys(values).sort((a, b) => a.localeCompare(b, this.locale))) {
        // Letters of any script stay in the id, so Russian values get distinct ids too.
        const id = `filter-${name}-${value.replace(/[^\p{L}\p{N}]+/gu, '-')}`;
        const n = counts[name]?.[value] ?? 0;
        const checkbox = el('input', { type: 'checkbox', id, value, checked: chosen.includes(value) });
        checkbox.dataset['filter'] = name;
        fieldset.append(el('div', {}, checkbox, ' ', el('label', { htmlFor: id }, `${value} (${n})`)));
      }
      details.append(fieldset);
      box.append(details);
    }
  }

  private writeUrl(term: string, selected: Record<string, string[]>, sort: string): void {
    const params = new URLSearchParams();
    if (term) params.set('q', term);
    if (sort) params.set('sort', sort);
    for (const [name, values] of Object.entries(selected)) for (const v of values) params.append(name, v);
    history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
  }

  private async run(): Promise<void> {
    const { pagefind, input, list, count } = this;
    if (!pagefind || !input || !list || !count) return;
    const seq = ++this.searchSeq;
    const term = input.value.trim();
    const selected = this.selectedFilters();
    const sort = this.sortSelect?.value ?? '';
    this.writeUrl(term, selected, sort);
    const hasFilters = Object.keys(selected).length > 0;
    if (!term && !hasFilters) {
      list.replaceChildren();
      count.textContent = '';
      this.renderFilters(this.allFilters, selected);
      return;
    }
    const options: Record<string, unknown> = { filters: selected };
    if (sort) options['sort'] = { date: sort === 'date-asc' ? 'asc' : 'desc' };
    const search = await pagefind.search(term || null, options);
    if (!search || seq !== this.searchSeq) return;
    this.renderFilters(search.filters, selected);
    const datas = await Promise.all(search.results.slice(0, PAGE_SIZE).map((r) => r.data()));
    if (seq !== this.searchSeq) return;
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
    const bet = this.bestBets.get(this.normalise(term));
    if (bet && !hasFilters) {
      const existing = items.findIndex((li) => li.querySelector('a')?.getAttribute('href') === bet.url);
      if (existing >= 0) items.splice(existing, 1);
      items.unshift(el('li', {}, el('a', { href: bet.url }, bet.name), el('p', { className: 'meta' }, fill(this.strings.bestBet, { term, name: bet.name }))));
    }
    list.replaceChildren(...items);
    const total = search.results.length;
    count.textContent =
      total === 0
        ? fill(hasFilters ? this.strings.noResultsFiltered : this.strings.noResults, { term })
        : `${this.plural(total, this.strings.results)}${term ? fill(this.strings.forTerm, { term }) : ''}${total > PAGE_SIZE ? fill(this.strings.firstPages, { n: PAGE_SIZE }) : ''}.`;
  }

  /** Loads Pagefind on first use: the page renders without waiting for the index runtime. */
  private ensurePagefind(): Promise<void> {
    this.loading ??= (async () => {
      const module = '/pagefind/pagefind.js';
      this.pagefind = (await import(/* @vite-ignore */ module)) as Pagefind;
      // Long pages (the conclusions, the source documents) are made of addressable paragraphs: do not
      // penalise their length, their sub-results point to the paragraph.
      await this.pagefind.options({ excerptLength: 24, ranking: { pageLength: 0.1 } });
      await this.pagefind.init();
      this.allFilters = await this.pagefind.filters();
    })();
    return this.loading;
  }

  private async start(): Promise<void> {
    const { form, input } = this;
    if (!form || !input) return;
    form.hidden = false;
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    if (this.sortSelect) this.sortSelect.value = params.get('sort') ?? '';
    const selected: Record<string, string[]> = {};
    for (const name of FILTER_ORDER) {
      const values = params.getAll(name);
      if (values.length) selected[name] = values;
    }
    let timer: number | undefined;
    const search = () => void this.ensurePagefind().then(() => this.run());
    input.addEventListener('focus', () => void this.ensurePagefind().then(() => this.renderFilters(this.allFilters, this.selectedFilters())), { once: true });
    input.addEventListener('input', () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(search, 150);
    });
    form.addEventListener('change', search);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      search();
    });
    if (input.value || Object.keys(selected).length) {
      await this.ensurePagefind();
      this.renderFilters(this.allFilters, selected);
      await this.run();
    }
  }
}

customElements.define('site-search', SiteSearch);
