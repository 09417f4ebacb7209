/**
 * The content check: reads every file under content/, validates it with the entity schemas and
 * runs the rules of the registry (./rules/index.ts) over all entries, and returns *every*
 * problem with its file, line, column and field. Astro's own validation stops at the first bad
 * entry and its reference() has not always failed on a missing target, so the build runs this
 * first (scripts/check-content.ts, src/integrations/content-rules.ts).
 */
import { join, relative } from 'node:path';
import { REGISTRY_FILE } from '../registry.ts';
import { fieldName, type PathSegment, type Problem } from './problem.ts';
import { readContent, type Session } from './read.ts';
import { entriesContext } from './rules/context.ts';
import { ENTRIES_RULES } from './rules/index.ts';
import { notCheckedMessage } from './rules/raw-input.ts';
import type { EntriesContext, Entry, ParsedFile } from './rules/types.ts';
import { locate, parseYamlFile } from './yaml-file.ts';

export { fieldName, formatProblem, type Problem } from './problem.ts';

export interface CheckOptions {
  /** Project root (the folder holding content/). */
  root: string;
  /** Override for where the content lives, relative to root (tests point it at fixtures). */
  contentDir?: string;
  /**
   * The registry of published addresses to hold the content to (see src/lib/registry.ts).
   * Default: <root>/published-addresses.txt when the content is <root>/content; false: none.
   */
  registry?: string | false;
}

export interface CheckResult {
  problems: Problem[];
  /** Entries that passed their schema, by collection, for callers that want counts. */
  counts: Record<string, number>;
  /** The validated data of those entries (schema output, defaults filled in), by collection. */
  data: Record<string, unknown[]>;
}

/**
 * Reads the content (every file through its guards and schema) and returns what the rules over
 * entries receive, with the problems found so far. checkContent runs the rules on it; tests use it
 * to run one rule on the real content.
 */
export function loadContent(options: CheckOptions): { ctx: EntriesContext; problems: Problem[]; entries: Entry[] } {
  const root = options.root;
  const contentDir = join(root, options.contentDir ?? 'content');
  const problems: Problem[] = [];
  const guarded = new Set<string>();
  const rel = (full: string) => relative(root, full).split('\\').join('/');
  const session: Session = {
    contentDir,
    problems,
    guarded,
    rel,
    report(parsed: ParsedFile | string, path: readonly PathSegment[], message: string, key?: string) {
      if (typeof parsed === 'string') {
        problems.push({ file: parsed, line: 1, col: 1, field: fieldName(path), message });
        return;
      }
      const { line, col } = locate(parsed, path, key);
      problems.push({ file: parsed.file, line, col, field: fieldName(key === undefined ? path : [...path, key]), message });
    },
    guardFile(file: string, run: () => void) {
      try {
        run();
      } catch (error) {
        problems.push({ file, line: 1, col: 1, field: '', message: notCheckedMessage(error) });
      }
    },
    parseFile(full: string) {
      const file = rel(full);
      guarded.add(file);
      return parseYamlFile(file, full, problems);
    },
  };

  const { entries, broken } = readContent(session);
  const registryFile = options.registry ?? (options.contentDir === undefined || options.contentDir === 'content' ? join(root, REGISTRY_FILE) : false);
  return { ctx: entriesContext(session, entries, broken, registryFile), problems, entries };
}

export function checkContent(options: CheckOptions): CheckResult {
  const { ctx, problems, entries } = loadContent(options);
  try {
    for (const rule of ENTRIES_RULES) rule.check(ctx);
  } catch (error) {
    problems.push({ file: ctx.contentPath(''), line: 1, col: 1, field: '', message: `the cross-entry checks stopped: ${(error as Error).message}; fix the problems listed for the files, then run the check again` });
  }

  const counts: Record<string, number> = {};
  const data: Record<string, unknown[]> = {};
  for (const e of entries) {
    if (e.partial) continue;
    counts[e.collection] = (counts[e.collection] ?? 0) + 1;
    (data[e.collection] ??= []).push(e.data);
  }
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col);
  return { problems, counts, data };
}
