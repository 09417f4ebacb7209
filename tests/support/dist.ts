/** Reading the built site in dist/ for the built-output tests. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST = join(process.cwd(), 'dist');

export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ is missing: the site tests run after `npm run build` (npm test does both).');
  }
}

/** Every built HTML page as { url, file, html }, e.g. url "/poa/47/". */
export function builtPages(): { url: string; file: string; html: string }[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = join(dir, name);
      if (name === 'pagefind' || name === '_astro') return [];
      return statSync(full).isDirectory() ? walk(full) : full.endsWith('.html') ? [full] : [];
    });
  return walk(DIST).map((file) => {
    const rel = relative(DIST, file).split('\\').join('/');
    const url = '/' + rel.replace(/index\.html$/, '').replace(/\.html$/, '');
    return { url, file, html: readFileSync(file, 'utf8') };
  });
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

/** Values of an attribute on every element (our own generated HTML: always double-quoted). */
export function attributeValues(html: string, attribute: string): string[] {
  const re = new RegExp(`\\s${attribute}="([^"]*)"`, 'g');
  return [...html.matchAll(re)].map((m) => decodeEntities(m[1] ?? ''));
}

export function decodeEntities(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}
