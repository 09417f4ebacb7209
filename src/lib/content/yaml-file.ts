/**
 * Reading one YAML content file: the raw-input guards, the YAML parser with positions, the
 * alias cap, and the scalar rules, which see each value as written (the schemas only see the
 * parsed data). Also finds the position of a field for a problem.
 */
import { readFileSync } from 'node:fs';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, Scalar, visit } from 'yaml';
import { LIMITS, readGuarded } from './guards.ts';
import { fieldName, type PathSegment, type Problem } from './problem.ts';
import { SCALAR_RULES } from './rules/index.ts';
import { aliasCapMessage } from './rules/raw-input.ts';
import { duplicateKeyMessage, syntaxErrorMessage, unreadableMessage } from './rules/yaml-syntax.ts';
import type { ParsedFile } from './rules/types.ts';

/** Finds the YAML node at a path (or the nearest existing ancestor) and returns its 1-based position. */
export function locate(parsed: Pick<ParsedFile, 'doc' | 'lines'>, path: readonly PathSegment[], key?: string): { line: number; col: number } {
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

/**
 * Reads and parses one YAML file (`file` is its path as reported). Pushes its problems; returns
 * the parsed file, or undefined when it cannot be read.
 */
export function parseYamlFile(file: string, full: string, problems: Problem[]): ParsedFile | undefined {
  const read = readGuarded(file, readFileSync(full), LIMITS.fileBytes);
  problems.push(...read.problems);
  if (read.text === undefined) return undefined;
  const lines = new LineCounter();
  const doc = parseDocument(read.text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const parsed: ParsedFile = { file, doc, lines, data: undefined };
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const pos = lines.linePos(error.pos[0]);
      const message = error.code === 'DUPLICATE_KEY' ? duplicateKeyMessage() : syntaxErrorMessage(error.message);
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
    problems.push({ file, line: overCap.line, col: overCap.col, field: '', message: aliasCapMessage() });
    return undefined;
  }
  // The scalar rules: checks on single values that the schemas cannot see (they receive parsed data).
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
      const last = [...path].reverse().find((a) => isPair(a) && isScalar(a.key));
      const key = last && isPair(last) && isScalar(last.key) ? String(last.key.value) : '';
      for (const rule of SCALAR_RULES) {
        const message = rule.check({ value: node.value, plain: node.type === Scalar.PLAIN, key });
        if (message !== undefined) problems.push({ file, line: pos.line, col: pos.col, field: fieldOf(), message });
      }
    },
  });
  try {
    parsed.data = doc.toJS({ maxAliasCount: LIMITS.yamlAliases });
  } catch (error) {
    problems.push({ file, line: 1, col: 1, field: '', message: unreadableMessage((error as Error).message) });
    return undefined;
  }
  return parsed;
}
