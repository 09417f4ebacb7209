/**
 * The content rules inside Astro, so that `astro dev`, `astro build` and `npm run build` enforce
 * them alike:
 *
 * - at config time the content check runs over content/: a problem stops `astro build`; in
 *   `astro dev` every problem is printed and shown in the browser's error overlay with its
 *   file:line:col, and the check runs again whenever a content file changes;
 * - a Vite `load` hook (which runs before any plugin compiles a file, the MDX compiler included)
 *   refuses any content MDX with import/export, {expressions}, components or raw HTML, so no
 *   code from content is ever compiled, let alone run;
 * - `astro:build:start` empties the output folder, and `astro:build:done` writes the search index
 *   (Pagefind), `_headers`, and the redirects of renamed addresses, so `astro build` alone
 *   produces the whole site.
 */
import { readFileSync, rmSync, writeFileSync, mkdirSync, readdirSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Plugin, ViteDevServer } from 'vite';
import { checkContent, formatProblem, type Problem } from '../lib/content/check.ts';
import { checkMdxSafety } from '../lib/content/mdx-safety.ts';
import { buildHeadersFile } from '../lib/headers.ts';
import { redirectFiles } from '../lib/registry.ts';

export interface ContentRulesOptions {
  /** Content folder relative to the project root (tests point it at fixtures). Default "content". */
  contentDir?: string;
  /** Build the Pagefind index in astro:build:done (default true). */
  searchIndex?: boolean;
}

function runCheck(root: string, contentDir: string): Problem[] {
  try {
    return checkContent({ root, contentDir }).problems;
  } catch (error) {
    // The check guards every file; this is the last line of defence, still without a stack trace.
    return [{ file: contentDir, line: 1, col: 1, field: '', message: `the content check failed: ${(error as Error).message}` }];
  }
}

/** An error Vite shows in its overlay and Astro prints with the file position. */
function overlayError(problems: readonly Problem[], root: string): Error & { loc?: unknown; id?: string; plugin?: string } {
  const first = problems[0]!;
  const error = new Error(
    `Content check: ${problems.length} problem(s)\n${problems.map(formatProblem).join('\n')}\n\nFix them in the files named above; docs/content-model.md and CONTRIBUTING.md explain each field.`,
  ) as Error & { loc?: unknown; id?: string; plugin?: string; hint?: string };
  error.name = 'ContentError';
  error.id = join(root, first.file);
  error.loc = { file: join(root, first.file), line: first.line, column: first.col };
  error.plugin = 'content-rules';
  // No stack: the message says everything an editor needs.
  error.stack = `${error.name}: ${error.message}`;
  return error;
}

/** Refuses unsafe content MDX before it is compiled (see the module comment). */
function mdxGuard(root: string): Plugin {
  return {
    name: 'content-rules:mdx-guard',
    enforce: 'pre',
    load(id) {
      const path = id.split('?')[0]!;
      if (!/\.mdx$/i.test(path) || path.startsWith('\0')) return null;
      const file = existsSync(path) ? path : join(root, path);
      if (!existsSync(file)) return null;
      const rel = relative(root, file).split('\\').join('/');
      // Every MDX file is checked, not only those under content/: none of ours needs code.
      const problems = checkMdxSafety(rel, readFileSync(file, 'utf8'));
      if (problems.length > 0) throw overlayError(problems, root);
      return null;
    },
  };
}

/** In `astro dev`: re-check on every content change and show the problems in the overlay. */
function devCheck(root: string, contentDir: string, logger: AstroIntegrationLogger): Plugin {
  const contentRoot = join(root, contentDir);
  let latest: Problem[] = [];
  let timer: NodeJS.Timeout | undefined;
  return {
    name: 'content-rules:dev-check',
    apply: 'serve',
    configureServer(server: ViteDevServer) {
      const send = () => {
        if (latest.length > 0) {
          const err = overlayError(latest, root);
          const loc = err.loc as { file: string; line: number; column: number };
          server.ws.send({ type: 'error', err: { message: err.message, stack: '', ...(err.id ? { id: err.id } : {}), plugin: 'content-rules', loc } });
        }
      };
      const recheck = () => {
        latest = runCheck(root, contentDir);
        for (const p of latest) logger.error(formatProblem(p));
        if (latest.length === 0) logger.info('content check passed');
        send();
      };
      latest = runCheck(root, contentDir);
      server.ws.on('connection', send);
      server.watcher.add(contentRoot);
      server.watcher.on('all', (_event, path) => {
        if (!path.startsWith(contentRoot)) return;
        clearTimeout(timer);
        timer = setTimeout(recheck, 150);
      });
    },
  };
}

function htmlPages(dir: string): { path: string; html: string }[] {
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((name) => {
      const full = join(d, name);
      if (name === 'pagefind' || name === '_astro') return [];
      return statSync(full).isDirectory() ? walk(full) : full.endsWith('.html') ? [full] : [];
    });
  return walk(dir).map((file) => {
    const rel = relative(dir, file).split('\\').join('/');
    const path = rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
    return { path, html: readFileSync(file, 'utf8') };
  });
}

export default function contentRules(options: ContentRulesOptions = {}): AstroIntegration {
  const contentDir = options.contentDir ?? 'content';
  let root = process.cwd();
  let outDir = '';
  return {
    name: 'content-rules',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        root = fileURLToPath(config.root);
        const plugins: Plugin[] = [mdxGuard(root)];
        if (command === 'dev') plugins.push(devCheck(root, contentDir, logger));
        updateConfig({ vite: { plugins } });
        if (command === 'build' || command === 'dev') {
          // Astro caches parsed entries by file digest and does not notice a change to the
          // schemas in src/schemas/: an entry cached under an older schema would miss its new
          // fields (and defaults). Every build and dev start re-reads the content instead.
          rmSync(new URL('data-store.json', config.cacheDir), { force: true });
          const problems = runCheck(root, contentDir);
          for (const p of problems) logger.error(formatProblem(p));
          if (problems.length > 0 && command === 'build') throw overlayError(problems, root);
          if (problems.length === 0) logger.info('content check passed');
        }
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        // Nothing from an earlier build (a stale page, an old index) survives into this one.
        rmSync(outDir, { recursive: true, force: true });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        // Redirect pages first: they are pages too, and get headers.
        const redirects = redirectFiles(root, contentDir);
        for (const file of redirects.files) {
          const target = join(out, file.path);
          if (existsSync(target)) throw new Error(`redirect ${file.from} would overwrite a built page (${file.path}): the address is still in use, remove the redirect from content/redirects.yaml`);
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, file.html);
        }
        if (redirects.files.length > 0) {
          writeFileSync(join(out, '_redirects'), redirects.redirectsText);
          logger.info(`${redirects.files.length} redirect(s) written (_redirects and HTML pages).`);
        }
        writeFileSync(join(out, '_headers'), buildHeadersFile(htmlPages(out)));
        logger.info('_headers written (one policy per page).');
        if (options.searchIndex !== false) {
          const pagefind = await import('pagefind');
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: out });
          if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          await pagefind.close();
          logger.info(`search index: ${added.page_count} pages indexed into pagefind/.`);
        }
      },
    },
  };
}
