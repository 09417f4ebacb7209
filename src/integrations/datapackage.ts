/**
 * Writes dist/data/datapackage.json after the build, from the CSV and JSON files actually built
 * under dist/data/ (see src/lib/datapackage.ts).
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import { dataPackage, type BuiltFile } from '../lib/datapackage.ts';

/** The header of a CSV text (RFC 4180 quoting). */
export function csvHeader(text: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') cells.push(cell), (cell = '');
    else if (ch === '\r' || ch === '\n') break;
    else cell += ch;
  }
  cells.push(cell);
  return cells;
}

export function builtDataFiles(dataDir: string): BuiltFile[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir)
      .sort()
      .flatMap((name) => {
        const full = join(dir, name);
        return statSync(full).isDirectory() ? walk(full) : /\.(csv|json)$/.test(name) && name !== 'datapackage.json' ? [full] : [];
      });
  return walk(dataDir).map((full) => {
    const path = relative(dataDir, full).split('\\').join('/');
    const text = readFileSync(full, 'utf8');
    return { path, bytes: statSync(full).size, ...(path.endsWith('.csv') ? { header: csvHeader(text) } : {}) };
  });
}

export function datapackageIntegration(options: { site: string | undefined; title: string; updated: () => string | undefined }): AstroIntegration {
  return {
    name: 'cis-datapackage',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dataDir = join(fileURLToPath(dir), 'data');
        const files = builtDataFiles(dataDir);
        const pkg = dataPackage(files, { site: options.site, title: options.title, updated: options.updated() });
        writeFileSync(join(dataDir, 'datapackage.json'), JSON.stringify(pkg, null, 1) + '\n');
        logger.info(`data/datapackage.json written (${files.length} resources).`);
      },
    },
  };
}
