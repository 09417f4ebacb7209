// Writes docs/schemas/*.schema.json from the zod schemas and the matching .vscode/settings.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { schemaTargets } from '../src/lib/content/json-schemas.ts';

mkdirSync('docs/schemas', { recursive: true });
const mapping: Record<string, string> = {};
for (const target of schemaTargets()) {
  writeFileSync(target.file, JSON.stringify(target.schema, null, 2) + '\n');
  mapping[`./${target.file}`] = target.glob;
}
writeFileSync(
  '.vscode/settings.json',
  JSON.stringify({ 'yaml.schemas': mapping, 'yaml.customTags': [], 'files.associations': { '*.mdx': 'mdx' } }, null, 2) + '\n',
);
console.log(`Wrote ${Object.keys(mapping).length} JSON Schemas to docs/schemas/ and .vscode/settings.json.`);
