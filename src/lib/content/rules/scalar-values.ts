/** Rules on single YAML values as written, before the schemas see the parsed data. */
import { textLimit } from '../guards.ts';
import { defineRule, type ScalarRule } from './types.ts';

/** An overlong value breaks layouts and bloats every page that shows it. */
export const textLength = defineRule<ScalarRule>({
  kind: 'scalar',
  id: 'text-length',
  summary: 'No text is longer than its field allows (ids and names 120 characters, titles 500, any text 20,000).',
  messages: { 'characters long; the limit for this field is': ['shorten the text'] },
  testedIn: 'tests/unit/hostile-input.test.ts',
  check({ value, key }) {
    if (typeof value !== 'string') return undefined;
    const limit = textLimit(key);
    return value.length > limit ? `is ${value.length} characters long; the limit for this field is ${limit}: shorten it` : undefined;
  },
});

/** Skeletons from `npm run new` hold TODO placeholders that must not land. */
export const placeholder = defineRule<ScalarRule>({
  kind: 'scalar',
  id: 'placeholder',
  summary: 'No TODO placeholder from `npm run new` is left in a file.',
  messages: { 'placeholder "TODO': ['fill in the field from your source (or remove it if optional)', 'placeholder-todo'] },
  check({ value }) {
    if (typeof value !== 'string' || !/^todo\b/i.test(value)) return undefined;
    return `placeholder "${value.slice(0, 60)}": fill in this field from your source (or remove it if optional)`;
  },
});

/**
 * Astro's loaders read YAML 1.1, where an unquoted 1993-07-06 becomes a timestamp that can shift
 * by a day: anything that looks like a date must be quoted.
 */
export const unquotedDate = defineRule<ScalarRule>({
  kind: 'scalar',
  id: 'unquoted-date',
  summary: 'Dates are written in quotes.',
  messages: { 'write the date in quotes': ["put the date in single quotes: '1993-07-06'", 'unquoted-date'] },
  check({ value, plain }) {
    if (!plain || typeof value !== 'string' || !/^\d{4}-\d{2}(-\d{2})?$/.test(value)) return undefined;
    return `write the date in quotes: '${value}' (unquoted YAML dates become timestamps)`;
  },
});
