// Writes dist/_headers (Netlify/Cloudflare Pages format) after the build: the same
// Content-Security-Policy that every page carries as a meta tag, sent as an HTTP header, plus
// the headers a meta tag cannot carry. The policy is read from the built pages so the script
// hashes always match; the build fails if pages disagree on it.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? htmlFiles(full) : full.endsWith('.html') ? [full] : [];
  });
}

export function metaCsp(html: string): string | undefined {
  return /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
}

const policies = new Map<string, string[]>();
for (const file of htmlFiles('dist')) {
  const csp = metaCsp(readFileSync(file, 'utf8'));
  if (!csp) throw new Error(`${file} has no Content-Security-Policy meta tag`);
  policies.set(csp, [...(policies.get(csp) ?? []), file]);
}
// Pages may differ in the script hashes they list; the header carries the union of every source.
const directives = new Map<string, Set<string>>();
for (const policy of policies.keys()) {
  for (const part of policy.split(';').map((p) => p.trim()).filter(Boolean)) {
    const [name = '', ...values] = part.split(/\s+/);
    const set = directives.get(name) ?? new Set<string>();
    values.forEach((v) => set.add(v));
    directives.set(name, set);
  }
}
directives.set('frame-ancestors', new Set(["'none'"]));
const header = [...directives].map(([name, values]) => `${name} ${[...values].join(' ')}`).join('; ');
writeFileSync(
  'dist/_headers',
  [
    '/*',
    `  Content-Security-Policy: ${header}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
    '',
  ].join('\n'),
);
console.log(`dist/_headers written (${policies.size} distinct page policies merged).`);
