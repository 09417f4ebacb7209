/** Reading the built site in dist/ for the built-output tests. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';

export const DIST = join(process.cwd(), 'dist');

export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ is missing: the site tests run after `npm run build` (npm test does both).');
  }
}

/**
 * A built page: its address (e.g. "/poa/47/"), its file and its markup, read with an HTML parser.
 * Parsing is the costly part (about 5 s of CPU for the whole site), so a page is parsed on first
 * use of `document` and only once; `head` parses only the head when the whole page is not needed.
 */
export class BuiltPage {
  readonly url: string;
  readonly file: string;
  /** The markup as built, for checks that must see it raw (html-validate, the CSP builder). */
  readonly html: string;
  #document: Document | undefined;
  #head: Document | undefined;
  constructor(url: string, file: string, html: string) {
    this.url = url;
    this.file = file;
    this.html = html;
  }

  /** The whole page, parsed on first use. */
  get document(): Document {
    return (this.#document ??= parseHTML(this.html).document);
  }

  /**
   * A document holding only the page's <head> (an empty body): for checks of every page's head
   * (links, meta tags, JSON-LD), a fifth of the cost of parsing whole pages. The whole page when it
   * is already parsed.
   */
  get head(): Document {
    if (this.#document) return this.#document;
    if (!this.#head) {
      // Our pages always close their head; the markup up to that end tag is handed to the parser.
      const end = this.html.indexOf('</head>');
      if (end < 0) throw new Error(`${this.url}: no </head> in the built page`);
      this.#head = parseHTML(`${this.html.slice(0, end)}</head><body></body></html>`).document;
    }
    return this.#head;
  }
}

/** A page from markup that is not in dist/ (the broken fixtures of the site-check unit tests). */
export function pageFromHtml(url: string, html: string, file = url): BuiltPage {
  return new BuiltPage(url, file, html);
}

function urlOf(file: string): string {
  const rel = relative(DIST, file).split('\\').join('/');
  return '/' + rel.replace(/index\.html$/, '').replace(/\.html$/, '');
}

/** Every built HTML page, e.g. url "/poa/47/" (read, not yet parsed). */
export function builtPages(): BuiltPage[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = join(dir, name);
      if (name === 'pagefind' || name === '_astro') return [];
      return statSync(full).isDirectory() ? walk(full) : full.endsWith('.html') ? [full] : [];
    });
  return walk(DIST).map((file) => new BuiltPage(urlOf(file), file, readFileSync(file, 'utf8')));
}

/** One built page by its address ("/data/", "/poa/47/"): for tests that need a few pages, not all of them. */
export function builtPage(url: string): BuiltPage {
  const file = builtFileFor(url);
  if (!file?.endsWith('.html')) throw new Error(`${url} is not a built page`);
  return new BuiltPage(urlOf(file), file, readFileSync(file, 'utf8'));
}

export function readBuilt(path: string): string {
  return readFileSync(join(DIST, path), 'utf8');
}

/** Resolves a site path ("/poa/47/", "/data/poa.json") to a built file, or undefined. */
export function builtFileFor(pathname: string): string | undefined {
  const clean = decodeURIComponent(pathname.split('#')[0]!.split('?')[0]!);
  const candidates = clean.endsWith('/') ? [join(DIST, clean, 'index.html')] : [join(DIST, clean), join(DIST, clean, 'index.html'), join(DIST, `${clean}.html`)];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

/** The text a reader sees in an element (or a whole page's body), with runs of white space as one space. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ');
}

/** The ids of a parsed page's elements. */
export function idsOf(document: Document): Set<string> {
  return new Set([...document.querySelectorAll('[id]')].map((el) => el.getAttribute('id')!));
}

/** The values of an attribute on a parsed page's elements that carry it (entities decoded by the parser). */
export function attributeValues(document: Document, attribute: string): string[] {
  return [...document.querySelectorAll(`[${attribute}]`)].map((el) => el.getAttribute(attribute)!);
}
