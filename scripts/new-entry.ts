// `npm run new -- <kind> <id>`: creates a correctly named skeleton from templates/.
//   law <iso3>-<year>-<slug>   e.g. npm run new -- law kaz-2011-law-migration
//   treaty <id>                (also creates its ratification file with all twelve countries)
//   source <id>
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { COUNTRY_IDS } from '../src/schemas/common.ts';

const [kind, id] = process.argv.slice(2);
const today = new Date().toISOString().slice(0, 10);
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};
const usage = 'usage: npm run new -- law <iso3>-<year>-<slug> | treaty <id> | source <id>';
if (!kind || !id) fail(usage);
const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const fill = (template: string, values: Record<string, string>) =>
  readFileSync(`templates/${template}`, 'utf8')
    .replace(/^# yaml-language-server: \$schema=\.\.\/\.\.\//m, '# yaml-language-server: $schema=../../')
    .replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');
const write = (path: string, text: string) => {
  if (existsSync(path)) fail(`${path} already exists: choose another id, or edit that file`);
  writeFileSync(path, text);
  console.log(`created ${path}: replace every TODO, then run npm run check:content`);
};

switch (kind) {
  case 'law': {
    const m = /^([a-z]{3})-(\d{4}|undated)-([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(id!);
    if (!m) fail('a law id is "<iso3>-<year>-<slug>", e.g. kaz-2011-law-migration');
    const country = m![1]!.toUpperCase();
    if (!(COUNTRY_IDS as readonly string[]).includes(country)) fail(`unknown country code "${m![1]}": use one of ${COUNTRY_IDS.join(', ').toLowerCase()}`);
    write(`content/laws/${id}.yaml`, fill('law.yaml', { id: id!, country, year: m![2] === 'undated' ? today.slice(0, 4) : m![2]!, today }));
    break;
  }
  case 'treaty': {
    if (!slug.test(id!)) fail('a treaty id is lower-case kebab-case, e.g. "refugee-convention-1951"');
    write(`content/treaties/${id}.yaml`, fill('treaty.yaml', { id: id! }));
    const countries = COUNTRY_IDS.map((c) => `  - country: ${c}\n    unknown: "TODO: not yet checked against the depositary"`).join('\n');
    write(`content/ratifications/${id}.yaml`, fill('ratification.yaml', { id: id!, countries }));
    break;
  }
  case 'source': {
    if (!slug.test(id!)) fail('a source id is lower-case kebab-case with a prefix, e.g. "untc-v-2", "refworld-abc123"');
    write(`content/sources/${id}.yaml`, fill('source.yaml', { id: id!, today }));
    break;
  }
  default:
    fail(usage);
}
