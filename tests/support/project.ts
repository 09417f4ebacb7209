/**
 * A throw-away copy of the project with fixture content, for tests that run Astro itself
 * (`astro dev`, `astro build`) rather than read the built dist/. The copy shares node_modules
 * (symlinked) and runs Astro under the same Node as the tests.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = process.cwd();

/** The environment without the test runner's variables (VITEST, NODE_ENV=test…), which change how Astro and Vite behave. */
function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(VITEST|VITE_|TEST$|NODE_ENV$|MODE$)/.test(k)) env[k] = v;
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

/** A project copy whose content/ is the valid fixture tree plus `files` (path under content/ -> text). */
export function fixtureProject(files: Record<string, string>): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'astro-fixture-'));
  for (const name of ['package.json', 'tsconfig.json', 'astro.config.mjs', 'src', 'public']) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/content-valid'), join(dir, 'content'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, 'content', path, '..'), { recursive: true });
    writeFileSync(join(dir, 'content', path), text);
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs `astro <args>` in `dir` to completion. */
export function runAstro(dir: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [ASTRO, ...args], { cwd: dir, encoding: 'utf8', env: cleanEnv(env), timeout: 600_000 });
}

/** A free TCP port on 127.0.0.1, chosen by the system. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Starts `astro dev` on 127.0.0.1:port; resolves once it serves, with its output so far. */
export async function startDev(dir: string, port: number): Promise<{ child: ChildProcess; output: () => string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, [ASTRO, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: dir,
    env: cleanEnv({ FORCE_COLOR: '0', NO_COLOR: '1' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro dev exited early:\n${out}`);
    // The port answers before Astro's routes are attached: wait for its "ready" line too.
    if (/ready in \d+/.test(out)) {
      try {
        await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(30_000) });
        return { child, output: () => out, stop };
      } catch {
        // not serving yet
      }
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  await stop();
  throw new Error(`astro dev did not start:\n${out}`);
}
