/**
 * Reading the content tree into entries: every collection of ./collections.ts through its schema,
 * the prose pages through the page schema and the MDX safety check, and every other file through
 * the raw-input guards (nothing under content/ is ignored silently).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { pageSchema } from '../../schemas/page.ts';
import { COLLECTIONS, type CollectionSpec } from './collections.ts';
import { LIMITS, mdxDepthProblems, readGuarded } from './guards.ts';
import { checkMdxSafety } from './mdx-safety.ts';
import { fieldName, type PathSegment, type Problem } from './problem.ts';
import { ALLOWED_EXTRA, fileNameMessage, frontMatterMessage, notAListMessage, requiredFileMessage, strayFileMessage, wrongExtensionMessage } from './rules/files.ts';
import { describeIssue } from './rules/schema.ts';
import type { Entry, ParsedFile, Report } from './rules/types.ts';
import { locate } from './yaml-file.ts';

/** What the reader shares with the check: where problems go and how files are read. */
export interface Session {
  contentDir: string;
  problems: Problem[];
  report: Report;
  rel(full: string): string;
  guardFile(file: string, run: () => void): void;
  parseFile(full: string): ParsedFile | undefined;
  /** Files already read through the raw-input guards. */
  guarded: Set<string>;
}

export interface ReadResult {
  entries: Entry[];
  /** Ids of entries that exist but failed to parse or validate (already reported), by collection. */
  broken: Map<string, Set<string>>;
}

export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

export function readContent(s: Session): ReadResult {
  const { contentDir, problems, report, rel, guardFile, parseFile } = s;
  const entries: Entry[] = [];
  const claimed = new Set<string>();
  // Entries that exist but failed to parse or validate, by collection: their ids still count as
  // known, so one broken file is reported once and not again by every file that refers to it.
  const broken = new Map<string, Set<string>>();
  const markBroken = (collection: string, id: unknown) => {
    if (typeof id !== 'string' && typeof id !== 'number') return;
    if (!broken.has(collection)) broken.set(collection, new Set());
    broken.get(collection)!.add(String(id));
  };

  /** Validates one entry; returns the fields (first path segment) that have problems, or undefined when it passed. */
  const validate = (spec: CollectionSpec, parsed: ParsedFile, value: unknown, base: PathSegment[], unwrap: number) => {
    const result = spec.schema.safeParse(value);
    if (!result.success) {
      const fields = new Set<PathSegment | undefined>();
      for (const issue of result.error.issues) {
        for (const d of describeIssue(issue, value)) {
          report(parsed, [...base, ...d.path.slice(unwrap)], d.message, d.key);
          fields.add(d.path[unwrap]);
        }
      }
      // The rules over entries (dangling references…) still run on what the entry holds, so one
      // run reports every problem of the file, not only its schema errors.
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        entries.push({ collection: spec.name, file: parsed, base, data: value as Record<string, unknown>, partial: true });
      }
      return fields;
    }
    entries.push({ collection: spec.name, file: parsed, base, data: result.data as Record<string, unknown> });
    return undefined;
  };

  const readEntryFile = (spec: Extract<CollectionSpec, { shape: 'entry' }>, dir: string, full: string) => {
    const relToContent = relative(contentDir, full).split('\\').join('/');
    if (relative(dir, full).includes('/')) return; // sub-folders belong to other collections
    claimed.add(relToContent);
    if (!full.endsWith('.yaml')) {
      if (!ALLOWED_EXTRA.some((re) => re.test(relToContent))) report(rel(full), [], wrongExtensionMessage(spec.dir));
      return;
    }
    const stem = full.slice(full.lastIndexOf('/') + 1).replace(/\.yaml$/, '');
    const stemId = spec.name === 'poaParagraphs' ? String(Number(stem.replace(/^para-/, ''))) : stem;
    const parsed = parseFile(full);
    if (!parsed) {
      markBroken(spec.name, stemId);
      return;
    }
    const failed = validate(spec, parsed, parsed.data, [], 0);
    const data = parsed.data as Record<string, unknown> | null;
    if (failed) {
      markBroken(spec.name, stemId);
      if (spec.idField && data && typeof data === 'object') markBroken(spec.name, data[spec.idField] as unknown);
    }
    // An id that is itself invalid is reported by the schema; the file name is checked once it is fixed.
    if (spec.idField && data && typeof data === 'object' && !failed?.has(spec.idField)) {
      const id = data[spec.idField];
      const expected = spec.name === 'poaParagraphs' && typeof id === 'number' ? `para-${String(id).padStart(3, '0')}` : String(id);
      if (id !== undefined && stem !== expected) report(parsed, [spec.idField], fileNameMessage(spec.idField, expected));
    }
  };

  for (const spec of COLLECTIONS as readonly CollectionSpec[]) {
    if (spec.shape === 'entry') {
      const dir = join(contentDir, spec.dir);
      for (const full of listFiles(dir)) guardFile(rel(full), () => readEntryFile(spec, dir, full));
      continue;
    }
    const full = join(contentDir, spec.file);
    claimed.add(spec.file);
    if (!existsSync(full)) {
      report(rel(full), [], requiredFileMessage(spec.name));
      continue;
    }
    guardFile(rel(full), () => {
      const parsed = parseFile(full);
      if (!parsed) return;
      if (spec.shape === 'list') {
        if (!Array.isArray(parsed.data)) {
          report(parsed, [], notAListMessage());
          return;
        }
        parsed.data.forEach((item, i) => validate(spec, parsed, item, [i], 0));
      } else {
        const value = spec.key ? { [spec.key]: parsed.data } : parsed.data;
        validate(spec, parsed, value, [], spec.key ? 1 : 0);
      }
    });
  }

  for (const full of listFiles(join(contentDir, 'pages')).filter((f) => f.endsWith('.mdx'))) guardFile(rel(full), () => readPage(s, full));

  // Every file under content/ belongs to a collection or is an allowed extra: nothing is ignored silently.
  for (const full of listFiles(contentDir)) {
    const relToContent = relative(contentDir, full).split('\\').join('/');
    if (!claimed.has(relToContent) && !ALLOWED_EXTRA.some((re) => re.test(relToContent))) {
      report(rel(full), [], strayFileMessage());
    } else if (!s.guarded.has(rel(full))) {
      // Seeds and READMEs are published or shown too: same size and character rules.
      guardFile(rel(full), () => {
        problems.push(...readGuarded(rel(full), readFileSync(full), relToContent.startsWith('seeds/') ? LIMITS.seedBytes : LIMITS.fileBytes).problems);
      });
    }
  }
  return { entries, broken };
}

/** A prose page: front matter through the page schema, body through the MDX safety check. */
function readPage(s: Session, full: string): void {
  const file = s.rel(full);
  s.guarded.add(file);
  const read = readGuarded(file, readFileSync(full), LIMITS.fileBytes);
  s.problems.push(...read.problems);
  if (read.text === undefined) return;
  const source = read.text;
  // Depth first, on the raw text: a parser must never recurse into a hostile nesting depth.
  const tooDeep = mdxDepthProblems(file, source);
  s.problems.push(...tooDeep);
  if (tooDeep.length === 0) s.problems.push(...checkMdxSafety(file, source));
  // CRLF line ends (editors on Windows) are as good as LF.
  const front = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source);
  if (!front) {
    s.problems.push({ file, line: 1, col: 1, field: '(front matter)', message: frontMatterMessage() });
    return;
  }
  const lines = new LineCounter();
  const doc = parseDocument(front[1] ?? '', { lineCounter: lines });
  const frontData: unknown = doc.toJS({ maxAliasCount: LIMITS.yamlAliases });
  const result = pageSchema.safeParse(frontData);
  if (result.success) return;
  for (const issue of result.error.issues) {
    for (const d of describeIssue(issue, frontData)) {
      const { line, col } = locate({ doc, lines }, d.path, d.key);
      s.problems.push({ file, line: line + 1, col, field: fieldName(d.key === undefined ? d.path : [...d.path, d.key]), message: d.message });
    }
  }
}
