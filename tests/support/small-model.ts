/**
 * A small model for view tests: a few entries passed through the real schemas and buildModel,
 * so a view is tested on exactly what the pages give it. Only the editorial data (the PoA
 * paragraphs of each legislation topic, the snapshot dates) and the Programme of Action's source
 * entry, whose date is the Conference's, are read from content/, as the site reads them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { lawTopicSchema, snapshotSchema } from '../../src/schemas/editorial.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { buildModel, type Model, type RawContent } from '../../src/lib/model.ts';
import { countrySchema, type Country } from '../../src/schemas/country.ts';
import { lawSchema, type Law } from '../../src/schemas/law.ts';
import { lawCoverageSchema, type LawCoverage } from '../../src/schemas/law-coverage.ts';
import { treatySchema, type Treaty } from '../../src/schemas/treaty.ts';

const cite = [{ source: 'web-test', locator: 'page 1' }];

export const country = (data: Partial<Country> & { id: Country['id'] }): Country =>
  countrySchema.parse({ slug: data.id.toLowerCase(), name: data.id, region: 'central-asia', ...data });

export const law = (data: Partial<Law> & { id: string }): Law =>
  lawSchema.parse({ country: data.id.slice(0, 3).toUpperCase(), title: 'Law', kind: 'law', status: 'unknown', topics: [], summary: 'Summary.', sources: cite, verified: '2026-11-29', ...data });

export const treaty = (data: Partial<Treaty> & { id: string }): Treaty =>
  treatySchema.parse({ shortName: data.id, title: data.id, family: 'refugees', summary: 'Summary.', sources: cite, ...data });

export const coverage = (data: unknown): LawCoverage => lawCoverageSchema.parse(data);

const CONTENT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'content');
const readDir = (dir: string) => readdirSync(join(CONTENT, dir)).filter((f) => f.endsWith('.yaml')).sort().map((f): unknown => parse(readFileSync(join(CONTENT, dir, f), 'utf8')));

export function smallModel(parts: Partial<RawContent>): Model {
  return buildModel({
    lawTopics: readDir('editorial/law-topics').map((d) => lawTopicSchema.parse(d)),
    snapshots: readDir('editorial/snapshots').map((d) => snapshotSchema.parse(d)),
    sources: [sourceSchema.parse(parse(readFileSync(join(CONTENT, 'sources/seed-1996-poa.yaml'), 'utf8')))], countries: [], treaties: [], ratifications: [], poaParagraphs: [], poaHeadings: [], poaFootnotes: [],
    annexOne: undefined, annexTwo: undefined, categories: [], conclusions: [], documents: [], laws: [], lawCoverage: [],
    assertions: [], organizations: [], memberships: [], statistics: [],
    ...parts,
  });
}
