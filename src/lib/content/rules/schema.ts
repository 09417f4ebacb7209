/**
 * Every entry passes its zod schema (src/schemas/). zod's own wording ("Invalid input: expected
 * string, received number") is replaced here by messages an editor can act on; the messages the
 * schemas write themselves (refinements) are kept as they are (see ./schema-refinements.ts).
 */
import type { z } from 'astro/zod';
import type { PathSegment } from '../problem.ts';
import { defineRule, type ReadingRule } from './types.ts';

export const schemaFields = defineRule<ReadingRule>({
  kind: 'reading',
  id: 'schema-fields',
  summary: 'Each file holds the fields of its schema, of the right type, with the required ones present.',
  messages: {
    'unknown field "': ['a typing error in a field name: compare with docs/content-model.md, or remove the field', 'unknown-field', 'assertion-unknown-field'],
    'is required but missing: add it': ['add the field (the message says what it expects)', 'missing-required-field', 'fact-without-source-event', 'not-open-without-basis'],
    ': write it in quotes': ['a number or true/false where text belongs: put the value in quotes', 'wrong-type'],
    'is not allowed here: use one of': ['use one of the values listed', 'invalid-enum'],
  },
});

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

export interface DescribedIssue {
  path: PathSegment[];
  /** An unknown key: the problem is reported at the key, not at the value. */
  key?: string;
  message: string;
}

/** Turns a zod issue into problem messages an editor can act on; `input` is the value that was validated. */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown): DescribedIssue[] {
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
