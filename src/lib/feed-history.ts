/**
 * Which country entries each commit changed in the ratification files, for the country feeds:
 * the versions of those files before and after each commit, read with ONE `git cat-file --batch`
 * process per build (on top of the single `git log` of src/lib/git.ts), then compared in memory.
 */
import { execFileSync } from 'node:child_process';
import { parse } from 'yaml';
import { changedCountries, type FeedCommit, type RatificationChanges } from './feeds.ts';

/** Splits `git cat-file --batch` output into one text (or undefined when missing) per request. */
export function parseCatFileBatch(out: Buffer, count: number): (string | undefined)[] {
  const texts: (string | undefined)[] = [];
  let pos = 0;
  for (let i = 0; i < count; i++) {
    const eol = out.indexOf(0x0a, pos);
    if (eol < 0) break;
    const header = out.subarray(pos, eol).toString('utf8');
    pos = eol + 1;
    if (/ missing$| ambiguous$/.test(header)) {
      texts.push(undefined);
      continue;
    }
    const size = Number(header.split(' ')[2]);
    texts.push(out.subarray(pos, pos + size).toString('utf8'));
    pos += size + 1;
  }
  return texts;
}

export function readRatificationChanges(commits: readonly FeedCommit[], git = 'git'): RatificationChanges {
  const requests = commits.flatMap((c) => c.files.filter((f) => /^content\/ratifications\/[^/]+\.yaml$/.test(f)).map((file) => ({ hash: c.hash, file })));
  const result = new Map<string, Map<string, Set<string>>>();
  if (requests.length === 0) return result;
  let out: Buffer;
  try {
    const input = requests.flatMap((r) => [`${r.hash}^:./${r.file}`, `${r.hash}:./${r.file}`]).join('\n') + '\n';
    out = execFileSync(git, ['cat-file', '--batch'], { input, stdio: ['pipe', 'pipe', 'ignore'], maxBuffer: 1024 * 1024 * 1024 });
  } catch {
    return result;
  }
  const texts = parseCatFileBatch(out, requests.length * 2);
  const load = (text: string | undefined): unknown => {
    if (text === undefined) return undefined;
    try {
      return parse(text);
    } catch {
      return undefined;
    }
  };
  requests.forEach((r, i) => {
    const countries = changedCountries(load(texts[2 * i]), load(texts[2 * i + 1]));
    const byFile = result.get(r.hash) ?? new Map<string, Set<string>>();
    byFile.set(r.file, countries);
    result.set(r.hash, byFile);
  });
  return result;
}
