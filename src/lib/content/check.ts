/**
 * The content check: reads every file under content/, validates it with the entity schemas and
 * runs the checks that span entries, and returns *every* problem with its file, line, column and
 * field. Astro's own validation stops at the first bad entry and its reference() has not always
 * failed on a missing target, so the build runs this first (scripts/check-content.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, Scalar, visit, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { COUNTRY_IDS, isoDate } from '../../schemas/common.ts';
import { COLLECTIONS, type CollectionSpec } from './collections.ts';
import { checkMdxSafety } from './mdx-safety.ts';
import { LIMITS, mdxDepthProblems, readGuarded, textLimit } from './guards.ts';
import { pageSchema } from '../../schemas/page.ts';
import { isAfter, isBefore, isPartialDate } from '../partial-date.ts';
import { addressesFromContent, isContentAddress, REGISTRY_FILE, type ContentData } from '../registry.ts';
import { redirectsFileSchema, type Redirect } from '../../schemas/redirect.ts';

export interface Problem {
  /** Path relative to the project root, e.g. "content/treaties/cat-1984.yaml". */
  file: string;
  line: number;
  col: number;
  /** Dotted path of the field, e.g. "countries[2].events[0].date"; "" for the whole file. */
  field: string;
  message: string;
}

type PathSegment = string | number;

interface ParsedFile {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
  data: unknown;
}

/** One validated entry with where it came from, for the cross-entry checks. */
interface Entry {
  collection: string;
  file: ParsedFile;
  /** Path of the entry inside its file (non-empty for list files). */
  base: PathSegment[];
  data: Record<string, unknown>;
  /** True when the entry failed its schema: its raw data still goes through the cross-entry checks. */
  partial?: boolean;
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.col} [${p.field || '(file)'}] ${p.message}`;
}

export function fieldName(path: readonly PathSegment[]): string {
  return path.reduce<string>((name, seg) => (typeof seg === 'number' ? `${name}[${seg}]` : name ? `${name}.${seg}` : seg), '');
}

/** Files that belong to no collection but are expected under content/. */
const ALLOWED_EXTRA = [/(^|\/)README\.md$/, /^seeds\/[^/]+\.txt$/, /^pages\/(?:ru\/)?[a-z0-9-]+\.mdx$/, /^redirects\.yaml$/];

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

/** Finds the YAML node at a path (or the nearest existing ancestor) and returns its 1-based position. */
function locate(parsed: ParsedFile, path: readonly PathSegment[], key?: string): { line: number; col: number } {
  let node: unknown = parsed.doc.contents;
  let offset = 0;
  const segments = key === undefined ? path : [...path, key];
  for (const [index, seg] of segments.entries()) {
    const isLastKey = key !== undefined && index === segments.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(seg));
      if (!pair) break;
      const keyNode = pair.key as Scalar;
      offset = keyNode.range?.[0] ?? offset;
      if (isLastKey) break;
      node = pair.value;
      const valueRange = (pair.value as { range?: [number, number, number] } | null)?.range;
      if (valueRange) offset = valueRange[0];
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as { range?: [number, number, number] } | undefined;
      if (!item) break;
      node = item;
      if (item.range) offset = item.range[0];
    } else {
      break;
    }
  }
  const pos = parsed.lines.linePos(offset);
  return { line: pos.line, col: pos.col };
}

const MISSING = Symbol('missing');

/** The raw value at a path, or MISSING when a key or item on the way is absent. */
function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let value = root;
  for (const seg of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, seg)) return MISSING;
    value = (value as Record<PathSegment, unknown>)[seg];
  }
  return value;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of fields',
};

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping of fields';
  if (typeof value === 'string') return `the text "${value}"`;
  return `the ${typeof value} ${String(value)}`;
}

/** Turns a zod issue into a problem message an editor can act on; `input` is the value that was validated. */
function describeIssue(issue: z.core.$ZodIssue, input: unknown): { path: PathSegment[]; key?: string; message: string }[] {
  const path = issue.path.filter((s): s is PathSegment => typeof s !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path,
      key,
      message: `unknown field "${key}": check its spelling against docs/content-model.md, or remove it`,
    }));
  }
  if (issue.code === 'invalid_union' && 'errors' in issue && issue.errors.length > 0) {
    // Report the branch that got furthest (the fewest issues) rather than a bare "invalid input".
    const best = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
    return best.flatMap((inner) => describeIssue({ ...inner, path: [...issue.path, ...inner.path] } as z.core.$ZodIssue, input));
  }
  // zod does not keep the input in its issues: look the value up to tell "missing" from "wrong".
  const value = valueAt(input, path);
  const expected =
    issue.code === 'invalid_type'
      ? (EXPECTED[issue.expected] ?? issue.expected)
      : issue.code === 'invalid_value'
        ? `one of ${issue.values.map(String).join(', ')}`
        : undefined;
  if (value === MISSING && path.length > 0 && expected !== undefined) {
    // A schema may say what belongs there (see requiredCitations); otherwise the generic wording.
    if (issue.message.startsWith('is required but missing: ')) return [{ path, message: issue.message }];
    return [{ path, message: `is required but missing: add it (expected ${expected})` }];
  }
  // Replace zod's generic wording ("Invalid input: expected string, received number"); keep our own messages.
  if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) {
    const quote = issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean') ? ': write it in quotes' : '';
    return [{ path, message: `must be ${expected}, not ${describeValue(value)}${quote}` }];
  }
  if (issue.code === 'invalid_value' && issue.message.startsWith('Invalid option')) {
    return [{ path, message: `${describeValue(value)} is not allowed here: use ${expected}` }];
  }
  return [{ path, message: issue.message }];
}

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

export function checkContent(options: CheckOptions): CheckResult {
  const root = options.root;
  const contentDir = join(root, options.contentDir ?? 'content');
  const problems: Problem[] = [];
  const parsedFiles = new Map<string, ParsedFile>();
  const entries: Entry[] = [];
  const claimed = new Set<string>();
  /** Files already read through the raw-input guards. */
  const guarded = new Set<string>();
  /** Runs the checks of one file so that nothing in it can stop the checks of the others. */
  const guardFile = (file: string, run: () => void) => {
    try {
      run();
    } catch (error) {
      const message = error instanceof RangeError ? 'it is nested too deeply or too large to check' : (error as Error).message.split('\n')[0];
      problems.push({ file, line: 1, col: 1, field: '', message: `could not be checked (${message}): simplify the file; the other files were checked` });
    }
  };
  const rel = (full: string) => relative(root, full).split('\\').join('/');

  const report = (parsed: ParsedFile | string, path: readonly PathSegment[], message: string, key?: string) => {
    if (typeof parsed === 'string') {
      problems.push({ file: parsed, line: 1, col: 1, field: fieldName(path), message });
      return;
    }
    const { line, col } = locate(parsed, path, key);
    problems.push({ file: parsed.file, line, col, field: fieldName(key === undefined ? path : [...path, key]), message });
  };

  const parseFile = (full: string): ParsedFile | undefined => {
    const file = rel(full);
    guarded.add(file);
    const read = readGuarded(file, readFileSync(full), LIMITS.fileBytes);
    problems.push(...read.problems);
    if (read.text === undefined) return undefined;
    const lines = new LineCounter();
    const doc = parseDocument(read.text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const parsed: ParsedFile = { file, doc, lines, data: undefined };
    if (doc.errors.length > 0) {
      for (const error of doc.errors) {
        const pos = lines.linePos(error.pos[0]);
        const message =
          error.code === 'DUPLICATE_KEY'
            ? 'a field appears twice in the same mapping: keep one of them (merge their values)'
            : `YAML syntax error: ${error.message.split('\n')[0]} (check quotes, colons and indentation here and on the line before)`;
        problems.push({ file, line: pos.line, col: pos.col, field: '', message });
      }
      return undefined;
    }
    // Aliases (*name) expand into copies: a few nested ones make a file of a few lines expand to
    // gigabytes ("billion laughs"). Content needs none; more than a handful is refused here.
    let aliases = 0;
    let overCap: { line: number; col: number } | undefined;
    visit(doc, {
      Alias(_key, node) {
        aliases++;
        if (aliases > LIMITS.yamlAliases && !overCap) overCap = lines.linePos(node.range?.[0] ?? 0);
      },
    });
    if (overCap) {
      problems.push({ file, line: overCap.line, col: overCap.col, field: '', message: `more than ${LIMITS.yamlAliases} YAML aliases (*name) in one file: write the values out instead of repeating them by alias` });
      return undefined;
    }
    // Checks on single values that the schemas cannot see (they receive parsed data).
    visit(doc, {
      Scalar(_key, node, path) {
        const fieldOf = () => {
          const chain: unknown[] = [...path, node];
          const fieldPath: PathSegment[] = [];
          chain.forEach((ancestor, i) => {
            if (isSeq(ancestor)) fieldPath.push(ancestor.items.indexOf(chain[i + 1] as never));
            else if (isPair(ancestor) && isScalar(ancestor.key) && ancestor.value === chain[i + 1]) fieldPath.push(String(ancestor.key.value));
          });
          return fieldName(fieldPath);
        };
        const pos = lines.linePos(node.range?.[0] ?? 0);
        // Length limits: an overlong value breaks layouts and bloats every page that shows it.
        if (typeof node.value === 'string') {
          const last = [...path].reverse().find((a) => isPair(a) && isScalar(a.key));
          const name = last && isPair(last) && isScalar(last.key) ? String(last.key.value) : '';
          const limit = textLimit(name);
          if (node.value.length > limit) {
            problems.push({ file, line: pos.line, col: pos.col, field: fieldOf(), message: `is ${node.value.length} characters long; the limit for this field is ${limit}: shorten it` });
          }
        }
        // Skeletons from `npm run new` hold TODO placeholders that must not land.
        if (typeof node.value === 'string' && /^todo\b/i.test(node.value)) {
          problems.push({ file, line: pos.line, col: pos.col, field: fieldOf(), message: `placeholder "${node.value.slice(0, 60)}": fill in this field from your source (or remove it if optional)` });
        }
        // Astro's loaders read YAML 1.1, where an unquoted 1993-07-06 becomes a timestamp that can
        // shift by a day: require quotes on anything that looks like a date.
        if (node.type === Scalar.PLAIN && typeof node.value === 'string' && /^\d{4}-\d{2}(-\d{2})?$/.test(node.value)) {
          problems.push({ file, line: pos.line, col: pos.col, field: fieldOf(), message: `write the date in quotes: '${node.value}' (unquoted YAML dates become timestamps)` });
        }
      },
    });
    try {
      parsed.data = doc.toJS({ maxAliasCount: LIMITS.yamlAliases });
    } catch (error) {
      problems.push({ file, line: 1, col: 1, field: '', message: `the YAML could not be read: ${(error as Error).message.split('\n')[0]}` });
      return undefined;
    }
    parsedFiles.set(file, parsed);
    return parsed;
  };

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
      // Cross-entry checks (dangling references…) still run on what the entry holds, so one run
      // reports every problem of the file, not only its schema errors.
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        entries.push({ collection: spec.name, file: parsed, base, data: value as Record<string, unknown>, partial: true });
      }
      return fields;
    }
    entries.push({ collection: spec.name, file: parsed, base, data: result.data as Record<string, unknown> });
    return undefined;
  };

  for (const spec of COLLECTIONS as readonly CollectionSpec[]) {
    if (spec.shape === 'entry') {
      const dir = join(contentDir, spec.dir);
      for (const full of listFiles(dir)) {
        guardFile(rel(full), () => {
          const relToContent = relative(contentDir, full).split('\\').join('/');
          if (relative(dir, full).includes('/')) return; // sub-folders belong to other collections
          claimed.add(relToContent);
          if (!full.endsWith('.yaml')) {
            if (!ALLOWED_EXTRA.some((re) => re.test(relToContent))) {
              report(rel(full), [], `not read: files in content/${spec.dir}/ must end in ".yaml" (rename it)`);
            }
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
            if (id !== undefined && stem !== expected) {
              report(parsed, [spec.idField], `the file name must match the ${spec.idField}: rename the file to "${expected}.yaml" (or fix the ${spec.idField})`);
            }
          }
        });
      }
    } else {
      const full = join(contentDir, spec.file);
      claimed.add(spec.file);
      if (!existsSync(full)) {
        report(rel(full), [], `missing: this file is required (collection "${spec.name}")`);
        continue;
      }
      guardFile(rel(full), () => {
        const parsed = parseFile(full);
        if (!parsed) return;
        if (spec.shape === 'list') {
          if (!Array.isArray(parsed.data)) {
            report(parsed, [], 'must be a YAML list of entries (each line starting with "- ")');
            return;
          }
          parsed.data.forEach((item, i) => validate(spec, parsed, item, [i], 0));
        } else {
          const value = spec.key ? { [spec.key]: parsed.data } : parsed.data;
          validate(spec, parsed, value, [], spec.key ? 1 : 0);
        }
      });
    }
  }

  // Prose pages: front matter through the page schema, body through the MDX safety check.
  for (const full of listFiles(join(contentDir, 'pages')).filter((f) => f.endsWith('.mdx'))) guardFile(rel(full), () => {
    const file = rel(full);
    guarded.add(file);
    const read = readGuarded(file, readFileSync(full), LIMITS.fileBytes);
    problems.push(...read.problems);
    if (read.text === undefined) return;
    const source = read.text;
    // Depth first, on the raw text: a parser must never recurse into a hostile nesting depth.
    const tooDeep = mdxDepthProblems(file, source);
    problems.push(...tooDeep);
    if (tooDeep.length === 0) problems.push(...checkMdxSafety(file, source));
    // CRLF line ends (editors on Windows) are as good as LF.
    const front = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source);
    if (!front) {
      problems.push({ file, line: 1, col: 1, field: '(front matter)', message: 'an MDX page starts with front matter between --- lines, with title and description' });
      return;
    }
    const lines = new LineCounter();
    const doc = parseDocument(front[1] ?? '', { lineCounter: lines });
    const frontData: unknown = doc.toJS({ maxAliasCount: LIMITS.yamlAliases });
    const result = pageSchema.safeParse(frontData);
    if (!result.success) {
      for (const issue of result.error.issues) {
        for (const d of describeIssue(issue, frontData)) {
          const parsed: ParsedFile = { file, doc, lines, data: undefined };
          const { line, col } = locate(parsed, d.path, d.key);
          problems.push({ file, line: line + 1, col, field: fieldName(d.key === undefined ? d.path : [...d.path, d.key]), message: d.message });
        }
      }
    }
  });

  // Every file under content/ belongs to a collection or is an allowed extra: nothing is ignored silently.
  for (const full of listFiles(contentDir)) {
    const relToContent = relative(contentDir, full).split('\\').join('/');
    if (!claimed.has(relToContent) && !ALLOWED_EXTRA.some((re) => re.test(relToContent))) {
      report(rel(full), [], 'not read by any collection: move it to the right folder (see docs/content-model.md) or remove it');
    } else if (!guarded.has(rel(full))) {
      // Seeds and READMEs are published or shown too: same size and character rules.
      guardFile(rel(full), () => {
        problems.push(...readGuarded(rel(full), readFileSync(full), relToContent.startsWith('seeds/') ? LIMITS.seedBytes : LIMITS.fileBytes).problems);
      });
    }
  }

  // Redirects of renamed or removed addresses, and the registry of published addresses.
  const redirectsPath = join(contentDir, 'redirects.yaml');
  const redirects: Redirect[] = [];
  let redirectsParsed: ParsedFile | undefined;
  if (existsSync(redirectsPath)) {
    guardFile(rel(redirectsPath), () => {
      const parsed = parseFile(redirectsPath);
      if (!parsed) return;
      redirectsParsed = parsed;
      const result = redirectsFileSchema.safeParse(parsed.data);
      if (!result.success) {
        for (const issue of result.error.issues) for (const d of describeIssue(issue, parsed.data)) report(parsed, d.path, d.message, d.key);
        return;
      }
      redirects.push(...result.data);
    });
  }
  const registryFile = options.registry ?? (options.contentDir === undefined || options.contentDir === 'content' ? join(root, REGISTRY_FILE) : false);
  const byCollection: ContentData = {};
  for (const e of entries) (byCollection[e.collection] ??= []).push(e.data);
  const current = addressesFromContent(byCollection);
  const where = () => redirectsParsed ?? rel(redirectsPath);
  redirects.forEach((r, i) => {
    if (current.has(r.from)) report(where(), [i, 'from'], `${r.from} still exists: remove this redirect (it would hide the page)`);
    if (isContentAddress(r.to) && !current.has(r.to)) report(where(), [i, 'to'], `${r.to} does not exist: point the redirect at an address the content publishes`);
  });
  if (registryFile && existsSync(registryFile)) {
    guardFile(rel(registryFile), () => {
      const published = readFileSync(registryFile, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
      const redirected = new Set(redirects.map((r) => r.from));
      for (const address of published) {
        if (!isContentAddress(address) || current.has(address) || redirected.has(address)) continue;
        report(where(), [], `the published address ${address} no longer exists (an id, slug or anchor was renamed or removed): restore it, or record where it went in content/redirects.yaml as "- from: ${address}" with "to:" and "reason:"`);
      }
    });
  }

  try {
    runCrossChecks({ entries, broken, report, contentDir, contentPath: (path) => rel(join(contentDir, path)) });
  } catch (error) {
    problems.push({ file: rel(contentDir), line: 1, col: 1, field: '', message: `the cross-entry checks stopped: ${(error as Error).message}; fix the problems listed for the files, then run the check again` });
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

/** True when date a is later than date b, compared at the coarser of their precisions ('2015' is not later than '2015-03-10'). */
function laterThan(a: string, b: string): boolean {
  return isPartialDate(a) && isPartialDate(b) && isAfter(a, b);
}

/** Ids of every source cited anywhere inside a value (citations are objects with source and locator). */
function citedSources(value: unknown): Set<string> {
  const found = new Set<string>();
  const visitValue = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visitValue);
    else if (v !== null && typeof v === 'object') {
      const obj = v as Record<string, unknown>;
      if (typeof obj['source'] === 'string' && typeof obj['locator'] === 'string') found.add(obj['source']);
      Object.values(obj).forEach(visitValue);
    }
  };
  visitValue(value);
  return found;
}

type Report = (parsed: ParsedFile | string, path: readonly PathSegment[], message: string, key?: string) => void;

/** The value as a list (an entry that failed its schema may hold anything where a list belongs). */
function list<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value.filter((v) => v !== null && v !== undefined) as T[]) : [];
}

/** Checks spanning entries: duplicates, dangling references, completeness, seed line ranges. */
function runCrossChecks({
  entries,
  broken,
  report,
  contentDir,
  contentPath,
}: {
  entries: Entry[];
  /** Ids of entries that exist but failed their schema (already reported). */
  broken: Map<string, Set<string>>;
  report: Report;
  contentDir: string;
  /** A path inside the content folder, as reported (relative to the project root). */
  contentPath: (path: string) => string;
}) {
  const of = (name: string) => entries.filter((e) => e.collection === name);
  const brokenIds = (name: string) => broken.get(name) ?? new Set<string>();
  /** Ids of a collection, including those of entries that failed their schema. */
  const ids = (name: string, field = 'id') => new Set([...of(name).map((e) => String(e.data[field])), ...brokenIds(name)]);

  // Duplicate ids within a collection.
  for (const spec of COLLECTIONS as readonly CollectionSpec[]) {
    const idField = spec.shape === 'entry' ? spec.idField : spec.shape === 'list' ? 'id' : undefined;
    if (!idField) continue;
    const seen = new Map<string, Entry>();
    for (const e of of(spec.name)) {
      const id = String(e.data[idField]);
      const first = seen.get(id);
      if (first) report(e.file, [...e.base, idField], `duplicate ${idField} "${id}": also used in ${first.file.file}; ids must be unique`);
      else seen.set(id, e);
    }
  }

  const sources = new Map(of('sources').map((e) => [String(e.data['id']), e.data]));
  const treaties = ids('treaties');
  const categories = ids('categories');
  const laws = ids('laws');
  const organizations = ids('organizations');
  const paragraphs = new Map(of('poaParagraphs').map((e) => [Number(e.data['number']), e.data]));
  const seedLineCounts = new Map<string, number>();
  for (const [id, source] of sources) {
    if (source['kind'] === 'seed') {
      const seedFile = join(contentDir, 'seeds', String(source['file']));
      if (existsSync(seedFile)) seedLineCounts.set(id, readFileSync(seedFile, 'utf8').replace(/\n$/, '').split('\n').length);
    }
  }

  const checkRef = (e: Entry, path: PathSegment[], value: unknown, known: Set<string>, what: string, folder: string) => {
    if (typeof value === 'string' && !known.has(value)) {
      report(e.file, [...e.base, ...path], `unknown ${what} "${value}": no file content/${folder}/${value}.yaml exists (check the id, or add the ${what})`);
    }
  };

  // Walk every entry for citations ({source, locator}) and seed line ranges ({lines}).
  const walk = (e: Entry, value: unknown, path: PathSegment[]) => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => walk(e, v, [...path, i]));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const obj = value as Record<string, unknown>;
    if (typeof obj['source'] === 'string' && typeof obj['locator'] === 'string') {
      const source = sources.get(obj['source']);
      if (!source && brokenIds('sources').has(obj['source'])) {
        // The source file itself is broken and already reported.
      } else if (!source) {
        report(e.file, [...e.base, ...path, 'source'], `unknown source "${obj['source']}": add content/sources/${obj['source']}.yaml or fix the id`);
      } else if (source['kind'] === 'seed') {
        if (typeof obj['lines'] !== 'string') {
          report(e.file, [...e.base, ...path], `a citation of the seed "${obj['source']}" needs \`lines: 'start-end'\` (the line range in content/seeds/${String(source['file'])})`);
        } else {
          checkLines(e, [...path, 'lines'], obj['lines'], String(obj['source']));
        }
      }
    }
    for (const [k, v] of Object.entries(obj)) walk(e, v, [...path, k]);
  };
  const checkLines = (e: Entry, path: PathSegment[], lines: string, sourceId: string) => {
    const total = seedLineCounts.get(sourceId);
    const end = Number(lines.split('-')[1]);
    if (total !== undefined && end > total) {
      report(e.file, [...e.base, ...path], `line range ${lines} runs past the end of the seed (${total} lines): check the range against content/seeds/${String(sources.get(sourceId)?.['file'])}`);
    }
  };
  for (const e of entries) walk(e, e.data, []);

  // Top-level `lines` of entries that publish seed text refer to their own seed.
  const seedOf: Record<string, string> = {
    poaParagraphs: 'seed-1996-poa',
    conclusions: 'seed-2004-conclusions',
    categories: 'seed-1996-poa',
  };
  for (const [collection, seed] of Object.entries(seedOf)) {
    for (const e of of(collection)) if (typeof e.data['lines'] === 'string') checkLines(e, ['lines'], e.data['lines'], seed);
  }

  // Treaties ↔ ratification files: one file per treaty, all twelve countries, each once.
  const ratified = ids('ratifications', 'treaty');
  for (const e of of('ratifications')) {
    checkRef(e, ['treaty'], e.data['treaty'], treaties, 'treaty', 'treaties');
    const rows = list<{ country: string }>(e.data['countries']);
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      if (seen.has(row.country)) report(e.file, [...e.base, 'countries', i, 'country'], `country ${row.country} is listed twice: merge its events into one entry`);
      seen.add(row.country);
    });
    // asOf cannot be later than the newest evidence the record cites: a web source read on its
    // `accessed` date, or a seed document as at its own date (compared at the coarser precision).
    list<Record<string, unknown>>(e.data['countries']).forEach((row, i) => {
      const asOf = row['asOf'];
      if (typeof asOf !== 'string') return;
      // The evidence must be at least as recent as every act it shows (dates the schema refused are reported there, once).
      const latestAct = list<{ date: string; action: string }>(row['events']).filter((event) => typeof event.date === 'string' && isoDate.safeParse(event.date).success).reduce<{ date: string; action: string } | undefined>(
        (latest, event) => (!latest || laterThan(event.date, latest.date) ? event : latest),
        undefined,
      );
      if (latestAct && laterThan(latestAct.date, asOf)) {
        report(e.file, [...e.base, 'countries', i, 'asOf'], `asOf ${asOf} is earlier than the ${latestAct.action} of ${latestAct.date} this record shows: evidence cannot show an act made after it; set asOf to the date up to which the source showing that act reflects the depositary`);
      }
      let newest: { id: string; date: string; what: string } | undefined;
      for (const id of citedSources(row)) {
        const source = sources.get(id);
        const date = source?.['kind'] === 'web' ? source['accessed'] : source?.['date'];
        if (typeof date !== 'string') continue;
        if (!newest || laterThan(date, newest.date)) newest = { id, date, what: source?.['kind'] === 'web' ? 'accessed' : 'dated' };
      }
      if (newest && laterThan(asOf, newest.date)) {
        report(e.file, [...e.base, 'countries', i, 'asOf'], `asOf ${asOf} is later than the newest evidence this record cites ("${newest.id}", ${newest.what} ${newest.date}): a source cannot show the depositary's record after it was read; set asOf to the date the source reflects (its "status as at" line or the date it was read) or cite the newer source`);
      }
    });
    const missing = COUNTRY_IDS.filter((c) => !seen.has(c));
    if (missing.length > 0) {
      report(e.file, ['countries'], `missing countries ${missing.join(', ')}: every treaty needs an entry for all twelve (events, none, or unknown with the reason)`);
    }
  }
  // No act can precede the adoption of the treaty it is an act under.
  const adoptedOf = new Map(of('treaties').filter((t) => !t.partial).map((t) => [String(t.data['id']), t.data['adopted'] as string | undefined]));
  for (const e of of('ratifications')) {
    const adopted = adoptedOf.get(String(e.data['treaty']));
    if (!adopted) continue;
    list<{ events?: unknown }>(e.data['countries']).forEach((row, i) => {
      list<{ action: string; date: string }>(row?.events).forEach((event, j) => {
        // A date its schema refused (impossible, before 1900, in the future) is reported once, there.
        if (typeof event?.date !== 'string' || !isoDate.safeParse(event.date).success) return;
        if (isBefore(event.date, adopted)) {
          report(e.file, [...e.base, 'countries', i, 'events', j, 'date'], `${event.action} (${event.date}) is dated before the treaty was adopted (${adopted}): check the date against the depositary (or the treaty's adopted date)`);
        }
      });
    });
  }
  for (const e of of('treaties')) {
    if (!ratified.has(String(e.data['id']))) {
      report(e.file, ['id'], `no ratification records: add content/ratifications/${String(e.data['id'])}.yaml covering all twelve countries`);
    }
  }

  // References from the PoA, the conclusions, laws, assertions.
  for (const e of of('poaParagraphs')) {
    list<string>(e.data['treaties']).forEach((t, i) => checkRef(e, ['treaties', i], t, treaties, 'treaty', 'treaties'));
    list<string>(e.data['categories']).forEach((c, i) => checkRef(e, ['categories', i], c, categories, 'category', 'categories'));
    const markers = new Set(
      [e.data['text'], e.data['trailing'], ...(list<{ text: string }>(e.data['subparagraphs']).map((s) => s.text))]
        .filter((t): t is string => typeof t === 'string')
        .flatMap((t) => [...t.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]))),
    );
    const declared = new Set(list<number>(e.data['footnotes']));
    for (const n of markers) if (!declared.has(n)) report(e.file, ['footnotes'], `the text has the footnote marker [${n}] but footnotes does not list ${n}`);
    for (const n of declared) if (!markers.has(n)) report(e.file, ['footnotes'], `footnotes lists ${n} but the text has no marker [${n}]`);
  }
  for (let n = 1; n <= 149; n++) {
    if (!paragraphs.has(n) && !brokenIds('poaParagraphs').has(String(n)) && of('poaParagraphs').length > 0) {
      report(contentPath(`poa/paragraphs/para-${String(n).padStart(3, '0')}.yaml`), [], `missing: the Programme of Action has paragraphs 1–149 and paragraph ${n} has no file (add it)`);
    }
  }
  const footnoteNumbers = new Set(
    of('poaFootnotes').flatMap((e) => list<{ number: number }>(e.data['footnotes']).map((f) => f.number)),
  );
  for (const e of of('poaParagraphs')) {
    list<number>(e.data['footnotes']).forEach((n, i) => {
      if (footnoteNumbers.size > 0 && !footnoteNumbers.has(n)) report(e.file, ['footnotes', i], `footnote ${n} is not in content/poa/footnotes.yaml`);
    });
  }
  for (const e of of('poaStructure')) {
    list<{ firstParagraph: number | null }>(e.data['headings']).forEach((h, i) => {
      if (h.firstParagraph !== null && !paragraphs.has(h.firstParagraph) && !brokenIds('poaParagraphs').has(String(h.firstParagraph))) report(e.file, [i, 'firstParagraph'], `paragraph ${h.firstParagraph} does not exist`);
    });
  }

  const refExists = (ref: string) => {
    const [num, letter] = ref.split('-');
    const p = paragraphs.get(Number(num));
    if (!p && brokenIds('poaParagraphs').has(String(Number(num)))) return undefined;
    if (!p) return `PoA paragraph ${num} does not exist (1–149)`;
    if (letter && !list<{ label: string }>(p['subparagraphs']).some((s) => s.label === letter)) {
      return `PoA paragraph ${num} has no subparagraph (${letter})`;
    }
    return undefined;
  };
  const orders = new Map<number, Entry>();
  for (const e of of('conclusions')) {
    list<{ paragraph: string }>(e.data['poaLinks']).forEach((link, i) => {
      const problem = refExists(link.paragraph);
      if (problem) report(e.file, [...e.base, 'poaLinks', i, 'paragraph'], `${problem}: fix the reference`);
    });
    list<string>(e.data['treaties']).forEach((t, i) => checkRef(e, ['treaties', i], t, treaties, 'treaty', 'treaties'));
    const order = Number(e.data['order']);
    const first = orders.get(order);
    if (first) report(e.file, [...e.base, 'order'], `order ${order} is also used by "${String(first.data['id'])}": each conclusion has its own position`);
    orders.set(order, e);
  }

  for (const e of of('laws')) {
    list<string>(e.data['treaties']).forEach((t, i) => checkRef(e, ['treaties', i], t, treaties, 'treaty', 'treaties'));
    for (const field of ['replaces', 'replacedBy', 'amends'] as const) {
      list<string>(e.data[field]).forEach((id, i) => checkRef(e, [field, i], id, laws, 'law', 'laws'));
    }
  }
  const lawById = new Map(of('laws').map((e) => [String(e.data['id']), e]));
  for (const e of of('laws')) {
    for (const newer of list<string>(e.data['replacedBy'])) {
      const other = lawById.get(newer);
      if (other && !list<string>(other.data['replaces']).includes(String(e.data['id']))) {
        report(other.file, ['replaces'], `"${String(e.data['id'])}" says it is replaced by this act: add it to replaces`);
      }
    }
    for (const older of list<string>(e.data['replaces'])) {
      const other = lawById.get(older);
      if (other && !list<string>(other.data['replacedBy']).includes(String(e.data['id']))) {
        report(other.file, ['replacedBy'], `"${String(e.data['id'])}" says it replaces this act: add it to replacedBy`);
      }
    }
  }

  for (const e of of('laws')) {
    (e.data['poa'] as string[] | undefined ?? []).forEach((ref, i) => {
      const problem = refExists(ref);
      if (problem) report(e.file, ['poa', i], `${problem}: fix the reference`);
    });
    (e.data['seedClaims'] as { source: string }[] | undefined ?? []).forEach((claim, i) => {
      const source = sources.get(claim.source);
      if (source && source['kind'] !== 'seed') report(e.file, ['seedClaims', i, 'source'], `"${claim.source}" is not a seed document: seedClaims keep what a seed states; cite other sources under sources`);
    });
  }

  // Law coverage agrees with the acts recorded: "none-found" cannot stand beside a recorded act.
  const topicsWithActs = new Set(of('laws').flatMap((e) => (e.data['topics'] as string[]).map((t) => `${String(e.data['country'])}/${t}`)));
  for (const e of of('lawCoverage')) {
    const seenTopics = new Set<string>();
    (e.data['topics'] as { topic: string; outcome: string }[]).forEach((t, i) => {
      if (seenTopics.has(t.topic)) report(e.file, ['topics', i, 'topic'], `topic ${t.topic} is listed twice: keep one entry`);
      seenTopics.add(t.topic);
      if (t.outcome === 'none-found' && topicsWithActs.has(`${String(e.data['country'])}/${t.topic}`)) {
        report(e.file, ['topics', i, 'outcome'], `"none-found" but content/laws/ has an act of ${String(e.data['country'])} on ${t.topic}: set outcome to found, or fix the act's topics`);
      }
    });
  }

  for (const e of of('assertions')) {
    checkRef(e, ['document'], e.data['document'], ids('sources'), 'source', 'sources');
    list<Record<string, unknown>>(e.data['assertions']).forEach((a, i) => {
      if (typeof a['treaty'] === 'string') checkRef(e, ['assertions', i, 'treaty'], a['treaty'], treaties, 'treaty', 'treaties');
      if (Array.isArray(a['treaties'])) a['treaties'].forEach((t, j) => checkRef(e, ['assertions', i, 'treaties', j], t, treaties, 'treaty', 'treaties'));
      if (typeof a['lines'] === 'string') checkLines(e, ['assertions', i, 'lines'], a['lines'], String(e.data['document']));
    });
    list<{ treaty?: string | null; treaties?: string[] }>(e.data['instruments']).forEach((inst, i) => {
      if (inst.treaty) checkRef(e, ['instruments', i, 'treaty'], inst.treaty, treaties, 'treaty', 'treaties');
      (inst.treaties ?? []).forEach((t, j) => checkRef(e, ['instruments', i, 'treaties', j], t, treaties, 'treaty', 'treaties'));
    });
  }
  for (const e of of('documents')) {
    const source = sources.get(String(e.data['source']));
    if (!brokenIds('sources').has(String(e.data['source'])) && (!source || source['kind'] !== 'seed')) report(e.file, ['source'], `"${String(e.data['source'])}" is not a seed source in content/sources/`);
    const seen = new Set<string>();
    list<{ id: string; lines: string }>(e.data['blocks']).forEach((b, i) => {
      if (seen.has(b.id)) report(e.file, ['blocks', i, 'id'], `duplicate anchor id "${b.id}" in this document`);
      seen.add(b.id);
      checkLines(e, ['blocks', i, 'lines'], b.lines, String(e.data['source']));
    });
  }
  for (const e of of('memberships')) checkRef(e, ['organization'], e.data['organization'], organizations, 'organization', 'organizations');
  const coverage = ids('lawCoverage', 'country');
  if (coverage.size > 0) {
    for (const c of COUNTRY_IDS) if (!coverage.has(c)) report(contentPath(`law-coverage/${c}.yaml`), [], `missing: every country needs a law-coverage file (add it)`);
  }
  const countries = ids('countries');
  if (countries.size > 0) {
    for (const c of COUNTRY_IDS) if (!countries.has(c)) report(contentPath(`countries/${c}.yaml`), [], `missing: every one of the twelve countries needs a file (add it)`);
  }
}
