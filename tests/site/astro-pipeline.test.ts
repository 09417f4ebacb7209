/**
 * The content rules hold however the site is built or previewed (issue 12): `astro dev` on a
 * project whose content MDX has an `export` that would write a file never runs it and names the
 * file:line:col; `astro build` alone (no npm script around it) stops on a content problem, and on
 * valid content produces the whole site: pages, the search index, `_headers`, from an empty dist/.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureProject, freePort, runAstro, startDev } from '../support/project.ts';

const page = (body: string) => `---\ntitle: About\ndescription: A page for the test.\n---\n\n${body}\n`;

describe('astro dev never runs content code', () => {
  it('an MDX export that would write a file is refused before it runs, with file:line:col', async () => {
    const project = fixtureProject({ 'pages/about.mdx': page('Plain prose.') });
    const written = join(project.dir, 'pwned.txt');
    writeFileSync(
      join(project.dir, 'content/pages/about.mdx'),
      page(`export const pwned = (await import('node:fs')).writeFileSync(${JSON.stringify(written)}, 'content code ran');\n\nSome prose.`),
    );
    const port = await freePort();
    const dev = await startDev(project.dir, port);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/about/`);
      const body = await response.text();
      expect(response.status).toBeGreaterThanOrEqual(500);
      // Give any stray evaluation time to happen before looking.
      await new Promise((r) => setTimeout(r, 1000));
      expect(existsSync(written)).toBe(false);
      expect(`${dev.output()}\n${body}`).toMatch(/content\/pages\/about\.mdx:6:1 \[\(mdx\)\] import\/export is not allowed/);
    } finally {
      await dev.stop();
      project.remove();
    }
  }, 240_000);
});

describe('astro build alone', () => {
  it('stops on a content problem, naming file:line:col', () => {
    const project = fixtureProject({ 'pages/about.mdx': page('Prose.'), 'treaties/refugee-protocol-1967.yaml': 'id: refugee-protocol-1967\nshortName: [\n' });
    try {
      const run = runAstro(project.dir, ['build']);
      expect(run.status).not.toBe(0);
      expect(`${run.stdout}${run.stderr}`).toMatch(/content\/treaties\/refugee-protocol-1967\.yaml:\d+:\d+ \[\(file\)\] YAML syntax error/);
      expect(existsSync(join(project.dir, 'dist/index.html'))).toBe(false);
    } finally {
      project.remove();
    }
  }, 300_000);

  it('produces the whole site from an empty dist/: pages, search index, _headers', () => {
    const project = fixtureProject({ 'pages/about.mdx': page('Prose about the method.'), 'pages/ru/about.mdx': page('Текст о методе.') });
    try {
      // A file left from an earlier build must not survive.
      mkdirSync(join(project.dir, 'dist'), { recursive: true });
      writeFileSync(join(project.dir, 'dist/stale.html'), '<p>old</p>');
      const run = runAstro(project.dir, ['build'], { CONTENT_AS_OF: '2026-11-23' });
      expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
      const dist = join(project.dir, 'dist');
      expect(existsSync(join(dist, 'index.html'))).toBe(true);
      expect(existsSync(join(dist, 'stale.html'))).toBe(false);
      expect(existsSync(join(dist, 'pagefind/pagefind.js'))).toBe(true);
      expect(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')).toMatch(/"page_count":\s*[1-9]/);
      const headers = readFileSync(join(dist, '_headers'), 'utf8');
      expect(headers).toMatch(/^\/search\/\n {2}Content-Security-Policy: [^\n]*'wasm-unsafe-eval'[^\n]*frame-ancestors 'none'/m);
      expect(headers).toMatch(/^\/\n {2}Content-Security-Policy: (?![^\n]*wasm-unsafe-eval)[^\n]*frame-ancestors 'none'/m);
    } finally {
      project.remove();
    }
  }, 600_000);
});
