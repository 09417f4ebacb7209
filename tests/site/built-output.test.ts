/**
 * Checks on the built site, the ground truth: links and anchors, HTML validity, the security
 * promises, the public addresses, and the gap matrix against the published data.
 */
import { splitLang } from '../../src/lib/routes.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectValidator } from '../support/html-validate.ts';
import { readFileSync } from 'node:fs';
import { attributeValues, builtFileFor, builtPages, readBuilt, requireDist } from '../support/dist.ts';
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
function scriptsOf(html: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const follow = (code: string) => {
    out.push(code);
    for (const m of code.matchAll(/(?:import|from)\s*["'](?:\.\/|\/_astro\/)([^"']+\.js)["']/g)) {
      const path = `_astro/${m[1]!}`;
      if (seen.has(path) || !builtFileFor(`/${path}`)) continue;
      seen.add(path);
      follow(readBuilt(path));
    }
  };
  for (const m of html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)) follow(m[1]!);
  for (const m of html.matchAll(/<script[^>]*src="\/([^"]+)"/g)) if (builtFileFor(`/${m[1]!}`)) follow(readBuilt(m[1]!));
  return out;
}
import { brokenLinks, cspProblems, emptyMatrixCells, unsafeMarkup } from '../support/site-checks.ts';

let pages: ReturnType<typeof builtPages>;
beforeAll(() => {
  requireDist();
  pages = builtPages();
});

describe('links', () => {
  it('every internal link resolves to a built file, and every #fragment to an id on its page', () => {
    const resolve = (pathname: string) => {
      const file = builtFileFor(pathname);
      if (!file) return undefined;
      return file.endsWith('.html') ? readFileSync(file, 'utf8') : '';
    };
    expect(brokenLinks(pages, resolve)).toEqual([]);
  });
});

describe('HTML', () => {
  it('every page validates with html-validate (rules set in .htmlvalidate.mjs, each with its reason)', async () => {
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
        if (!new RegExp(`<html lang="${expected}"`).test(p.html)) out.push(`${p.url}: <html lang> is not "${expected}"`);
        if ((p.html.match(/<h1[\s>]/g) ?? []).length !== 1) out.push(`${p.url}: not exactly one h1`);
        if (!p.html.includes('href="#main"') || !p.html.includes('id="main"')) out.push(`${p.url}: no skip link`);
        return out;
      });
    expect(problems).toEqual([]);
  });
});

describe('headings', () => {
  it('no page skips a heading level (screen-reader users navigate by headings)', () => {
    const skips = pages.flatMap((p) => {
      const levels = [...p.html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
      return levels.flatMap((level, i) => (i > 0 && level > levels[i - 1]! + 1 ? [`${p.url}: h${levels[i - 1]} → h${level}`] : []));
    });
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
      const meta = metaCsp(page.html);
      const header = headersFor(path, rules)['Content-Security-Policy'];
      expect(meta, `${page.url} meta policy`).toBeDefined();
      // Same directives with the same sources, plus frame-ancestors, which only a header can carry.
      expect(policyDirectives(header ?? ''), `${path} header policy`).toEqual({ ...policyDirectives(meta!), 'frame-ancestors': ["'none'"] });
      expect(headersFor(path, rules)['X-Content-Type-Options']).toBe('nosniff');
      const loadsPagefind = scriptsOf(page.html).some((js) => js.includes('/pagefind/pagefind.js'));
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
    const whole = new Set(attributeValues(readBuilt('poa/index.html'), 'id'));
    for (let n = 1; n <= 149; n++) {
      expect(builtFileFor(`/poa/${n}/`), `/poa/${n}/`).toBeDefined();
      expect(whole.has(`para-${n}`), `#para-${n}`).toBe(true);
    }
    for (const id of ['para-9-a', 'para-13-c', 'para-16-a', 'para-20-a']) expect(whole.has(id), id).toBe(true);
  });

  it('each 2004 conclusion has its anchor on /conclusions/2004/', () => {
    const ids = new Set(attributeValues(readBuilt('conclusions/2004/index.html'), 'id'));
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
    const html = readBuilt('matrix/index.html');
    const unknownCells = [...html.matchAll(/<td class="cell cell-unknown"[^>]*data-treaty="([^"]+)"[^>]*?data-country="([^"]+)"/g)].map((m) => `${m[1]}/#country-${m[2]}`);
    const list = html.match(/<details class="unverified" id="not-verified">([\s\S]*?)<\/details>/)?.[1] ?? '';
    const listed = [...list.matchAll(/<li><a href="\/treaties\/([^"]+)">[^<]+<\/a>: ([^<]*)<\/li>/g)];
    expect(listed.map((m) => m[1]).sort()).toEqual(unknownCells.sort());
    expect(listed.filter((m) => m[2]!.trim().length < 20).map((m) => m[1])).toEqual([]);
  });
});

describe('pages without interaction ship no JavaScript', () => {
  it('only the matrix and search pages have scripts', () => {
    // JSON-LD blocks (type="application/ld+json") and JSON data blocks (the matrix's strings, type="application/json")
    // are data that no browser runs, not scripts.
    const withScripts = pages.filter((p) => /<script(?![^>]*type="application\/(?:ld\+)?json")[\s>]/.test(p.html)).map((p) => p.url);
    const interactive = pages.map((p) => p.url).filter((url) => ['/matrix/', '/search/'].includes(splitLang(url).path));
    expect(interactive).toEqual(expect.arrayContaining(['/matrix/', '/search/']));
    expect(withScripts.sort()).toEqual(interactive.sort());
  });
});
