/**
 * The one list of content collections: where each lives under content/, its schema, and how a
 * file maps to entries. Both src/content.config.ts (Astro's loaders) and the content check
 * (scripts/check-content.ts) are built from this list, so they can never disagree.
 */
import type { z } from 'astro/zod';
import { assertionFileSchema } from '../../schemas/assertion.ts';
import { categorySchema } from '../../schemas/category.ts';
import { conclusionSchema } from '../../schemas/conclusion.ts';
import { countrySchema } from '../../schemas/country.ts';
import { lawTopicSchema, snapshotSchema } from '../../schemas/editorial.ts';
import { sourceDocumentSchema } from '../../schemas/document.ts';
import { lawCoverageSchema } from '../../schemas/law-coverage.ts';
import { lawSchema } from '../../schemas/law.ts';
import { membershipFileSchema, organizationSchema } from '../../schemas/organization.ts';
import {
  annexOneSchema,
  annexTwoSchema,
  poaFootnotesSchema,
  poaParagraphSchema,
  poaStructureSchema,
} from '../../schemas/poa.ts';
import { ratificationFileSchema } from '../../schemas/ratification.ts';
import { sourceSchema } from '../../schemas/source.ts';
import { statisticSchema } from '../../schemas/statistic.ts';
import { treatySchema } from '../../schemas/treaty.ts';

/**
 * How a file becomes entries:
 * - `entry`: a glob of files, each one object (one entry per file).
 * - `list`: a single file holding a YAML list of objects with `id`.
 * - `wrapped`: a single file whose whole content becomes one entry, under `key` when it is a list.
 */
export type CollectionSpec =
  | { name: string; shape: 'entry'; dir: string; schema: z.ZodType; idField?: string }
  | { name: string; shape: 'list'; file: string; schema: z.ZodType }
  | { name: string; shape: 'wrapped'; file: string; entryId: string; key?: string; schema: z.ZodType };

export const COLLECTIONS = [
  { name: 'sources', shape: 'entry', dir: 'sources', schema: sourceSchema, idField: 'id' },
  { name: 'countries', shape: 'entry', dir: 'countries', schema: countrySchema, idField: 'id' },
  { name: 'treaties', shape: 'entry', dir: 'treaties', schema: treatySchema, idField: 'id' },
  { name: 'ratifications', shape: 'entry', dir: 'ratifications', schema: ratificationFileSchema, idField: 'treaty' },
  { name: 'poaParagraphs', shape: 'entry', dir: 'poa/paragraphs', schema: poaParagraphSchema, idField: 'number' },
  { name: 'poaStructure', shape: 'wrapped', file: 'poa/structure.yaml', entryId: 'structure', key: 'headings', schema: poaStructureSchema },
  { name: 'poaFootnotes', shape: 'wrapped', file: 'poa/footnotes.yaml', entryId: 'footnotes', key: 'footnotes', schema: poaFootnotesSchema },
  { name: 'poaAnnexOne', shape: 'wrapped', file: 'poa/annex-1.yaml', entryId: 'annex-1', schema: annexOneSchema },
  { name: 'poaAnnexTwo', shape: 'wrapped', file: 'poa/annex-2.yaml', entryId: 'annex-2', schema: annexTwoSchema },
  { name: 'categories', shape: 'entry', dir: 'categories', schema: categorySchema, idField: 'id' },
  { name: 'conclusions', shape: 'list', file: 'conclusions-2004/conclusions.yaml', schema: conclusionSchema },
  { name: 'documents', shape: 'entry', dir: 'documents', schema: sourceDocumentSchema, idField: 'source' },
  { name: 'laws', shape: 'entry', dir: 'laws', schema: lawSchema, idField: 'id' },
  { name: 'lawCoverage', shape: 'entry', dir: 'law-coverage', schema: lawCoverageSchema, idField: 'country' },
  { name: 'assertions', shape: 'entry', dir: 'assertions', schema: assertionFileSchema, idField: 'document' },
  { name: 'organizations', shape: 'entry', dir: 'organizations', schema: organizationSchema, idField: 'id' },
  { name: 'memberships', shape: 'entry', dir: 'memberships', schema: membershipFileSchema, idField: 'organization' },
  { name: 'statistics', shape: 'entry', dir: 'statistics', schema: statisticSchema, idField: 'id' },
  // Editorial choices kept as data: the PoA paragraphs of each legislation topic, the matrices' dated views.
  { name: 'lawTopics', shape: 'entry', dir: 'editorial/law-topics', schema: lawTopicSchema, idField: 'id' },
  { name: 'snapshots', shape: 'entry', dir: 'editorial/snapshots', schema: snapshotSchema, idField: 'slug' },
] as const satisfies readonly CollectionSpec[];

export type CollectionName = (typeof COLLECTIONS)[number]['name'];
