/**
 * Checks on the built site, the ground truth: links and anchors, HTML validity, the security
 * promises, the public addresses, and the gap matrix against the published data.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { attributeValues, builtFileFor, builtPages, readBuilt, requireDist } from '../support/dist.ts';

let pages: ReturnType<typeof builtPages>;
beforeAll(() => {
  requireDist();
  pages = builtPages();
});

/** Ids defined on a built page, for fragment checks. */
const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    ids = new Set(attributeValues(readBuilt(file.slice(file.indexOf('/dist/') + 6)), 'id'));
    idCache.set(file, ids);
  }
  return ids;
}

describe('links', () => {
  it('every internal link resolves to a built file, and every #fragment to an id on its page', () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const href of attributeValues(page.html, 'href')) {
        if (/^(https?:|mailto:)/.test(href)) continue;
        const url = new URL(href, `http://site${page.url}`);
        const file = builtFileFor(url.pathname);
        if (!file) {
          broken.push(`${page.url} → ${href} (no such page)`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && file.endsWith('.html') && !idsOf(file).has(fragment)) broken.push(`${page.url} → ${href} (no id "${fragment}")`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('HTML', () => {
  it('every page validates with html-validate (rules disabled in .htmlvalidate.json, each with its reason)', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
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
        if (!/<html lang="en"/.test(p.html)) out.push(`${p.url}: no lang`);
        if ((p.html.match(/<h1[\s>]/g) ?? []).length !== 1) out.push(`${p.url}: not exactly one h1`);
        if (!p.html.includes('href="#main"') || !p.html.includes('id="main"')) out.push(`${p.url}: no skip link`);
        return out;
      });
    expect(problems).toEqual([]);
  });
});

describe('security', () => {
  it('every page carries a CSP with object-src none, base-uri self and no unsafe-inline or unsafe-eval', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(page.html)?.[1];
      if (!csp) {
        problems.push(`${page.url}: no CSP`);
        continue;
      }
      if (/'unsafe-inline'|'unsafe-eval'/.test(csp)) problems.push(`${page.url}: unsafe source in CSP`);
      if (!csp.includes("object-src 'none'")) problems.push(`${page.url}: object-src`);
      if (!csp.includes("base-uri 'self'")) problems.push(`${page.url}: base-uri`);
    }
    expect(problems).toEqual([]);
  });

  it('no page has inline event handlers, javascript: URLs or style attributes', () => {
    const problems = pages.flatMap((p) => {
      const out: string[] = [];
      if (/<[^>]+\son[a-z]+\s*=/i.test(p.html)) out.push(`${p.url}: inline event handler`);
      if (/(href|src|action)="\s*javascript:/i.test(p.html)) out.push(`${p.url}: javascript: URL`);
      if (/<[^>]+\sstyle="/i.test(p.html)) out.push(`${p.url}: style attribute`);
      return out;
    });
    expect(problems).toEqual([]);
  });

  it('the _headers file sends the policy with frame-ancestors and wasm-unsafe-eval for Pagefind', () => {
    const headers = readBuilt('_headers');
    expect(headers).toMatch(/Content-Security-Policy: .*frame-ancestors 'none'/);
    expect(headers).toMatch(/script-src [^;]*'wasm-unsafe-eval'/);
    expect(headers).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
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

describe('pages without interaction ship no JavaScript', () => {
  it('only the matrix and search pages have scripts', () => {
    const withScripts = pages.filter((p) => /<script[\s>]/.test(p.html)).map((p) => p.url);
    expect(withScripts.sort()).toEqual(['/matrix/', '/search/']);
  });
});
