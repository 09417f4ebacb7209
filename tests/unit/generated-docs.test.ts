/**
 * The generated documentation is current: docs/content-model.md is what the schemas say, and the
 * table of messages in CONTRIBUTING.md is what the registry of rules says. Both are rewritten by
 * `npm run schemas`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentModelMarkdown } from '../../src/lib/content/content-model.ts';
import { RULES } from '../../src/lib/content/rules/index.ts';
import { rulesTableMarkdown, withRulesTable } from '../../src/lib/content/rules-table.ts';

const ROOT = join(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const STALE = 'is out of date: run `npm run schemas` and commit the result';

describe('generated documentation', () => {
  it('docs/content-model.md is generated from the schemas', () => {
    const expected = contentModelMarkdown(ROOT);
    expect(read('docs/content-model.md') === expected, `docs/content-model.md ${STALE}`).toBe(true);
  });

  it('the content model documents every field of every collection, with its description where the schema gives one', () => {
    const model = contentModelMarkdown(ROOT);
    expect(model).toContain('| `countries[].events[].date` | date');
    expect(model).toMatch(/\| `shortName` \| text \| yes \| Short name shown in matrices/);
    expect(model).toMatch(/\| `blocks\[\]\.level \(kind: heading\)` \| whole number \| yes \|/);
  });

  it("CONTRIBUTING.md's table of messages is generated from the registry of rules", () => {
    const text = read('CONTRIBUTING.md');
    expect(text === withRulesTable(text), `the table of messages in CONTRIBUTING.md ${STALE}`).toBe(true);
  });

  it('the table lists every documented message of every rule', () => {
    const table = rulesTableMarkdown();
    const count = RULES.reduce((n, r) => n + r.messages.length, 0);
    expect(table.split('\n').filter((l) => l.startsWith('| `'))).toHaveLength(count);
    for (const rule of RULES) for (const m of rule.messages) expect(table).toContain(m.fix.replace(/\|/g, '\\|'));
  });
});
