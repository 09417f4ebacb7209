/**
 * The git history module against a temporary repository made here: one `git log` per read, the
 * right "last changed" date per file, and in a shallow clone no date for files whose only commit
 * is the graft (rather than the graft's date, which is wrong for them).
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGitHistory } from '../../src/lib/git.ts';

let dir: string;
let repo: string;

function git(cwd: string, args: string[], date?: string) {
  const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t.invalid' };
  if (date) Object.assign(env, { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  return execFileSync('git', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}
function commit(files: Record<string, string>, subject: string, date: string) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(repo, path, '..'), { recursive: true });
    writeFileSync(join(repo, path), text);
  }
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-q', '-m', subject], date);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'git-history-'));
  repo = join(dir, 'repo');
  mkdirSync(repo);
  git(repo, ['init', '-q', '-b', 'main']);
  commit({ 'content/laws/a.yaml': 'a: 1\n', 'content/laws/b.yaml': 'b: 1\n', 'src/x.ts': '1' }, 'Add a and b', '2020-01-10T12:00:00Z');
  commit({ 'content/laws/a.yaml': 'a: 2\n' }, 'Correct a', '2021-02-20T12:00:00Z');
  commit({ 'src/x.ts': '2' }, 'Code only', '2021-03-01T12:00:00Z');
  commit({ 'content/treaties/c.yaml': 'c: 1\n', 'content/laws/a.yaml': 'a: 3\n' }, 'Add c, touch a', '2022-05-05T23:30:00-02:00');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('git history read once', () => {
  it('gives each file the date of the last commit that touched it', () => {
    const h = readGitHistory({ root: repo });
    expect(h.available).toBe(true);
    expect(h.shallow).toBe(false);
    expect(h.lastChangedFile('content/laws/b.yaml')).toBe('2020-01-10');
    // 23:30 at UTC-2 is the next day in UTC.
    expect(h.lastChangedFile('content/laws/a.yaml')).toBe('2022-05-06');
    expect(h.lastChanged(['content/laws/b.yaml', 'content/treaties/c.yaml'])).toBe('2022-05-06');
    expect(h.lastChangedFile('content/laws/missing.yaml')).toBeUndefined();
    // A folder counts as changed when anything in it changed.
    expect(h.lastChanged(['content/laws'])).toBe('2022-05-06');
    expect(h.lastChangedFile('content/treaties/')).toBe('2022-05-06');
  });

  it('lists the content commits newest first with subject and content files, not code-only commits', () => {
    const h = readGitHistory({ root: repo });
    expect(h.commits.map((c) => c.subject)).toEqual(['Add c, touch a', 'Correct a', 'Add a and b']);
    expect(h.commits[0]!.files.sort()).toEqual(['content/laws/a.yaml', 'content/treaties/c.yaml']);
    expect(h.commits[2]!.files.sort()).toEqual(['content/laws/a.yaml', 'content/laws/b.yaml']);
    expect(h.commits[0]!.hash).toMatch(/^[0-9a-f]{40}$/);
  });

  it('starts exactly one git process per read', () => {
    const log = join(dir, 'calls.log');
    const wrapper = join(dir, 'git-wrapper.sh');
    writeFileSync(wrapper, `#!/bin/sh\necho "$@" >> '${log}'\nexec git "$@"\n`);
    chmodSync(wrapper, 0o755);
    const h = readGitHistory({ root: repo, git: wrapper });
    for (const f of ['content/laws/a.yaml', 'content/laws/b.yaml', 'content/treaties/c.yaml']) h.lastChangedFile(f);
    h.lastChanged(['content/laws/a.yaml']);
    expect(readFileSync(log, 'utf8').trim().split('\n')).toHaveLength(1);
  });

  it('in a shallow clone, omits dates that only the graft could give and never lists the graft', () => {
    const clone = join(dir, 'shallow');
    git(dir, ['clone', '-q', '--depth', '1', `file://${repo}`, clone]);
    const h = readGitHistory({ root: clone });
    expect(h.shallow).toBe(true);
    // The graft is the 2022 commit: git would claim it added b.yaml (last really changed 2020).
    expect(h.lastChangedFile('content/laws/b.yaml')).toBeUndefined();
    expect(h.commits).toEqual([]);

    const deeper = join(dir, 'shallow2');
    git(dir, ['clone', '-q', '--depth', '2', `file://${repo}`, deeper]);
    const h2 = readGitHistory({ root: deeper });
    expect(h2.shallow).toBe(true);
    expect(h2.lastChangedFile('content/laws/a.yaml')).toBe('2022-05-06');
    expect(h2.lastChangedFile('content/laws/b.yaml')).toBeUndefined();
  });

  it('outside a repository every date is unknown and nothing throws', () => {
    const plain = join(dir, 'plain');
    mkdirSync(plain);
    const h = readGitHistory({ root: plain });
    expect(h.available).toBe(false);
    expect(h.lastChangedFile('content/laws/a.yaml')).toBeUndefined();
    expect(h.commits).toEqual([]);
  });
});
