/**
 * The content check against fixtures, rule by rule: a small valid content tree passes with zero
 * problems, and each broken case (an overlay of one file on that tree, see
 * tests/fixtures/README.md) is rejected with exactly the expected `file:line:col [field] message`
 * lines (tests/unit/content-rules.expected.ts). Every case belongs to one rule of the registry,
 * and every message a rule documents is printed by exactly the fixtures its table names for it.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/content/check.ts';
import { RULES } from '../../src/lib/content/rules/index.ts';
import { notCheckedMessage } from '../../src/lib/content/rules/raw-input.ts';
import { EXPECTED } from './content-rules.expected.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const VALID = join(ROOT, 'tests/fixtures/content-valid');
const BROKEN = join(ROOT, 'tests/fixtures/content-broken');

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

/**
 * Copies the valid tree to <tmp>/content, lays the overlays of the named cases over it (a file
 * named "<name>.delete" removes <name>), and returns the formatted problems of the check.
 */
function checkWithOverlays(...cases: string[]): string[] {
  const tmp = mkdtempSync(join(tmpdir(), 'content-check-'));
  try {
    const content = join(tmp, 'content');
    cpSync(VALID, content, { recursive: true });
    for (const name of cases) {
      const overlay = join(BROKEN, name);
      for (const file of listFiles(overlay)) {
        const target = join(content, relative(overlay, file));
        if (target.endsWith('.delete')) rmSync(target.slice(0, -'.delete'.length));
        else cpSync(file, target);
      }
    }
    return checkContent({ root: tmp, contentDir: 'content' }).problems.map(formatProblem);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

// Dates are checked against the build date: pin it so the fixtures never age into errors.
beforeAll(() => {
  vi.stubEnv('CONTENT_AS_OF', '2026-11-23');
});
afterAll(() => {
  vi.unstubAllEnvs();
});

describe('the content check on fixtures', () => {
  it('accepts the valid fixture tree with zero problems', () => {
    const result = checkContent({ root: ROOT, contentDir: 'tests/fixtures/content-valid' });
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.counts).toMatchObject({ treaties: 2, ratifications: 2, countries: 12, poaParagraphs: 149, laws: 2, lawCoverage: 12 });
  });

  it('has an expectation for every broken case folder, and a folder for every expectation', () => {
    const folders = readdirSync(BROKEN).filter((name) => statSync(join(BROKEN, name)).isDirectory());
    expect(folders.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it('gives every broken case to exactly one rule', () => {
    const owners = new Map<string, string[]>();
    for (const rule of RULES) for (const c of rule.fixtures) owners.set(c, [...(owners.get(c) ?? []), rule.id]);
    const wrong = Object.keys(EXPECTED).filter((c) => owners.get(c)?.length !== 1).map((c) => `${c}: ${owners.get(c)?.join(', ') ?? 'no rule'}`);
    expect(wrong).toEqual([]);
  });

  it('reports every problem of a run, across files, not just the first', () => {
    const problems = checkWithOverlays('unknown-field', 'dangling-country', 'yaml-syntax-error');
    expect(problems).toEqual([...EXPECTED['dangling-country']!, ...EXPECTED['unknown-field']!, ...EXPECTED['yaml-syntax-error']!]);
  });
});

/** Messages of the last line of defence (a file whose checks throw), tested on their own below. */
const LAST_RESORT = new Set(['could not be checked']);

describe('the registry of rules', () => {
  it('reports a file whose checks throw as not checked, naming the cause, and goes on with the others', () => {
    expect(notCheckedMessage(new RangeError('Maximum call stack size exceeded'))).toBe('could not be checked (it is nested too deeply or too large to check): simplify the file; the other files were checked');
    expect(notCheckedMessage(new Error('boom\nstack'))).toBe('could not be checked (boom): simplify the file; the other files were checked');
  });

  it('has unique rule ids in kebab-case', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z0-9]+)*$/);
  });

  for (const rule of RULES) {
    describe(`rule ${rule.id}`, () => {
      it('documents each message with its fix', () => {
        expect(rule.summary.length).toBeGreaterThan(10);
        expect(rule.messages.length).toBeGreaterThan(0);
        for (const m of rule.messages) expect(m.says.length * m.fix.length, JSON.stringify(m)).toBeGreaterThan(0);
      });

      if (rule.fixtures.length === 0) {
        it(`is tested by ${rule.testedIn ?? '(no test named)'}, which expects each of its messages`, () => {
          expect(rule.testedIn, 'a rule without fixtures names the test that generates its inputs').toBeDefined();
          const test = readFileSync(join(ROOT, rule.testedIn!), 'utf8');
          // The test may quote a message as text or inside a regular expression.
          const quoted = (says: string) => test.includes(says) || test.includes(says.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
          expect(rule.messages.filter((m) => !quoted(m.says) && !LAST_RESORT.has(m.says)).map((m) => m.says)).toEqual([]);
        });
        return;
      }

      for (const name of rule.fixtures) {
        it(`rejects ${name} with its message`, () => {
          const expected = EXPECTED[name];
          expect(expected, `no expectation for ${name}`).toBeDefined();
          expect(checkWithOverlays(name)).toEqual(expected);
          expect(expected!.some((line) => rule.messages.some((m) => line.includes(m.says))), `${name} prints no message of ${rule.id}`).toBe(true);
        });
      }

      it('prints each message it documents in exactly the fixtures its table names for it', () => {
        for (const m of rule.messages) {
          expect(m.fixtures.length, `${m.says}: no fixture prints it`).toBeGreaterThan(0);
          const printing = rule.fixtures.filter((name) => (EXPECTED[name] ?? []).some((line) => line.includes(m.says)));
          expect(printing.sort(), m.says).toEqual([...m.fixtures].sort());
        }
      });
    });
  }
});
