/**
 * The registry of content rules: every message the content check prints comes from one of these.
 * `npm run check:content`, the Astro integration (src/integrations/content-rules.ts) and the
 * table of messages in CONTRIBUTING.md all read this list. To add a rule: write a module here
 * exporting it with defineRule (id, summary, messages: what each says → its fix and the fixtures
 * printing it, check), add it below, add its
 * fixture case under tests/fixtures/content-broken/ with the expected lines in
 * tests/unit/content-rules.expected.ts, and run `npm run schemas` to regenerate the table.
 */
import { actBeforeAdoption, asOfEvidence, ratificationCoverage } from './ratifications.ts';
import { addresses } from './addresses.ts';
import { completeSets } from './complete-sets.ts';
import { documentBlocks } from './documents.ts';
import { duplicateId } from './duplicate-id.ts';
import { fileName, filePlacement, mdxPages } from './files.ts';
import { lawCoverage, lawReplacement, lawSeedClaims } from './laws.ts';
import { conclusionOrder, poaComplete, poaFootnotes, poaReferences } from './poa.ts';
import { rawInput } from './raw-input.ts';
import { references } from './references.ts';
import { placeholder, textLength, unquotedDate } from './scalar-values.ts';
import { schemaFields } from './schema.ts';
import { schemaCitations, schemaDates, schemaIds, schemaLaws, schemaPoaReferences, schemaRatifications } from './schema-refinements.ts';
import { seedFidelity } from './seed-fidelity.ts';
import { seedLines } from './seed-lines.ts';
import { yamlSyntax } from './yaml-syntax.ts';
import type { EntriesRule, Rule, ScalarRule } from './types.ts';

/** Applied to every YAML value, in this order. */
export const SCALAR_RULES: readonly ScalarRule[] = [textLength, placeholder, unquotedDate];

/** Applied to all entries once every file is read, in this order. */
export const ENTRIES_RULES: readonly EntriesRule[] = [
  addresses,
  duplicateId,
  references,
  seedLines,
  ratificationCoverage,
  asOfEvidence,
  actBeforeAdoption,
  poaFootnotes,
  poaComplete,
  poaReferences,
  conclusionOrder,
  lawReplacement,
  lawSeedClaims,
  lawCoverage,
  documentBlocks,
  completeSets,
  seedFidelity,
];

/** Every rule, in the order CONTRIBUTING.md lists them: as a file is read, then across entries. */
export const RULES: readonly Rule[] = [
  rawInput,
  yamlSyntax,
  filePlacement,
  fileName,
  mdxPages,
  ...SCALAR_RULES,
  schemaFields,
  schemaIds,
  schemaDates,
  schemaCitations,
  schemaRatifications,
  schemaLaws,
  schemaPoaReferences,
  ...ENTRIES_RULES,
];
