// `npm run addresses`: regenerates published-addresses.txt from the built site in dist/ (run it
// after `npm run build`). It keeps every address already registered (an address, once
// published, stays registered; the content check then requires a redirect if it disappears) and
// adds every built page and every content anchor found in the built pages.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkContent } from '../src/lib/content/check.ts';
import { addressesFromContent, readRegistry, REGISTRY_FILE, registryText } from '../src/lib/registry.ts';

const DIST = 'dist';
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (name === 'pagefind' || name === '_astro') return [];
    return statSync(full).isDirectory() ? walk(full) : full.endsWith('.html') ? [full] : [];
  });

const addresses = new Set(readRegistry(process.cwd()));
// Anchors are registered when the content defines them (a paragraph, a conclusion, a document
// block) and the built page has them: ids the templates generate (captions, tables of contents)
// are the code's business, not the content's.
const fromContent = addressesFromContent(checkContent({ root: process.cwd() }).data);
let pages = 0;
for (const file of walk(DIST)) {
  const html = readFileSync(file, 'utf8');
  if (/<meta http-equiv="refresh"/.test(html)) continue; // a redirect left at an old address
  const rel = relative(DIST, file).split('\\').join('/');
  if (rel === '404.html') continue;
  const path = rel === 'index.html' ? '/' : `/${rel.replace(/index\.html$/, '')}`;
  addresses.add(path);
  pages++;
  for (const m of html.matchAll(/\sid="([a-z0-9-]+)"/g)) {
    const anchor = `${path}#${m[1]}`;
    if (fromContent.has(anchor)) addresses.add(anchor);
  }
}
writeFileSync(REGISTRY_FILE, registryText(addresses));
console.log(`${REGISTRY_FILE}: ${addresses.size} addresses (${pages} pages read from dist/).`);
