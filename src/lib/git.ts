/**
 * The content's history from git, read once per build: a single `git log` process lists every
 * commit touching the watched paths (by default `content/`) with the files it changed, and every
 * "last changed" date, the /changes/ page and the feeds are answered from that one read.
 *
 * Shallow clones (CI, hosting builds): the oldest commit present is "grafted": git shows it as
 * adding every file, although those files may have changed long before. Its file list is ignored,
 * so a file whose only commit is the graft has no known date (pages then omit the date rather than
 * show a wrong one), and the graft is not listed as a change.
 */
import { execFileSync } from 'node:child_process';
import { posix, relative, resolve, sep } from 'node:path';

export interface GitCommit {
  /** Full commit hash. */
  hash: string;
  /** Abbreviated hash, as shown to readers. */
  shortHash: string;
  /** Committer date, YYYY-MM-DD (UTC). */
  date: string;
  /** Committer date and time, ISO 8601 with offset (for feeds). */
  dateTime: string;
  /** First line of the commit message. */
  subject: string;
  /** Files the commit changed, relative to the project root, e.g. "content/laws/x.yaml". */
  files: string[];
}

export interface GitHistory {
  /** False when git or the repository is unavailable: every date is then unknown. */
  available: boolean;
  /** True when the repository is a shallow clone (its oldest commits are missing). */
  shallow: boolean;
  /** Commits touching the watched paths, newest first; never the graft of a shallow clone. */
  commits: GitCommit[];
  /** Date (YYYY-MM-DD) of the last commit touching `file` or anything in the folder `file` (project-relative), or undefined if unknown. */
  lastChangedFile(file: string): string | undefined;
  /** Date of the last commit touching any of `files`, or undefined when none of them has a known date. */
  lastChanged(files: readonly string[]): string | undefined;
  /** The newest known commit touching any of `files`. */
  lastCommit(files: readonly string[]): GitCommit | undefined;
}

export interface ReadOptions {
  /** Project root (where content/ lives); the repository may start above it. Default: the working directory. */
  root?: string;
  /** Paths (relative to root) whose history is read. Default: ['content']. */
  paths?: readonly string[];
  /** The git executable (tests and measurements may point it elsewhere). Default: "git" on PATH. */
  git?: string;
}

const RECORD = '\x1e';
const FIELD = '\x1f';

/** Number of `git` processes this module has started (for tests and build measurements). */
export let gitProcessCount = 0;

/** Reads the history with exactly one `git log` process. Never throws. */
export function readGitHistory(options: ReadOptions = {}): GitHistory {
  const root = resolve(options.root ?? process.cwd());
  const paths = options.paths ?? ['content'];
  let out = '';
  let available = true;
  try {
    gitProcessCount++;
    out = execFileSync(
      options.git ?? 'git',
      [
        '-c', 'core.quotePath=false',
        'log',
        '--no-renames',
        '--relative',
        `--format=${RECORD}%H${FIELD}%h${FIELD}%cI${FIELD}%D${FIELD}%s`,
        '--name-only',
        '--',
        ...paths,
      ],
      { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 512 * 1024 * 1024 },
    );
  } catch {
    available = false;
  }
  return historyFromLog(out, available);
}

/** Parses the output of the `git log` above (exported for tests). */
export function historyFromLog(out: string, available = true): GitHistory {
  const commits: GitCommit[] = [];
  const lastByFile = new Map<string, GitCommit>();
  let shallow = false;
  for (const block of out.split(RECORD)) {
    if (!block.trim()) continue;
    const [header = '', ...fileLines] = block.split('\n');
    const [hash = '', shortHash = '', dateTime = '', decorations = '', subject = ''] = header.split(FIELD);
    const grafted = decorations.split(', ').includes('grafted');
    if (grafted) {
      // The boundary of a shallow clone: its file list is "everything", not what it changed.
      shallow = true;
      continue;
    }
    const files = fileLines.map((f) => f.trim()).filter(Boolean).map((f) => f.split(sep).join(posix.sep));
    const commit: GitCommit = { hash, shortHash, date: utcDay(dateTime), dateTime, subject, files };
    commits.push(commit);
    for (const file of files) {
      // The file itself and each folder above it ("content/laws"), newest commit first.
      const parts = file.split('/');
      for (let i = parts.length; i >= 1; i--) {
        const key = parts.slice(0, i).join('/');
        if (!lastByFile.has(key)) lastByFile.set(key, commit);
      }
    }
  }
  // git log lists newest first: the commit with the lowest index is the latest.
  const order = new Map(commits.map((c, i) => [c, i]));
  const lastCommit = (files: readonly string[]) => {
    let newest: GitCommit | undefined;
    for (const file of files) {
      const c = lastByFile.get(normalise(file));
      if (c && (!newest || order.get(c)! < order.get(newest)!)) newest = c;
    }
    return newest;
  };
  return {
    available,
    shallow,
    commits,
    lastChangedFile: (file) => lastByFile.get(normalise(file))?.date,
    lastChanged: (files) => lastCommit(files)?.date,
    lastCommit,
  };
}

function normalise(file: string): string {
  return file.split(sep).join(posix.sep).replace(/^\.\//, '').replace(/\/+$/, '');
}

/** The UTC calendar day of an ISO date-time with offset. */
function utcDay(dateTime: string): string {
  const ms = Date.parse(dateTime);
  return Number.isNaN(ms) ? dateTime.slice(0, 10) : new Date(ms).toISOString().slice(0, 10);
}

/**
 * Kept on globalThis, not in a module variable: Astro loads this module twice in one build (once
 * for astro.config.mjs, once in the bundle that renders the pages), and both must share one read.
 */
const CACHE = Symbol.for('cis-kb.content-git-history');
type Cache = Map<string, GitHistory>;
const cache = ((globalThis as Record<symbol, unknown>)[CACHE] ??= new Map()) as Cache;

/** The history of content/ for this process, read on first use (one `git log` per build). */
export function gitHistory(): GitHistory {
  const key = resolve(process.cwd());
  let history = cache.get(key);
  if (!history) {
    history = readGitHistory();
    cache.set(key, history);
  }
  return history;
}

/** Forgets the cached history (e.g. for a long-running dev server after new commits). */
export function resetGitHistory(): void {
  cache.clear();
}

/** True when the repository is a shallow clone (its oldest commits are missing). */
export function isShallow(): boolean {
  return gitHistory().shallow;
}

/** ISO date (YYYY-MM-DD) of the last commit touching any of `paths`, or undefined if unknown. */
export function lastChanged(paths: readonly string[]): string | undefined {
  return gitHistory().lastChanged(paths);
}

export interface ContentChange {
  date: string;
  subject: string;
  hash: string;
  files: string[];
}

/** Recent commits touching content/, newest first. */
export function recentContentChanges(limit = 50): ContentChange[] {
  return gitHistory()
    .commits.slice(0, limit)
    .map((c) => ({ date: c.date, subject: c.subject, hash: c.shortHash, files: c.files }));
}

/** A path relative to the project root, for callers holding absolute paths. */
export function projectPath(file: string, root = process.cwd()): string {
  return normalise(relative(root, resolve(root, file)));
}
