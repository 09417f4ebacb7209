/**
 * The registry of published addresses: dropping a registered id, slug or anchor fails the check
 * until content/redirects.yaml records where it went; additions need no registry update; a
 * redirect must not hide a live address or point nowhere; redirects are emitted for the host.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/content/check.ts';
import { addressesFromContent, redirectFiles, registryText } from '../../src/lib/registry.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const VALID = join(ROOT, 'tests/fixtures/content-valid');
let dir: string;

function project(registry: string[], redirects?: string): string {
  const root = mkdtempSync(join(dir, 'p-'));
  cpSync(VALID, join(root, 'content'), { recursive: true });
  writeFileSync(join(root, 'published-addresses.txt'), registryText(registry));
  if (redirects !== undefined) writeFileSync(join(root, 'content/redirects.yaml'), redirects);
  return root;
}
const check = (root: string) => checkContent({ root }).problems.map(formatProblem);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'registry-'));
  vi.stubEnv('CONTENT_AS_OF', '2026-11-23');
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

describe('published addresses', { timeout: 60_000 }, () => {
  it('the content gives pages and anchors from its ids', () => {
    const data = checkContent({ root: ROOT, contentDir: 'tests/fixtures/content-valid', registry: false }).data;
    const current = addressesFromContent(data);
    for (const a of ['/treaties/refugee-convention-1951/', '/laws/geo-1998-law-refugees/', '/countries/armenia/', '/poa/47/', '/poa/#para-13-c', '/poa/#fn-1', '/conclusions/2004/#refugee-1', '/poa/categories/refugees/']) {
      expect(current.has(a), a).toBe(true);
    }
  });

  it('a registry of the current addresses (plus code-made pages) passes; additions need no update', () => {
    expect(check(project(['/treaties/refugee-convention-1951/', '/poa/#para-13-c', '/matrix/2000/', '/data/laws.csv']))).toEqual([]);
  });

  it('a registered address that is gone fails, naming the address and the fix', () => {
    const problems = check(project(['/laws/geo-1990-law-renamed/', '/conclusions/2004/#refugee-9', '/poa/#para-13-c']));
    expect(problems).toEqual([
      'content/redirects.yaml:1:1 [(file)] the published address /conclusions/2004/#refugee-9 no longer exists (an id, slug or anchor was renamed or removed): restore it, or record where it went in content/redirects.yaml as "- from: /conclusions/2004/#refugee-9" with "to:" and "reason:"',
      'content/redirects.yaml:1:1 [(file)] the published address /laws/geo-1990-law-renamed/ no longer exists (an id, slug or anchor was renamed or removed): restore it, or record where it went in content/redirects.yaml as "- from: /laws/geo-1990-law-renamed/" with "to:" and "reason:"',
    ]);
  });

  it('a recorded redirect makes the removal pass; a redirect may not hide a live address or point nowhere', () => {
    const ok = "- from: /laws/geo-1990-law-renamed/\n  to: /laws/geo-1998-law-refugees/\n  reason: the id now carries the year of adoption\n- from: /conclusions/2004/#refugee-9\n  to: /conclusions/2004/#refugee-2\n  reason: renumbered\n";
    expect(check(project(['/laws/geo-1990-law-renamed/', '/conclusions/2004/#refugee-9'], ok))).toEqual([]);
    const bad = "- from: /laws/geo-1998-law-refugees/\n  to: /laws/geo-2000-law-none/\n  reason: wrong\n";
    expect(check(project([], bad))).toEqual([
      'content/redirects.yaml:1:9 [[0].from] /laws/geo-1998-law-refugees/ still exists: remove this redirect (it would hide the page)',
      'content/redirects.yaml:2:7 [[0].to] /laws/geo-2000-law-none/ does not exist: point the redirect at an address the content publishes',
    ]);
  });

  it('page redirects are written for the host as _redirects lines and HTML pages', () => {
    const root = project([], "- from: /laws/geo-1990-law-renamed/\n  to: /laws/geo-1998-law-refugees/\n  reason: renamed\n- from: /poa/#para-200\n  to: /poa/#para-13-c\n  reason: an anchor (not served by hosts)\n");
    const out = redirectFiles(root);
    expect(out.redirectsText).toBe('/laws/geo-1990-law-renamed/ /laws/geo-1998-law-refugees/ 301\n');
    expect(out.files).toHaveLength(1);
    expect(out.files[0]!.path).toBe('laws/geo-1990-law-renamed/index.html');
    expect(out.files[0]!.html).toContain('<meta http-equiv="refresh" content="0; url=/laws/geo-1998-law-refugees/">');
    expect(out.files[0]!.html).toMatch(/<meta http-equiv="content-security-policy"/);
  });
});
