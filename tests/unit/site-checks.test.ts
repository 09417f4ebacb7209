/** Each built-site check fails on a fixture made to break it (tests/fixtures/site/). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectValidator } from '../support/html-validate.ts';
import { pageFromHtml } from '../support/dist.ts';
import { brokenLinks, cspProblems, emptyMatrixCells, unsafeMarkup } from '../support/site-checks.ts';

const fixture = (name: string) => pageFromHtml('/fixture/', readFileSync(`tests/fixtures/site/${name}`, 'utf8'), `tests/fixtures/site/${name}`);

describe('the built-site checks catch what they promise to', () => {
  it('a broken link and a broken #fragment are reported', () => {
    const page = fixture('broken-link.html');
    const resolve = (path: string) => (path === '/fixture/' ? page : undefined);
    expect(brokenLinks([page], resolve)).toEqual(['/fixture/ → /no-such-page/ (no such page)', '/fixture/ → /fixture/#missing-anchor (no id "missing-anchor")']);
  });

  it('an invalid page fails html-validate with the project configuration', async () => {
    const report = await projectValidator().validateString(fixture('invalid.html').html, 'invalid.html');
    expect(report.valid).toBe(false);
    expect(report.results[0]?.messages.map((m) => m.ruleId)).toEqual(expect.arrayContaining(['close-order', 'no-implicit-close']));
  });

  it('an empty matrix cell is reported', () => {
    expect(emptyMatrixCells(fixture('empty-cell.html'))).toEqual(['/fixture/: empty cell BLR/t1']);
  });

  it('a CSP regression and unsafe markup are reported', () => {
    const page = fixture('csp-regression.html');
    expect(cspProblems(page)).toEqual([
      "/fixture/: 'unsafe-inline' or 'unsafe-eval' in the CSP",
      "/fixture/: no object-src 'none'",
      "/fixture/: no base-uri 'self'",
    ]);
    expect(unsafeMarkup(page)).toEqual(['/fixture/: inline event handler', '/fixture/: javascript: URL', '/fixture/: style attribute']);
  });
});
