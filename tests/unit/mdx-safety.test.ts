import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkMdxSafety } from '../../src/lib/content/mdx-safety.ts';
import { formatProblem } from '../../src/lib/content/check.ts';

const DIR = 'tests/fixtures/mdx-unsafe';
const check = (name: string) => checkMdxSafety(`${DIR}/${name}`, readFileSync(join(DIR, name), 'utf8')).map(formatProblem);

describe('content MDX cannot run code at build time', () => {
  it('rejects import with its position', () => {
    expect(check('import.mdx')).toEqual([`${DIR}/import.mdx:6:1 [(mdx)] import/export is not allowed in content MDX (it runs code at build time): remove it`]);
  });
  it('rejects export', () => {
    expect(check('export.mdx')).toEqual([`${DIR}/export.mdx:8:1 [(mdx)] import/export is not allowed in content MDX (it runs code at build time): remove it`]);
  });
  it('rejects a {expression}', () => {
    expect(check('expression.mdx')).toEqual([`${DIR}/expression.mdx:6:14 [(mdx)] a {…} expression is not allowed in content MDX (it runs code at build time): write the text itself, or escape the brace as \\{`]);
  });
  it('rejects a component outside the allowlist', () => {
    expect(check('component.mdx')).toEqual([`${DIR}/component.mdx:6:1 [<Widget>] the component or HTML element <Widget> is not allowed in content MDX: use Markdown instead (allowed components: none)`]);
  });
  it('rejects an on* attribute (and the element)', () => {
    expect(check('event-handler.mdx')).toContain(`${DIR}/event-handler.mdx:6:1 [<img> onerror] the event handler attribute "onerror" is not allowed: remove it`);
  });
  it('rejects javascript: and data: URLs', () => {
    expect(check('javascript-url.mdx')).toEqual([`${DIR}/javascript-url.mdx:6:5 [link] the address "javascript:alert(1)" uses a scheme other than http(s) or mailto: link to an http(s) address instead`]);
    expect(check('data-url.mdx')[0]).toMatch(/data-url\.mdx:6:5 \[link\] the address "data:text\/html;base64,PHNjcmlwdD4=" uses a scheme other than http\(s\) or mailto/);
  });
  it('rejects spread attributes', () => {
    expect(check('spread.mdx')).toContain(`${DIR}/spread.mdx:6:1 [<a>] spread attributes {...} are not allowed in content MDX`);
  });
  it('every unsafe fixture is rejected', () => {
    for (const name of readdirSync(DIR)) expect(check(name).length, name).toBeGreaterThan(0);
  });
  it('accepts plain Markdown with http(s), mailto and site links', () => {
    expect(checkMdxSafety('tests/fixtures/mdx-safe.mdx', readFileSync('tests/fixtures/mdx-safe.mdx', 'utf8'))).toEqual([]);
  });
});
