/**
 * The editorial data files (content/editorial/) pass their schemas and point at things that
 * exist: every legislation topic has its PoA paragraphs, snapshots name seed sources and
 * organizations with files, and each file is named by its id.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LAW_TOPICS } from '../../src/schemas/common.ts';
import { lawTopicSchema, snapshotSchema } from '../../src/schemas/editorial.ts';
import { sourceSchema } from '../../src/schemas/source.ts';

const CONTENT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'content');
const read = (path: string): unknown => parse(readFileSync(join(CONTENT, path), 'utf8'));
const files = (dir: string) => readdirSync(join(CONTENT, dir)).filter((f) => f.endsWith('.yaml')).sort();
const paragraphFile = (n: number) => `poa/paragraphs/para-${String(n).padStart(3, '0')}.yaml`;

describe('legislation topics', () => {
  const topics = files('editorial/law-topics').map((f) => ({ file: f, topic: lawTopicSchema.parse(read(`editorial/law-topics/${f}`)) }));
  it('every topic of the legislation matrix has one file, named by its id', () => {
    expect(topics.map((t) => t.topic.id).sort()).toEqual([...LAW_TOPICS].sort());
    for (const t of topics) expect(t.file).toBe(`${t.topic.id}.yaml`);
  });
  it('every paragraph named exists in the Programme of Action', () => {
    for (const { topic } of topics) for (const n of topic.poaParagraphs) expect(existsSync(join(CONTENT, paragraphFile(n))), `${topic.id}: paragraph ${n}`).toBe(true);
  });
  it('the schema refuses a topic it does not know and an empty list of paragraphs', () => {
    expect(lawTopicSchema.safeParse({ id: 'asylum', poaParagraphs: [43] }).success).toBe(false);
    expect(lawTopicSchema.safeParse({ id: 'trafficking', poaParagraphs: [] }).error?.issues[0]?.message).toBe('name at least one PoA paragraph (1-149)');
  });
});

describe('snapshots', () => {
  const snapshots = files('editorial/snapshots').map((f) => ({ file: f, snapshot: snapshotSchema.parse(read(`editorial/snapshots/${f}`)) }));
  it('there are the three document snapshots, each file named by its slug', () => {
    expect(snapshots.map((s) => s.snapshot.slug)).toEqual(['2000', '2004', '2011']);
    for (const s of snapshots) expect(s.file).toBe(`${s.snapshot.slug}.yaml`);
  });
  it('each snapshot compares the matrix with a seed document', () => {
    for (const { snapshot } of snapshots) expect(sourceSchema.parse(read(`sources/${snapshot.document}.yaml`)).kind, snapshot.slug).toBe('seed');
  });
  it('organizations shown at a snapshot have files', () => {
    for (const { snapshot } of snapshots) for (const id of snapshot.organizations ?? []) expect(existsSync(join(CONTENT, `organizations/${id}.yaml`)), `${snapshot.slug}: ${id}`).toBe(true);
  });
  it('the schema refuses a slug that is not a year', () => {
    const [first] = snapshots;
    expect(snapshotSchema.safeParse({ ...first?.snapshot, slug: 'minsk' }).error?.issues[0]?.message).toBe('must be the year of the document, e.g. "2004"');
  });
});
