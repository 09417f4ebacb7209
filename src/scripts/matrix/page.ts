/**
 * What the matrix element reads from its page: the strings in the page's language (a JSON script
 * element the server writes), the country and treaty names from the table's headers, and the
 * data file (loaded on first use). Nothing here holds an interface string of its own.
 */
import { recordsFromRows, type RatificationRow } from '../../lib/derive/records-data.ts';
import { cellStatus } from '../../lib/derive/status.ts';
import type { RatificationFile } from '../../schemas/ratification.ts';
import type { Dictionary } from '../../i18n/types.ts';
import type { MatrixClientData } from '../../lib/views/matrix.ts';
import { statusText, type StatusText, type StatusWords } from '../../lib/views/status-words.ts';

/** The strings the server wrote into the page (the dictionary's matrix.client section). */
export type Messages = Omit<Dictionary['matrix']['client'], 'words'> & { words: StatusWords };

export function readMessages(root: Element): { messages: Messages; text: StatusText } {
  const json = root.querySelector('script[data-matrix-messages]')?.textContent ?? '{}';
  const messages = JSON.parse(json) as Messages;
  return { messages, text: statusText(messages.words) };
}

/** A name as the page shows it, with its language when that is not the page's. */
export interface Name {
  text: string;
  lang?: string;
}

/** Country and treaty names from the table's headers: the server wrote them in the page's language. */
export function readNames(table: HTMLTableElement): { countries: Map<string, Name & { gaps: string }>; treaties: Map<string, Name> } {
  const name = (el: Element | null | undefined): Name => {
    const text = el?.textContent?.trim() ?? '';
    const lang = el?.closest('[lang]:not(html)')?.getAttribute('lang') ?? el?.querySelector('[lang]')?.getAttribute('lang') ?? undefined;
    return lang ? { text, lang } : { text };
  };
  const countries = new Map<string, Name & { gaps: string }>();
  for (const tr of table.querySelectorAll<HTMLTableRowElement>('tr[data-country]')) {
    const links = tr.querySelectorAll<HTMLAnchorElement>('th a');
    countries.set(tr.dataset['country'] ?? '', { ...name(links[0]), gaps: links[1]?.getAttribute('href') ?? '' });
  }
  const treaties = new Map<string, Name>();
  for (const th of table.querySelectorAll<HTMLElement>('th[data-treaty]')) treaties.set(th.dataset['treaty'] ?? '', name(th.querySelector('a span')));
  return { countries, treaties };
}

export interface Data {
  raw: MatrixClientData;
  records: Map<string, RatificationFile>;
  treaties: Map<string, MatrixClientData['treaties'][number]>;
}

/** Loads the data file once, on first use, so the page renders without waiting for it. */
export function dataLoader(src: string): { get: () => Data | undefined; load: () => Promise<Data> } {
  let data: Data | undefined;
  let promise: Promise<Data> | undefined;
  return {
    get: () => data,
    load: () =>
      (promise ??= fetch(src)
        .then((r) => {
          if (!r.ok) throw new Error(String(r.status));
          return r.json() as Promise<MatrixClientData>;
        })
        .then((raw) => {
          data = { raw, records: recordsFromRows(raw.rows as RatificationRow[]), treaties: new Map(raw.treaties.map((t) => [t.id, t])) };
          return data;
        })),
  };
}

export function statusOf(d: Data, treaty: string, country: string, at: string) {
  const record = d.records.get(treaty)?.countries.find((c) => c.country === country);
  return cellStatus(record, at, d.treaties.get(treaty)?.adopted);
}

/** An element with text and attributes. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string | undefined> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) node.setAttribute(k, v);
  return node;
}

/** Content text in its own language: a span marked `lang` when it differs from the page's. */
export function inLang(text: string, lang: string | undefined, pageLang: string): Node {
  return lang && lang !== pageLang ? el('span', text, { lang }) : document.createTextNode(text);
}
