/**
 * A small model for view tests: a few entries passed through the real schemas and buildModel,
 * so a view is tested on exactly what the pages give it, without reading content/.
 */
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

export function smallModel(parts: Partial<RawContent>): Model {
  return buildModel({
    sources: [], countries: [], treaties: [], ratifications: [], poaParagraphs: [], poaHeadings: [], poaFootnotes: [],
    annexOne: undefined, annexTwo: undefined, categories: [], conclusions: [], documents: [], laws: [], lawCoverage: [],
    assertions: [], organizations: [], memberships: [], statistics: [],
    ...parts,
  });
}
