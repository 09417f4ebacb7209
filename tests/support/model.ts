/** The real content of the repository as a Model, built outside Astro for unit tests of views. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../../src/lib/content/check.ts';
import { buildModel, type Model, type RawContent } from '../../src/lib/model.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The checked content files (collection name -> entries) and the Model built from them. */
export function realContent(): { data: Record<string, unknown[]>; model: Model } {
  const { data } = checkContent({ root: ROOT });
  const of = <T,>(name: string) => (data[name] ?? []) as T[];
  const raw: RawContent = {
    sources: of('sources'), countries: of('countries'), treaties: of('treaties'), ratifications: of('ratifications'),
    poaParagraphs: of('poaParagraphs'),
    poaHeadings: of<{ headings: RawContent['poaHeadings'] }>('poaStructure')[0]?.headings ?? [],
    poaFootnotes: of<{ footnotes: RawContent['poaFootnotes'] }>('poaFootnotes')[0]?.footnotes ?? [],
    annexOne: of<RawContent['annexOne']>('poaAnnexOne')[0], annexTwo: of<RawContent['annexTwo']>('poaAnnexTwo')[0],
    categories: of('categories'), conclusions: of('conclusions'), documents: of('documents'), laws: of('laws'),
    lawCoverage: of('lawCoverage'), assertions: of('assertions'), organizations: of('organizations'),
    memberships: of('memberships'), statistics: of('statistics'),
    lawTopics: of('lawTopics'), snapshots: of('snapshots'),
  };
  return { data, model: buildModel(raw) };
}

export function realModel(): Model {
  return realContent().model;
}
