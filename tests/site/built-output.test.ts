/**
 * Checks on the built site, the ground truth: links and anchors, HTML validity, the security
 * promises, the public addresses, and the gap matrix against the published data. Pages are read
 * with an HTML parser, each parsed once for the whole file (the links check parses them all).
 */
import { splitLang } from '../../src/lib/routes.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectValidator } from '../support/html-validate.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { attributeValues, builtFileFor, builtPages, idsOf, readBuilt, requireDist, type BuiltPage } from '../support/dist.ts';
import { headersFor, metaCsp, parseHeadersFile } from '../../src/lib/headers.ts';

/** A policy as directive -> sorted sources. */
function policyDirectives(policy: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const part of policy.split(';').map((p) => p.trim()).filter(Boolean)) {
    const [name = '', ...values] = part.split(/\s+/);
    out[name] = values.sort();
  }
  return out;
}

/** The text of every script a page runs: inline module scripts and /_astro/ files, with their static imports. */
function scriptsOf(page: BuiltPage): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const follow = (code: string) => {
    out.push(code);
    // A regular expression over JavaScript, not HTML: the static imports of the bundled modules.
    for (const m of code.matchAll(/(?:import|from)\s*["'](?:\.\/|\/_astro\/)([^"']+\.js)["']/g)) {
      const path = `_astro/${m[1]!}`;
      if (seen.has(path) || !builtFileFor(`/${path}`)) continue;
      seen.add(path);
      follow(readBuilt(path));
    }
  };
  for (const script of page.document.getElementsByTagName('script')) {
    const src = script.getAttribute('src');
    if (src === null) follow(script.textContent ?? '');
    else if (src.startsWith('/') && builtFileFor(src)) follow(readBuilt(src.slice(1)));
  }
  return out;
}
import { brokenLinks, cspProblems, emptyMatrixCells, unsafeMarkup } from '../support/site-checks.ts';

let pages: BuiltPage[];
let byFile: Map<string, BuiltPage>;
beforeAll(() => {
  requireDist();
  pages = builtPages();
  byFile = new Map(pages.map((p) => [p.file, p]));
});

/** A page of this file's set by its address (parsed once, whichever test reads it first). */
function pageAt(url: string): BuiltPage {
  const page = pages.find((p) => p.url === url);
  if (!page) throw new Error(`${url} is not a built page`);
  return page;
}

describe('links', () => {
  it('every internal link resolves to a built file, and every #fragment to an id on its page', () => {
    const resolved: string[] = [];
    const resolve = (pathname: string) => {
      resolved.push(pathname);
      const file = builtFileFor(pathname);
      if (!file) return undefined;
      // An HTML file outside the pages (none today) would have no parsed page: its fragments are then unchecked.
      return file.endsWith('.html') ? byFile.get(file) ?? 'file' : 'file';
    };
    expect(brokenLinks(pages, resolve)).toEqual([]);
    // The check followed the site's links: every page and every download is linked from somewhere.
    expect(resolved.length).toBeGreaterThan(pages.length);
  });
});

describe('HTML', () => {
  it('every page validates with html-validate (rules set in .htmlvalidate.mjs, each with its reason)', async () => {
    // html-validate reads the raw markup: it has its own parser and reports what a parser would repair.
    const validator = projectValidator();
    const errors: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(page.html, page.file);
      for (const result of report.results) {
        for (const m of result.messages) errors.push(`${page.url}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      }
    }
    expect(errors.slice(0, 50)).toEqual([]);
  });

  it('every page declares its language and has one h1 and a skip link to main', () => {
    const problems = pages
      .filter((p) => !p.url.startsWith('/404'))
      .flatMap((p) => {
        const out: string[] = [];
        const expected = p.url.startsWith('/ru/') ? 'ru' : 'en';
        const document = p.document;
        if (document.documentElement.getAttribute('lang') !== expected) out.push(`${p.url}: <html lang> is not "${expected}"`);
        if (document.querySelectorAll('h1').length !== 1) out.push(`${p.url}: not exactly one h1`);
        if (!document.querySelector('a[href="#main"]') || !document.getElementById('main')) out.push(`${p.url}: no skip link`);
        return out;
      });
    expect(problems).toEqual([]);
  });
});

describe('headings', () => {
  it('no page skips a heading level (screen-reader users navigate by headings)', () => {
    let headings = 0;
    const skips = pages.flatMap((p) => {
      // Every element in document order, filtered (a third of the cost of the selector list h1, …, h6 here).
      const levels = [...p.document.querySelectorAll('*')].filter((el) => /^H[1-6]$/.test(el.tagName)).map((h) => Number(h.tagName.slice(1)));
      headings += levels.length;
      return levels.flatMap((level, i) => (i > 0 && level > levels[i - 1]! + 1 ? [`${p.url}: h${levels[i - 1]} → h${level}`] : []));
    });
    expect(headings).toBeGreaterThan(pages.length);
    expect(skips.slice(0, 20)).toEqual([]);
  });
});

describe('security', () => {
  it('every page carries a CSP with object-src none, base-uri self and no unsafe-inline or unsafe-eval', () => {
    expect(pages.flatMap(cspProblems)).toEqual([]);
  });

  it('no page has inline event handlers, javascript: URLs or style attributes', () => {
    expect(pages.flatMap(unsafeMarkup)).toEqual([]);
  });

  it('the _headers file sends the policy with frame-ancestors and wasm-unsafe-eval for Pagefind', () => {
    const headers = readBuilt('_headers');
    expect(headers).toMatch(/Content-Security-Policy: .*frame-ancestors 'none'/);
    expect(headers).toMatch(/script-src [^;]*'wasm-unsafe-eval'/);
    expect(headers).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  });

  it("each page's _headers policy is its meta policy plus frame-ancestors, and only pages that run search allow WebAssembly", () => {
    const rules = parseHeadersFile(readBuilt('_headers'));
    const withWasm: string[] = [];
    for (const page of pages) {
      const path = page.url === '/404' ? '/404.html' : page.url;
      // metaCsp is the function that wrote _headers from the raw markup; the DOM check below is independent of it.
      const meta = metaCsp(page.html);
      expect(meta, page.url).toBe(page.document.querySelector('meta[http-equiv="content-security-policy" i]')?.getAttribute('content') ?? undefined);
      const header = headersFor(path, rules)['Content-Security-Policy'];
      expect(meta, `${page.url} meta policy`).toBeDefined();
      // Same directives with the same sources, plus frame-ancestors, which only a header can carry.
      expect(policyDirectives(header ?? ''), `${path} header policy`).toEqual({ ...policyDirectives(meta!), 'frame-ancestors': ["'none'"] });
      expect(headersFor(path, rules)['X-Content-Type-Options']).toBe('nosniff');
      const loadsPagefind = scriptsOf(page).some((js) => js.includes('/pagefind/pagefind.js'));
      if (meta!.includes("'wasm-unsafe-eval'")) withWasm.push(page.url);
      if (loadsPagefind) expect(meta, page.url).toContain("'wasm-unsafe-eval'");
    }
    // The search page in each language it is built in: English at /search/, Russian at /ru/search/.
    expect(withWasm.sort()).toEqual(pages.map((p) => p.url).filter((url) => splitLang(url).path === '/search/').sort());
    expect(metaCsp(readBuilt('index.html'))).not.toContain('frame-ancestors');
  });
});

describe('public addresses', () => {
  it('every PoA paragraph has its own page and an anchor in the whole text', () => {
    const whole = idsOf(pageAt('/poa/').document);
    for (let n = 1; n <= 149; n++) {
      expect(builtFileFor(`/poa/${n}/`), `/poa/${n}/`).toBeDefined();
      expect(whole.has(`para-${n}`), `#para-${n}`).toBe(true);
    }
    for (const id of ['para-9-a', 'para-13-c', 'para-16-a', 'para-20-a']) expect(whole.has(id), id).toBe(true);
  });

  it('each 2004 conclusion has its anchor on /conclusions/2004/', () => {
    const ids = idsOf(pageAt('/conclusions/2004/').document);
    const data = JSON.parse(readBuilt('data/conclusions-2004.json')) as { conclusions: { id: string }[] };
    expect(data.conclusions.length).toBeGreaterThan(40);
    for (const c of data.conclusions) expect(ids.has(c.id), c.id).toBe(true);
    expect(ids.has('refugee-3')).toBe(true);
  });

  it('the data files named in the issues exist', () => {
    for (const f of ['poa.json', 'conclusions-2004.json', 'treaties.json', 'ratifications.json', 'ratifications.csv', 'assertions.json', 'laws.json', 'laws.csv', 'countries.json']) {
      expect(builtFileFor(`/data/${f}`), f).toBeDefined();
    }
  });

  it('the country, treaty, law, source, matrix and search pages exist', () => {
    for (const url of ['/countries/kazakhstan/', '/treaties/refugee-convention-1951/', '/matrix/', '/matrix/2000/', '/matrix/2004/', '/matrix/2011/', '/matrix/legislation/', '/sources/seed-2011-unhcr-paper/', '/search/', '/data/', '/changes/', '/about/']) {
      expect(builtFileFor(url), url).toBeDefined();
    }
  });
});

describe('matrices', () => {
  it('every data cell of every matrix page contains text', () => {
    const matrixPages = pages.filter((p) => p.url.startsWith('/matrix/'));
    expect(matrixPages.length).toBeGreaterThanOrEqual(5);
    expect(matrixPages.flatMap(emptyMatrixCells)).toEqual([]);
  });
});

describe('unverified cells', () => {
  it('the "Not verified" list on /matrix/ names exactly the cells shown as Unknown, each with its reason', () => {
    const document = pageAt('/matrix/').document;
    const unknownCells = [...document.querySelectorAll('td.cell-unknown[data-treaty][data-country]')].map(
      (td) => `${td.getAttribute('data-treaty')}/#country-${td.getAttribute('data-country')}`,
    );
    const list = document.querySelector('details.unverified#not-verified');
    expect(list).not.toBeNull();
    // Each item: a link to the cell (/treaties/<id>/#country-<ISO>), then ": " and the reason.
    const listed = [...list!.querySelectorAll('li')].map((li) => {
      const link = li.querySelector('a');
      const reason = (li.textContent ?? '').slice((link?.textContent ?? '').length);
      return { cell: link?.getAttribute('href')?.replace(/^\/treaties\//, '') ?? `(no link) ${li.textContent}`, reason };
    });
    expect(listed.map((l) => l.cell).sort()).toEqual(unknownCells.sort());
    expect(listed.filter((l) => !l.reason.startsWith(': ') || l.reason.trim().length < 20).map((l) => l.cell)).toEqual([]);
  });
});

describe('pages without interaction ship no JavaScript', () => {
  it('only the matrix and search pages have scripts', () => {
    // JSON-LD blocks (type="application/ld+json") and JSON data blocks (the matrix's strings, type="application/json")
    // are data that no browser runs, not scripts.
    const isData = (script: Element) => ['application/ld+json', 'application/json'].includes(script.getAttribute('type') ?? '');
    const withScripts = pages.filter((p) => [...p.document.getElementsByTagName('script')].some((s) => !isData(s))).map((p) => p.url);
    const interactive = pages.map((p) => p.url).filter((url) => ['/matrix/', '/search/'].includes(splitLang(url).path));
    expect(interactive).toEqual(expect.arrayContaining(['/matrix/', '/search/']));
    expect(withScripts.sort()).toEqual(interactive.sort());
  });
});

describe('"Edit this page"', () => {
  // Here rather than with the site address: it reads every page's footer, and this file parses every page anyway.
  it('names a file or folder that exists in this repository, on every page that has one', () => {
    const named = pages.flatMap((p) => attributeValues(p.document, 'data-edit-file').map((file) => ({ url: p.url, file })));
    expect(named.length).toBeGreaterThan(100);
    expect(named.filter(({ file }) => !existsSync(join(process.cwd(), file))).map(({ url, file }) => `${url}: ${file}`)).toEqual([]);
  });
});
