import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaTargets } from '../../src/lib/content/json-schemas.ts';

describe('editor support', () => {
  it('the committed JSON Schemas equal those generated from the zod schemas (run `npm run schemas` after a schema change)', () => {
    for (const target of schemaTargets()) {
      expect(existsSync(target.file), target.file).toBe(true);
      expect(JSON.parse(readFileSync(target.file, 'utf8')), target.file).toEqual(target.schema);
    }
  });

  it('VS Code maps every content folder to its schema', () => {
    const settings = JSON.parse(readFileSync('.vscode/settings.json', 'utf8')) as { 'yaml.schemas': Record<string, string> };
    for (const target of schemaTargets()) expect(settings['yaml.schemas'][`./${target.file}`]).toBe(target.glob);
  });

  it('the law JSON Schema knows the allowed kinds, so the editor can autocomplete them', () => {
    const law = schemaTargets().find((t) => t.name === 'laws')!.schema as { properties: Record<string, { enum?: string[] }> };
    expect(law.properties['kind']?.enum).toContain('bilateral-agreement');
  });
});
