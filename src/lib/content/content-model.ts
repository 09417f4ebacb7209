/**
 * docs/content-model.md, generated from the schemas as the JSON Schemas are (./json-schemas.ts):
 * each collection's fields with their type, whether they are required, and the one-line JSDoc
 * the schema gives them in src/schemas/ (read with the TypeScript parser, since zod does not keep
 * comments). `npm run schemas` writes it; tests/unit/generated-docs.test.ts fails when it is stale.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { COLLECTIONS, type CollectionSpec } from './collections.ts';
import { schemaTargets } from './json-schemas.ts';
import { LINE_RANGE, POA_REF } from '../../schemas/refs.ts';

type JsonSchema = Record<string, unknown>;

/** An object literal of a schema module: its keys and the JSDoc of each. */
interface Literal {
  keys: Set<string>;
  docs: Map<string, string>;
}

interface SchemaSources {
  literals: Literal[];
  /** The first JSDoc line of each schema module, by file name. */
  moduleDocs: Map<string, string>;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function jsDocOf(node: ts.Node, source: ts.SourceFile): string | undefined {
  const ranges = ts.getLeadingCommentRanges(source.text, node.pos) ?? [];
  const last = ranges.filter((r) => source.text.startsWith('/**', r.pos)).at(-1);
  if (!last) return undefined;
  return oneLine(source.text.slice(last.pos + 3, last.end - 2).replace(/^\s*\*/gm, ''));
}

/** Reads every object literal (with the JSDoc of its keys) of the modules in src/schemas/. */
export function readSchemaSources(root: string): SchemaSources {
  const dir = join(root, 'src/schemas');
  const literals: Literal[] = [];
  const moduleDocs = new Map<string, string>();
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
    const source = ts.createSourceFile(name, readFileSync(join(dir, name), 'utf8'), ts.ScriptTarget.Latest, true);
    const first = source.statements[0];
    const doc = first ? jsDocOf(first, source) : undefined;
    if (doc) moduleDocs.set(name, doc);
    const visit = (node: ts.Node) => {
      if (ts.isObjectLiteralExpression(node)) {
        const literal: Literal = { keys: new Set(), docs: new Map() };
        for (const prop of node.properties) {
          if (!(ts.isPropertyAssignment(prop) || ts.isShorthandPropertyAssignment(prop)) || !prop.name) continue;
          const key = ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name) ? prop.name.text : undefined;
          if (!key) continue;
          literal.keys.add(key);
          const d = jsDocOf(prop, source);
          if (d) literal.docs.set(key, d);
        }
        if (literal.keys.size > 0) literals.push(literal);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { literals, moduleDocs };
}

/**
 * The JSDoc of a field: from the literal that holds the key and shares the most keys with its
 * object (among equals, one that documents it); empty when that literal leaves it undocumented.
 */
function docFor(sources: SchemaSources, keys: readonly string[], key: string): string {
  let best: { doc: string; overlap: number } | undefined;
  for (const literal of sources.literals) {
    if (!literal.keys.has(key)) continue;
    const doc = literal.docs.get(key) ?? '';
    const overlap = keys.filter((k) => literal.keys.has(k)).length;
    if (!best || overlap > best.overlap || (overlap === best.overlap && !best.doc && doc)) best = { doc, overlap };
  }
  return best?.doc ?? '';
}

const code = (value: unknown) => `\`${String(value)}\``;

/** A short type for the table: text, a date, one of …, a list of …. */
function typeOf(schema: JsonSchema): string {
  if ('const' in schema) return code(schema['const']);
  if (Array.isArray(schema['enum'])) return `one of ${(schema['enum'] as unknown[]).map(code).join(', ')}`;
  const variants = (schema['anyOf'] ?? schema['oneOf']) as JsonSchema[] | undefined;
  if (variants) return variants.map(typeOf).filter((t, i, all) => all.indexOf(t) === i).join(' or ');
  switch (schema['type']) {
    case 'string':
      if (schema['pattern'] === '^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$') return "date (`'YYYY'`, `'YYYY-MM'` or `'YYYY-MM-DD'`)";
      if (schema['pattern'] === LINE_RANGE.source) return "seed line range (`'start-end'`)";
      if (schema['pattern'] === '^[a-z0-9]+(?:-[a-z0-9]+)*$') return 'id (lower-case kebab-case)';
      if (schema['pattern'] === POA_REF.source) return "PoA reference (`'47'` or `'13-c'`)";
      if (schema['format'] === 'uri') return 'address (http or https)';
      return schema['pattern'] ? `text matching \`${String(schema['pattern'])}\`` : 'text';
    case 'integer':
      return 'whole number';
    case 'number':
      return 'number';
    case 'boolean':
      return '`true` or `false`';
    case 'null':
      return '`null`';
    case 'array':
      return `list of ${typeOf((schema['items'] as JsonSchema | undefined) ?? {})}`;
    case 'object':
      return 'mapping';
    default:
      return 'any';
  }
}

interface Row {
  field: string;
  type: string;
  required: string;
  doc: string;
}

/** Rows for the fields of an object schema and, below them, of the objects nested in it. */
function rows(sources: SchemaSources, schema: JsonSchema, prefix: string, variant = ''): Row[] {
  const variants = (schema['anyOf'] ?? schema['oneOf']) as JsonSchema[] | undefined;
  if (variants) {
    return variants.flatMap((v) => {
      const kind = Object.entries((v['properties'] ?? {}) as Record<string, JsonSchema>).find(([, p]) => 'const' in p);
      return rows(sources, v, prefix, kind ? `${kind[0]}: ${String(kind[1]['const'])}` : variant);
    });
  }
  if (schema['type'] === 'array') return rows(sources, (schema['items'] as JsonSchema | undefined) ?? {}, `${prefix}[]`, variant);
  const properties = schema['properties'] as Record<string, JsonSchema> | undefined;
  if (!properties) return [];
  const keys = Object.keys(properties);
  const required = new Set((schema['required'] as string[] | undefined) ?? []);
  return keys.flatMap((key) => {
    const field = prefix ? `${prefix}.${key}` : key;
    const property = properties[key]!;
    const defaultValue = 'default' in property ? `no (default ${code(JSON.stringify(property['default']))})` : 'no';
    const row: Row = {
      field: variant ? `${field} (${variant})` : field,
      type: typeOf(property),
      required: required.has(key) ? 'yes' : defaultValue,
      doc: docFor(sources, keys, key),
    };
    return [row, ...rows(sources, property, field, variant)];
  });
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

const INTRO = `# Content model (the shapes of the files under \`content/\`)

<!-- Generated by \`npm run schemas\` from src/schemas/ (src/lib/content/content-model.ts): do not edit by hand. -->

Every file under \`content/\` is YAML (MDX only for prose pages in \`content/pages/\`). The zod schemas
in \`src/schemas/\` are the contract between editors and the code: this page lists, for each
collection, every field with its type, whether it is required and the description the schema gives
it. \`npm run check:content\` reports every deviation as \`file:line:col [field] message\`
(CONTRIBUTING.md lists the messages), and \`docs/schemas/*.schema.json\`, generated from the same
schemas, let an editor check files as they are typed.

General rules (CONTRIBUTING.md explains them with worked examples):
- **Dates** are quoted ISO strings at the precision of the source: \`'1993'\`, \`'1993-07'\`, \`'1993-07-06'\`.
- **Ids** are lower-case kebab-case (\`refugee-convention-1951\`), except country ids (ISO 3166-1
  alpha-3, \`KAZ\`). Ids are part of public addresses: never rename one without a redirect.
- **Every fact cites a source**: \`source\` (a file in \`content/sources/\`), \`locator\` (where in it)
  and, for a seed document, \`lines\` (the line range in its file under \`content/seeds/\`).
- What cannot be verified is recorded as unknown; summaries are in our own words; only seed text is
  published verbatim.

In the tables, \`a.b\` is field \`b\` inside \`a\`, \`a[]\` an item of list \`a\`, and \`(kind: x)\` a field
of that variant only.
`;

/** docs/content-model.md. */
export function contentModelMarkdown(root: string): string {
  const sources = readSchemaSources(root);
  const specs = COLLECTIONS as readonly CollectionSpec[];
  const sections = schemaTargets().map((target) => {
    const spec = specs.find((s) => s.name === target.name)!;
    const where = spec.shape === 'entry' ? `content/${spec.dir}/*.yaml` : `content/${spec.file}`;
    const shape = spec.shape === 'entry' ? 'one entry per file' : spec.shape === 'list' ? 'a list of entries' : 'the whole file is one entry';
    const table = rows(sources, target.schema, '')
      .map((r) => `| \`${cell(r.field)}\` | ${cell(r.type)} | ${r.required} | ${cell(r.doc)} |`)
      .join('\n');
    return [
      `## ${target.name}: \`${where}\``,
      '',
      `${shape}; schema \`${target.file}\`.`,
      '',
      '| field | type | required | description |',
      '| --- | --- | --- | --- |',
      table,
      '',
    ].join('\n');
  });
  const modules = [...sources.moduleDocs].map(([file, doc]) => `- \`src/schemas/${file}\`: ${doc}`).join('\n');
  return `${INTRO}\n## Schema modules\n\n${modules}\n\n${sections.join('\n')}`;
}
