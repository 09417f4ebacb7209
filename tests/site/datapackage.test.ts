/**
 * The data package: /data/datapackage.json lists every CSV and JSON download, is valid against
 * the Data Package descriptor schema, and every CSV conforms to its Table Schema (header equal to
 * the field names, types, partial-date patterns, enums, required cells, primary keys). The CSVs
 * are read with csv-parse with no options at all, as a data tool opening them without settings.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'csv-parse/sync';
import { Ajv } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { DIST, requireDist, attributeValues, builtPage } from '../support/dist.ts';

interface Field {
  name: string;
  type: string;
  constraints?: { required?: boolean; pattern?: string; enum?: string[] };
}
interface Resource {
  name: string;
  path: string;
  format: string;
  schema?: { fields: Field[]; primaryKey?: string[]; foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[] };
}
interface Package {
  resources: Resource[];
  licenses: { name?: string; path?: string }[];
  sources: { title: string }[];
}

const DATA = join(DIST, 'data');
let pkg: Package;
let files: string[];
beforeAll(() => {
  requireDist();
  pkg = JSON.parse(readFileSync(join(DATA, 'datapackage.json'), 'utf8')) as Package;
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
  files = walk(DATA)
    .map((f) => relative(DATA, f).split('\\').join('/'))
    .filter((f) => /\.(csv|json)$/.test(f) && f !== 'datapackage.json');
});

describe('datapackage.json', () => {
  it('is valid against the Data Package descriptor schema', () => {
    // The schema written from the Data Package standard (v2) is in tests/fixtures/schemas/; where
    // DATAPACKAGE_PROFILE names a copy of the official profile (datapackage.org/profiles/2.0/
    // datapackage.json, a JSON Schema draft-07), the descriptor is validated against it too.
    const own = JSON.parse(readFileSync('tests/fixtures/schemas/data-package.schema.json', 'utf8')) as object;
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(own);
    expect(validate(pkg) ? [] : validate.errors).toEqual([]);
    const official = process.env['DATAPACKAGE_PROFILE'];
    if (official) {
      const check = new Ajv({ allErrors: true, strict: false, validateSchema: false }).compile(JSON.parse(readFileSync(official, 'utf8')) as object);
      expect(check(pkg) ? [] : check.errors).toEqual([]);
    }
  });

  it('lists every CSV and JSON download as a resource, with a licence and sources', () => {
    expect(pkg.resources.map((r) => r.path).sort()).toEqual([...files].sort());
    expect(new Set(pkg.resources.map((r) => r.name)).size).toBe(pkg.resources.length);
    expect(pkg.licenses[0]).toMatchObject({ name: 'CC-BY-4.0' });
    expect(pkg.sources.length).toBeGreaterThan(0);
    expect(files).toContain('status-current.csv');
    expect(files.filter((f) => /^status-at-\d{4}(-\d{2}){0,2}\.csv$/.test(f)).length).toBe(3);
  });

  it('/data/ links every download and the package', () => {
    const hrefs = attributeValues(builtPage('/data/').document, 'href');
    expect(files.filter((f) => !hrefs.includes(`/data/${f}`))).toEqual([]);
    expect(hrefs).toContain('/data/datapackage.json');
  });
});

describe('every CSV against its Table Schema', () => {
  it('opens without options: UTF-8 without BOM, CRLF, RFC 4180 quoting, the same number of cells on every row', () => {
    // The raw bytes on purpose: the BOM, the encoding and the line ends are what is checked.
    const problems: string[] = [];
    for (const r of pkg.resources.filter((x) => x.format === 'csv')) {
      const buf = readFileSync(join(DATA, r.path));
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) problems.push(`${r.path}: BOM`);
      const text = buf.toString('utf8');
      if (Buffer.from(text, 'utf8').compare(buf) !== 0) problems.push(`${r.path}: not valid UTF-8`);
      if (/[^\r]\n/.test(text.replace(/"(?:[^"]|"")*"/g, ''))) problems.push(`${r.path}: a line ends in LF without CR`);
      try {
        const rows = parse(text) as string[][];
        const width = rows[0]!.length;
        rows.forEach((row, i) => row.length !== width && problems.push(`${r.path}:${i + 1}: ${row.length} cells, header has ${width}`));
      } catch (e) {
        problems.push(`${r.path}: ${(e as Error).message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('field names equal the header, and every cell has its type, pattern, allowed value and presence; keys are unique', () => {
    const problems: string[] = [];
    const tables = new Map<string, Record<string, string>[]>();
    for (const r of pkg.resources.filter((x) => x.format === 'csv')) {
      const [header = [], ...rows] = parse(readFileSync(join(DATA, r.path), 'utf8')) as string[][];
      const fields = r.schema?.fields ?? [];
      if (JSON.stringify(header) !== JSON.stringify(fields.map((f) => f.name))) problems.push(`${r.path}: header ${header.join(',')} ≠ fields`);
      const records = rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? ''])));
      tables.set(r.name, records);
      records.forEach((rec, i) => {
        for (const f of fields) {
          const v = rec[f.name] ?? '';
          const at = `${r.path}:${i + 2} ${f.name}="${v.slice(0, 40)}"`;
          if (v === '') {
            if (f.constraints?.required) problems.push(`${at}: required`);
            continue;
          }
          if (f.type === 'integer' && !/^-?\d+$/.test(v)) problems.push(`${at}: not an integer`);
          if (f.type === 'boolean' && v !== 'true' && v !== 'false') problems.push(`${at}: not a boolean`);
          if (f.constraints?.pattern && !new RegExp(`^(?:${f.constraints.pattern})$`).test(v)) problems.push(`${at}: does not match ${f.constraints.pattern}`);
          if (f.constraints?.enum && !f.constraints.enum.includes(v)) problems.push(`${at}: not one of the allowed values`);
        }
      });
      const pk = r.schema?.primaryKey;
      if (pk) {
        const seen = new Set<string>();
        for (const rec of records) {
          const key = JSON.stringify(pk.map((k) => rec[k]));
          if (seen.has(key)) problems.push(`${r.path}: primary key ${key} repeated`);
          seen.add(key);
        }
      }
    }
    for (const r of pkg.resources) {
      for (const fk of r.schema?.foreignKeys ?? []) {
        const target = tables.get(fk.reference.resource);
        if (!target) {
          problems.push(`${r.path}: foreign key to unknown resource ${fk.reference.resource}`);
          continue;
        }
        const keys = new Set(target.map((t) => JSON.stringify(fk.reference.fields.map((k) => t[k]))));
        for (const rec of tables.get(r.name) ?? []) {
          const key = JSON.stringify(fk.fields.map((k) => rec[k]));
          if (fk.fields.every((k) => rec[k]) && !keys.has(key)) problems.push(`${r.path}: ${key} not in ${fk.reference.resource}`);
        }
      }
    }
    expect(problems.slice(0, 30)).toEqual([]);
  });

  it('the status CSVs have a row for every country and treaty', () => {
    for (const file of files.filter((f) => f.startsWith('status-'))) {
      const rows = parse(readFileSync(join(DATA, file), 'utf8')) as string[][];
      const countries = new Set(rows.slice(1).map((r) => r[1]));
      expect(countries.size, file).toBe(12);
      expect(existsSync(join(DATA, file))).toBe(true);
    }
  });
});
