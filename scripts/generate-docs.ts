// Writes docs/content-model.md from the zod schemas, and the table of content-check messages in
// CONTRIBUTING.md from the registry of rules (run by `npm run schemas`, after the JSON Schemas).
import { readFileSync, writeFileSync } from 'node:fs';
import { contentModelMarkdown } from '../src/lib/content/content-model.ts';
import { withRulesTable } from '../src/lib/content/rules-table.ts';

writeFileSync('docs/content-model.md', contentModelMarkdown(process.cwd()));
writeFileSync('CONTRIBUTING.md', withRulesTable(readFileSync('CONTRIBUTING.md', 'utf8')));
console.log('Wrote docs/content-model.md and the table of messages in CONTRIBUTING.md.');
