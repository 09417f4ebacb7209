/**
 * Hostile and unusual input (issue 12): each case is laid over the valid fixture tree and must be
 * refused with the file named, a position and a clear message, never with a crash or a stack
 * trace; every case together in one run reports every problem. The inputs are generated here
 * (some are megabytes, or bytes no editor would save) rather than committed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/content/check.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const VALID = join(ROOT, 'tests/fixtures/content-valid');
const TREATY = 'content/treaties/refugee-convention-1951.yaml';
const treatyText = readFileSync(join(VALID, 'treaties/refugee-convention-1951.yaml'), 'utf8');
const page = (body: string) => `---\ntitle: About\ndescription: A page for the test.\n---\n\n${body}\n`;

/** Each case: the files it writes (path -> text or bytes) and what the check must say. */
const CASES: Record<string, { files: Record<string, string | Buffer>; expect: RegExp[] }> = {
  'yaml-alias-bomb': {
    files: {
      [TREATY]: `${treatyText}note: &a0 [x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 9 }, (_, i) => `n${i + 1}: &a${i + 1} [*a${i}, *a${i}, *a${i}, *a${i}, *a${i}, *a${i}, *a${i}, *a${i}, *a${i}]`).join('\n')}\n`,
    },
    expect: [/^content\/treaties\/refugee-convention-1951\.yaml:\d+:\d+ \[\(file\)\] more than 10 YAML aliases/],
  },
  'mdx-5000-nested-quotes': {
    files: { 'content/pages/about.mdx': page(`${'>'.repeat(5000)} deep`) },
    expect: [/^content\/pages\/about\.mdx:6:1 \[\(mdx\)\] nested 5000 levels deep .*the limit is 12/],
  },
  'mdx-300-nested-lists': {
    files: { 'content/pages/about.mdx': page(Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')) },
    expect: [/^content\/pages\/about\.mdx:19:1 \[\(mdx\)\] nested 13 levels deep/],
  },
  'invalid-utf8': {
    files: { [TREATY]: Buffer.concat([Buffer.from(treatyText.replace('shortName: ', 'shortName: Caf')), Buffer.from([0xc3, 0x28])]) },
    expect: [/^content\/treaties\/refugee-convention-1951\.yaml:\d+:\d+ \[\(file\)\] invalid UTF-8 \(byte 0xc3 at byte \d+\): save the file as UTF-8$/],
  },
  'nul-character': {
    files: { [TREATY]: treatyText.replace('shortName: ', 'shortName: A\u0000') },
    expect: [/^content\/treaties\/refugee-convention-1951\.yaml:2:\d+ \[\(file\)\] the invisible character U\+0000 \(NUL\) is not allowed/],
  },
  'esc-character': {
    files: { [TREATY]: treatyText.replace('shortName: ', 'shortName: \u001b[31m') },
    expect: [/^content\/treaties\/refugee-convention-1951\.yaml:2:\d+ \[\(file\)\] the invisible character U\+001B \(ESC\) is not allowed/],
  },
  'bidi-override': {
    files: { [TREATY]: treatyText.replace('shortName: ', 'shortName: \u202e') },
    expect: [/^content\/treaties\/refugee-convention-1951\.yaml:2:\d+ \[\(file\)\] the invisible character U\+202E \(RIGHT-TO-LEFT OVERRIDE\)/],
  },
  'zero-width-space': {
    files: { 'content/pages/about.mdx': page('Refugee\u200bConvention') },
    expect: [/^content\/pages\/about\.mdx:6:8 \[\(file\)\] the invisible character U\+200B \(ZERO WIDTH SPACE\)/],
  },
  'five-megabyte-yaml': {
    files: { [TREATY]: `${treatyText}note: "${'x'.repeat(5 * 1024 * 1024)}"\n` },
    expect: [/^content\/treaties\/refugee-convention-1951\.yaml:1:1 \[\(file\)\] the file is \d+ KB; the limit is 977 KB/],
  },
  'fifty-kilobyte-short-name': {
    files: { [TREATY]: treatyText.replace(/shortName: .*/, `shortName: "${'N'.repeat(50 * 1024)}"`) },
    expect: [/^content\/treaties\/refugee-convention-1951\.yaml:2:12 \[shortName\] is 51200 characters long; the limit for this field is 120: shorten it$/],
  },
  'mdx-export-runs-code': {
    files: { 'content/pages/about.mdx': page("export const x = (await import('node:fs')).writeFileSync('/tmp/pwned', 'x');") },
    expect: [/^content\/pages\/about\.mdx:6:1 \[\(mdx\)\] import\/export is not allowed in content MDX/],
  },
};

let dir: string;
function overlay(names: string[]): string {
  const root = mkdtempSync(join(dir, 'case-'));
  cpSync(VALID, join(root, 'content'), { recursive: true });
  mkdirSync(join(root, 'content/pages'), { recursive: true });
  writeFileSync(join(root, 'content/pages/about.mdx'), page('Plain prose.'));
  for (const name of names) for (const [path, data] of Object.entries(CASES[name]!.files)) writeFileSync(join(root, path), data);
  return root;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hostile-'));
  vi.stubEnv('CONTENT_AS_OF', '2026-11-23');
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

describe('hostile input is refused with the file named, never a crash', { timeout: 60_000 }, () => {
  it('the overlay base (valid tree plus a plain page) passes', () => {
    expect(checkContent({ root: overlay([]) }).problems.map(formatProblem)).toEqual([]);
  });

  for (const [name, c] of Object.entries(CASES)) {
    it(name, () => {
      const problems = checkContent({ root: overlay([name]) }).problems.map(formatProblem);
      for (const re of c.expect) expect(problems.some((p) => re.test(p)), `${re} in\n${problems.join('\n')}`).toBe(true);
      for (const p of problems) expect(p).not.toMatch(/\n\s+at /);
    });
  }

  it('CRLF line ends in MDX are accepted', () => {
    const root = overlay([]);
    writeFileSync(join(root, 'content/pages/about.mdx'), page('First paragraph.\n\nSecond *paragraph*.').replace(/\n/g, '\r\n'));
    expect(checkContent({ root }).problems.map(formatProblem)).toEqual([]);
  });

  it('every case at once: one run of the command reports a problem for each, names the files, prints no stack trace', () => {
    // The cases that write the same file cannot all apply at once: one per file, plus the rest below.
    const root = overlay(['bidi-override', 'mdx-export-runs-code']);
    writeFileSync(join(root, 'content/treaties/refugee-protocol-1967.yaml'), readFileSync(join(VALID, 'treaties/refugee-protocol-1967.yaml'), 'utf8').replace('shortName: ', 'shortName: \u0000'));
    writeFileSync(join(root, 'content/countries/ARM.yaml'), `${readFileSync(join(VALID, 'countries/ARM.yaml'), 'utf8')}\n${'#'.repeat(1_100_000)}\n`);
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/check-content.ts')], { cwd: root, encoding: 'utf8', env: { ...process.env, CONTENT_AS_OF: '2026-11-23' } });
    expect(run.status).toBe(1);
    const out = run.stderr;
    expect(out).toMatch(/^content\/treaties\/refugee-convention-1951\.yaml:2:\d+ .*U\+202E/m);
    expect(out).toMatch(/^content\/treaties\/refugee-protocol-1967\.yaml:2:\d+ .*U\+0000/m);
    expect(out).toMatch(/^content\/countries\/ARM\.yaml:1:1 .*the file is \d+ KB/m);
    expect(out).toMatch(/^content\/pages\/about\.mdx:6:1 .*import\/export/m);
    expect(out).not.toMatch(/\n\s+at [^\n]+:\d+:\d+\)?\n/);
  });
});
