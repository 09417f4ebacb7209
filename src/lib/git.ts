/**
 * "Last changed" dates from git history at build time. A shallow clone (CI, hosting builds) may
 * not have the commit that last touched a file; then the date is unknown and pages say so rather
 * than showing a wrong date.
 */
import { execFileSync } from 'node:child_process';

const cache = new Map<string, string | undefined>();
let shallow: boolean | undefined;

function git(args: string[]): string {
  return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
}

/** True when the repository is a shallow clone (its oldest commits are missing). */
export function isShallow(): boolean {
  if (shallow === undefined) {
    try {
      shallow = git(['rev-parse', '--is-shallow-repository']) === 'true';
    } catch {
      shallow = false;
    }
  }
  return shallow;
}

/** ISO date (YYYY-MM-DD) of the last commit touching any of `paths`, or undefined if unknown. */
export function lastChanged(paths: readonly string[]): string | undefined {
  const key = paths.join('\0');
  if (cache.has(key)) return cache.get(key);
  let date: string | undefined;
  try {
    const out = git(['log', '-1', '--format=%cs', '--', ...paths]);
    // In a shallow clone the boundary commit claims every file; its date is not trustworthy.
    date = out && !(isShallow() && out === git(['log', '-1', '--format=%cs', '--reverse'])) ? out : undefined;
  } catch {
    date = undefined;
  }
  cache.set(key, date);
  return date;
}

export interface ContentChange {
  date: string;
  subject: string;
  hash: string;
  files: string[];
}

/** Recent commits touching content/, newest first. */
export function recentContentChanges(limit = 50): ContentChange[] {
  try {
    const out = git(['log', `-${limit}`, '--format=%x1e%cs%x1f%h%x1f%s', '--name-only', '--', 'content/']);
    return out
      .split('\x1e')
      .map((block) => block.trim())
      .filter(Boolean)
      .map((block) => {
        const [header = '', ...files] = block.split('\n');
        const [date = '', hash = '', subject = ''] = header.split('\x1f');
        return { date, hash, subject, files: files.filter(Boolean) };
      });
  } catch {
    return [];
  }
}
