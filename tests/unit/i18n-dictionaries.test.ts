import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en/index.ts';
import { ru } from '../../src/i18n/ru/index.ts';

/** Every leaf of a dictionary: [dotted key, value]. */
function leaves(node: unknown, prefix = ''): [string, unknown][] {
  if (typeof node === 'string' || typeof node === 'function') return [[prefix, node]];
  // Plural forms ({ one, other } in English; { one, few, many, other } in Russian) are one value.
  if (typeof node === 'object' && node !== null && 'other' in node) return [[prefix, Object.values(node).join(' ')]];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

/** Russian strings that are rightly written without Cyrillic (a language's own name, a format name). */
const LATIN_IN_RUSSIAN = new Set([
  'common.otherLanguageName',
  'laws.numberShort' /* "№ 216-IV": the number sign is not a Cyrillic letter */,
  'matrix.client.summaryCount' /* only placeholders: "{label}: {n}" */,
]);

describe('dictionaries', () => {
  it('the Russian dictionary has exactly the English keys, with the same kinds of value', () => {
    const enLeaves = new Map(leaves(en));
    const ruLeaves = new Map(leaves(ru));
    expect([...ruLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort());
    for (const [key, value] of enLeaves) expect(typeof ruLeaves.get(key), key).toBe(typeof value);
  });

  it('every Russian string is written in Russian and differs from the English', () => {
    const enLeaves = new Map(leaves(en));
    for (const [key, value] of leaves(ru)) {
      if (LATIN_IN_RUSSIAN.has(key)) continue;
      const sample = typeof value === 'function' ? String((value as (...a: unknown[]) => string)(...Array(3).fill(2))) : String(value);
      if (!/\p{L}/u.test(sample)) continue; // punctuation between elements, e.g. ")"
      expect(sample, key).toMatch(/[\u0400-\u04FF]/);
      const english = enLeaves.get(key);
      if (typeof english === 'string') expect(value, key).not.toBe(english);
    }
  });
});
