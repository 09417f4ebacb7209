/** What the rules over entries share: lookups by collection and id, seed texts, the reporter. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSeed } from '../../fidelity.ts';
import type { Session } from '../read.ts';
import type { EntriesContext, Entry } from './types.ts';

export function entriesContext(s: Session, entries: Entry[], broken: Map<string, Set<string>>, registryFile: string | false): EntriesContext {
  const byCollection = new Map<string, Entry[]>();
  for (const e of entries) {
    if (!byCollection.has(e.collection)) byCollection.set(e.collection, []);
    byCollection.get(e.collection)!.push(e);
  }
  const of = (name: string) => byCollection.get(name) ?? [];
  const brokenIds = (name: string) => broken.get(name) ?? new Set<string>();
  const sources = new Map(of('sources').map((e) => [String(e.data['id']), e.data]));
  const seeds = new Map<string, string[] | undefined>();
  return {
    entries,
    of,
    brokenIds,
    ids: (name, field = 'id') => new Set([...of(name).map((e) => String(e.data[field])), ...brokenIds(name)]),
    sources,
    seedLines(sourceId) {
      if (!seeds.has(sourceId)) {
        const source = sources.get(sourceId);
        const file = source?.['kind'] === 'seed' ? join(s.contentDir, 'seeds', String(source['file'])) : undefined;
        seeds.set(sourceId, file && existsSync(file) ? splitSeed(readFileSync(file, 'utf8')) : undefined);
      }
      return seeds.get(sourceId);
    },
    report: s.report,
    problem: (p) => s.problems.push(p),
    contentDir: s.contentDir,
    contentPath: (path) => s.rel(join(s.contentDir, path)),
    parseFile: s.parseFile,
    guardFile: s.guardFile,
    rel: s.rel,
    registryFile,
  };
}

/** The value as a list (an entry that failed its schema may hold anything where a list belongs). */
export function list<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value.filter((v) => v !== null && v !== undefined) as T[]) : [];
}
