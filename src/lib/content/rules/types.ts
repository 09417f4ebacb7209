/**
 * The shape of a content rule. Every message the content check prints comes from a rule in
 * ./index.ts (the registry); CONTRIBUTING.md's table of messages is generated from the registry
 * (`npm run schemas`; a unit test fails when it is stale), and tests/unit/content-rules.test.ts runs each rule's fixtures and
 * locks the wording.
 *
 * Rules come in three kinds, by when they run:
 * - `reading`: applied while files are read (YAML syntax, file placement, schemas); the reader
 *   calls the message builders the rule module exports;
 * - `scalar`: applied to every single YAML value before the schemas see the parsed data;
 * - `entries`: applied to all validated entries together (references, completeness, seed text).
 */
import type { Document, LineCounter } from 'yaml';
import type { PathSegment, Problem } from '../problem.ts';

/** One message of a rule, as the content check prints it and as CONTRIBUTING.md lists it. */
export interface RuleMessage {
  /** A literal part of the printed message (tests check that the rule's fixtures print it). */
  says: string;
  /** What the editor should do. */
  fix: string;
}

interface RuleBase {
  /** Stable kebab-case id. */
  id: string;
  /** One sentence: what the rule guards. */
  summary: string;
  messages: readonly RuleMessage[];
  /**
   * Cases under tests/fixtures/content-broken/ that break this rule (and nothing else). A rule
   * whose inputs cannot be committed as files names the test that generates them instead.
   */
  fixtures: readonly string[];
  testedIn?: string;
}

export interface ReadingRule extends RuleBase {
  kind: 'reading';
}

/** A YAML scalar as the scalar rules see it. */
export interface ScalarInput {
  value: unknown;
  /** True for a plain (unquoted) scalar. */
  plain: boolean;
  /** Name of the nearest enclosing key ("" at the top of the file). */
  key: string;
}

export interface ScalarRule extends RuleBase {
  kind: 'scalar';
  /** The message for this value, or undefined when it is fine. */
  check(input: ScalarInput): string | undefined;
}

export interface ParsedFile {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
  data: unknown;
}

/** One validated entry with where it came from, for the rules over entries. */
export interface Entry {
  collection: string;
  file: ParsedFile;
  /** Path of the entry inside its file (non-empty for list files). */
  base: PathSegment[];
  data: Record<string, unknown>;
  /** True when the entry failed its schema: its raw data still goes through the rules over entries. */
  partial?: boolean;
}

/** Reports a problem at a path of a parsed file (or at the top of a file given by its path). */
export type Report = (parsed: ParsedFile | string, path: readonly PathSegment[], message: string, key?: string) => void;

export interface EntriesContext {
  entries: readonly Entry[];
  /** Entries of one collection (those that failed their schema included, marked partial). */
  of(collection: string): Entry[];
  /** Ids of entries that exist but failed to parse or validate (already reported). */
  brokenIds(collection: string): Set<string>;
  /** Ids of a collection, including those of entries that failed their schema. */
  ids(collection: string, field?: string): Set<string>;
  /** Source entries by id. */
  sources: Map<string, Record<string, unknown>>;
  /** Lines of the seed file of a seed source (line 1 is index 0), or undefined when it has none. */
  seedLines(sourceId: string): string[] | undefined;
  report: Report;
  /** Reports a problem at a given position of any file (a line of a seed text, for instance). */
  problem(p: Problem): void;
  /** Absolute path of the content folder. */
  contentDir: string;
  /** A path inside the content folder, as reported (relative to the project root). */
  contentPath(path: string): string;
  /** Reads and parses a YAML file under the project root through the same guards as the content. */
  parseFile(full: string): ParsedFile | undefined;
  /** Runs one file's checks so that nothing in it can stop the checks of the others. */
  guardFile(file: string, run: () => void): void;
  /** Project-relative path of an absolute path. */
  rel(full: string): string;
  /** The registry of published addresses to hold the content to, or false. */
  registryFile: string | false;
}

export interface EntriesRule extends RuleBase {
  kind: 'entries';
  check(ctx: EntriesContext): void;
}

export type Rule = ReadingRule | ScalarRule | EntriesRule;
