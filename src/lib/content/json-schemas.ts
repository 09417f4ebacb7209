/**
 * JSON Schemas for editors, generated from the zod schemas (the single source of truth), so that
 * VS Code's YAML extension validates and autocompletes content files as they are typed.
 * `npm run schemas` writes them to docs/schemas/; a unit test fails when they are out of date.
 */
import { z } from 'astro/zod';
import { COLLECTIONS, type CollectionSpec } from './collections.ts';

/** The content glob each schema applies to, for .vscode/settings.json. */
export function schemaTargets(): { name: string; file: string; glob: string; schema: Record<string, unknown> }[] {
  return (COLLECTIONS as readonly CollectionSpec[]).map((spec) => {
    const glob = spec.shape === 'entry' ? `content/${spec.dir}/*.yaml` : `content/${spec.file}`;
    // List files hold an array of entries; wrapped files hold the list under `key` only for Astro.
    const base = z.toJSONSchema(spec.schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
    let schema: Record<string, unknown> = base;
    if (spec.shape === 'list') schema = { type: 'array', items: base };
    if (spec.shape === 'wrapped' && spec.key) {
      const properties = base['properties'] as Record<string, Record<string, unknown>> | undefined;
      schema = properties?.[spec.key] ?? base;
    }
    return {
      name: spec.name,
      file: `docs/schemas/${spec.name}.schema.json`,
      glob,
      schema: { $schema: 'https://json-schema.org/draft/2020-12/schema', title: `content: ${spec.name}`, ...schema },
    };
  });
}
