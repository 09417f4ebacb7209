// `npm run bench`: measures, on this machine, what the issues set as targets. Prints a report
// and writes bench-results/ (JSON summary, Lighthouse reports). Not a test: nothing here fails
// the build; the figures are quoted in the closing notes.
//   1. production build (with the search index): wall time and peak memory, for the real content
//      and for the content multiplied tenfold by a generator of synthetic treaties, records and acts;
//   2. per page template: HTML, CSS and JS bytes, raw and gzip;
//   3. search: index size, and in headless Chromium the time and bytes from typing a query to the
//      first rendered result, cold and warm;
//   4. Lighthouse (performance, accessibility, best practices, SEO) per template (skip with --no-lighthouse).
// `npm run bench -- --test-suite [REV …]` measures instead the test suite as CI runs it: a fresh
// clone of each revision (default HEAD), `CI=true bash .ci/run`, wall time in all and per npm script.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createInterface } from 'node:readline';
import { parse, stringify as yamlStringify } from 'yaml';

// Quote every string so dates stay strings, as the content check requires.
const stringify = (value: unknown) => yamlStringify(value, { defaultStringType: 'QUOTE_SINGLE', defaultKeyType: 'PLAIN' });

const ROOT = process.cwd();
const OUT = join(ROOT, 'bench-results');
const args = new Set(process.argv.slice(2));
mkdirSync(OUT, { recursive: true });
const summary: Record<string, unknown> = { machine: { node: process.version, date: new Date().toISOString() } };

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Runs `npm run build` in `dir` under /usr/bin/time; returns wall seconds and peak RSS. */
function timedBuild(dir: string): { seconds: number; peakMB: number; pages: number } {
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', 'PEAK_KB=%M', 'npm', 'run', 'build'], { cwd: dir, encoding: 'utf8', env: process.env });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`build failed in ${dir}:\n${result.stdout}\n${result.stderr}`);
  const peakKb = Number(/PEAK_KB=(\d+)/.exec(result.stderr)?.[1] ?? 0);
  const pages = Number(/(\d+) page\(s\) built/.exec(result.stdout)?.[1] ?? 0);
  return { seconds, peakMB: peakKb / 1024, pages };
}

/** A copy of the project whose content is multiplied by `factor` with synthetic treaties, records and laws. */
function syntheticCopy(factor: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  for (const name of ['package.json', 'tsconfig.json', 'astro.config.mjs', 'src', 'content', 'public', 'scripts']) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  const treaties = readdirSync(join(ROOT, 'content/treaties'));
  const laws = readdirSync(join(ROOT, 'content/laws'));
  for (let copy = 1; copy < factor; copy++) {
    for (const file of treaties) {
      const id = file.replace(/\.yaml$/, '');
      const treaty = parse(readFileSync(join(ROOT, 'content/treaties', file), 'utf8'));
      writeFileSync(join(dir, 'content/treaties', `${id}-synthetic-${copy}.yaml`), stringify({ ...treaty, id: `${id}-synthetic-${copy}`, shortName: `${treaty.shortName} (synthetic ${copy})` }));
      const records = parse(readFileSync(join(ROOT, 'content/ratifications', file), 'utf8'));
      writeFileSync(join(dir, 'content/ratifications', `${id}-synthetic-${copy}.yaml`), stringify({ ...records, treaty: `${id}-synthetic-${copy}` }));
    }
    for (const file of laws) {
      const law = parse(readFileSync(join(ROOT, 'content/laws', file), 'utf8'));
      const id = `${law.id}-synthetic-${copy}`;
      const rename = (ids: string[]) => ids.map((x) => `${x}-synthetic-${copy}`);
      writeFileSync(join(dir, 'content/laws', `${id}.yaml`), stringify({ ...law, id, replaces: rename(law.replaces ?? []), replacedBy: rename(law.replacedBy ?? []), amends: rename(law.amends ?? []) }));
    }
  }
  return dir;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

const TEMPLATES: Record<string, string> = {
  home: '/',
  'poa (whole)': '/poa/',
  'poa paragraph': '/poa/13/',
  conclusions: '/conclusions/2004/',
  country: '/countries/kazakhstan/',
  treaty: '/treaties/refugee-convention-1951/',
  law: '/laws/kaz-1997-law-population-migration/',
  matrix: '/matrix/',
  'matrix snapshot': '/matrix/2000/',
  'legislation matrix': '/matrix/legislation/',
  'gap brief': '/countries/kazakhstan/gaps/',
  'poa tracker': '/poa/47/',
  'source document': '/sources/seed-2000-assessment/',
  search: '/search/',
};

function pageWeights(): Record<string, Record<string, number>> {
  const weights: Record<string, Record<string, number>> = {};
  for (const [name, url] of Object.entries(TEMPLATES)) {
    const html = readFileSync(join(ROOT, 'dist', url, 'index.html'));
    const text = html.toString('utf8');
    const assets = (attr: RegExp) => [...text.matchAll(attr)].map((m) => readFileSync(join(ROOT, 'dist', m[1]!)));
    const css = assets(/<link rel="stylesheet" href="([^"]+)"/g);
    const js = assets(/<script type="module" src="([^"]+)"/g);
    const inlineJs = [...text.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => Buffer.from(m[1]!));
    // Follow static imports of the page scripts (the matrix bundle imports shared chunks).
    const seen = new Set<string>();
    const follow = (buf: Buffer): Buffer[] =>
      [...buf.toString('utf8').matchAll(/(?:import|from)\s*["']\.?\/?([^"']+\.js)["']/g)].flatMap((m) => {
        const path = join(ROOT, 'dist/_astro', m[1]!.replace(/^_astro\//, ''));
        if (seen.has(path) || !existsSync(path)) return [];
        seen.add(path);
        const chunk = readFileSync(path);
        return [chunk, ...follow(chunk)];
      });
    const allJs: Buffer[] = [...js, ...inlineJs];
    allJs.push(...allJs.flatMap(follow));
    const sum = (bufs: Buffer[]) => bufs.reduce((n, b) => n + b.length, 0);
    const gz = (bufs: Buffer[]) => bufs.reduce((n, b) => n + gzipSync(b).length, 0);
    weights[name] = {
      htmlRaw: html.length,
      htmlGzip: gzipSync(html).length,
      cssRaw: sum(css),
      cssGzip: gz(css),
      jsRaw: sum(allJs),
      jsGzip: gz(allJs),
      totalGzip: gzipSync(html).length + gz(css) + gz(allJs),
    };
  }
  return weights;
}

async function searchBenchmark(): Promise<Record<string, unknown>> {
  const { launchBrowser } = await import('../tests/support/browser.ts');
  const { startServer } = await import('../tests/support/server.ts');
  const index = filesUnder(join(ROOT, 'dist/pagefind'));
  const indexBytes = index.reduce((n, f) => n + statSync(f).size, 0);
  const server = await startServer();
  const browser = await launchBrowser();
  const results: Record<string, unknown> = { indexFiles: index.length, indexBytes };
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    let bytes = 0;
    page.on('response', async (response) => {
      try {
        bytes += (await response.body()).length;
      } catch {
        // redirects have no body
      }
    });
    // Cold: a fresh page, the first query loads Pagefind, its WebAssembly and index chunks.
    await page.goto(`${server.origin}/search/`);
    await page.waitForSelector('#search-form:not([hidden])');
    bytes = 0;
    let started = Date.now();
    await page.fill('#search-input', 'non-refoulement');
    await page.waitForSelector('#search-results li a');
    results['cold'] = { ms: Date.now() - started, bytesFetched: bytes };
    // Warm: a second query on the same page, with Pagefind already running.
    bytes = 0;
    started = Date.now();
    await page.fill('#search-input', 'tripartite commissions');
    await page.waitForFunction(() => document.querySelector('#search-results li a')?.getAttribute('href') === '/poa/71/');
    results['warm'] = { ms: Date.now() - started, bytesFetched: bytes };
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}

/**
 * Matrix re-render: on the built /matrix/ page in headless Chromium, the time from a form change
 * (filter, date, date + comparison) to the end of the synchronous render plus a forced layout,
 * measured in the page with performance.now(); the data is loaded first, as after a person's first
 * change. 20 runs per kind of change; median and worst.
 */
async function matrixRenderBenchmark(): Promise<Record<string, { medianMs: number; maxMs: number; runs: number }>> {
  const { launchBrowser } = await import('../tests/support/browser.ts');
  const { startServer } = await import('../tests/support/server.ts');
  const server = await startServer();
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.origin}/matrix/`);
    await page.waitForSelector('#matrix-controls:not([hidden])');
    await page.fill('#matrix-date', '2000-01-01');
    await page.waitForSelector('#treaty-matrix[data-at="2000-01-01"]');
    return await page.evaluate(() => {
      const form = document.querySelector<HTMLFormElement>('#matrix-controls')!;
      const set = (name: string, value: string) => {
        const el = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
        el.value = value;
        el.dispatchEvent(new Event('change', { bubbles: true }));
      };
      const time = (change: (i: number) => void) => {
        const runs: number[] = [];
        for (let i = 0; i < 20; i++) {
          const t0 = performance.now();
          change(i);
          void document.body.offsetHeight; // include style and layout
          runs.push(performance.now() - t0);
        }
        runs.sort((a, b) => a - b);
        return { medianMs: Number(runs[10]!.toFixed(2)), maxMs: Number(runs[19]!.toFixed(2)), runs: runs.length };
      };
      const families = ['refugees', 'regional', 'human-rights', ''];
      const regions = ['central-asia', 'western-cis', ''];
      return {
        family: time((i) => set('family', families[i % families.length]!)),
        region: time((i) => set('region', regions[i % regions.length]!)),
        date: time((i) => set('at', `${1992 + i}-06-30`)),
        'date with comparison': time((i) => {
          (form.elements.namedItem('compare') as HTMLInputElement).value = '1995-01-01';
          set('at', `${1996 + i}-12-31`);
        }),
      };
    });
  } finally {
    await browser.close();
    await server.close();
  }
}

function spawnAsync(command: string, commandArgs: string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stderr });
    });
  });
}

async function runLighthouse(): Promise<Record<string, Record<string, number>>> {
  const { startServer } = await import('../tests/support/server.ts');
  const { chromiumPath } = await import('../tests/support/browser.ts');
  const server = await startServer();
  const chrome = await chromiumPath();
  const scores: Record<string, Record<string, number>> = {};
  try {
    for (const [name, url] of Object.entries(TEMPLATES)) {
      const file = join(OUT, `lighthouse-${name.replace(/[^a-z]+/g, '-')}.json`);
      // Asynchronous: the static server runs in this process and must keep answering.
      const run = await spawnAsync(
        'npx',
        ['--yes', 'lighthouse@13', `${server.origin}${url}`, '--quiet', '--output=json', `--output-path=${file}`, '--only-categories=performance,accessibility,best-practices,seo', '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync'],
        { ...process.env, CHROME_PATH: chrome },
      );
      if (run.status !== 0 || !existsSync(file)) {
        scores[name] = {};
        console.log(`  lighthouse ${name}: failed (${(run.stderr || '').split('\n').slice(-3).join(' ')})`);
        continue;
      }
      const report = JSON.parse(readFileSync(file, 'utf8')) as { categories: Record<string, { score: number }> };
      scores[name] = Object.fromEntries(Object.entries(report.categories).map(([k, v]) => [k, Math.round(v.score * 100)]));
      console.log(`  lighthouse ${name}: ${JSON.stringify(scores[name])}`);
    }
  } finally {
    await server.close();
  }
  return scores;
}

/**
 * `.ci/run` on a fresh clone of `rev`, as CI runs it: the wall time in all and per npm script (from
 * one "> package@version script" line of npm to the next), and whether it passed.
 */
async function timedTestSuite(rev: string): Promise<{ rev: string; seconds: number; passed: boolean; phases: Record<string, number> }> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-tests-'));
  try {
    spawnSync('git', ['clone', '--quiet', ROOT, dir], { stdio: 'inherit' });
    const checkout = spawnSync('git', ['-C', dir, 'checkout', '--quiet', rev], { encoding: 'utf8' });
    if (checkout.status !== 0) throw new Error(`cannot check out ${rev}: ${checkout.stderr}`);
    const started = performance.now();
    const phases: Record<string, number> = {};
    let current = 'install';
    let since = 0;
    const child = spawn('bash', ['.ci/run'], { cwd: dir, env: { ...process.env, CI: 'true', npm_config_loglevel: 'notice' }, stdio: ['ignore', 'pipe', 'pipe'] });
    // npm prints a "> package@version script" banner per script (on either stream; not when silenced,
    // hence the log level above, which `npm run -s bench` would otherwise pass down).
    const onLine = (line: string) => {
      const script = /^> [^@\s]+@\S+ (\S+)$/.exec(line)?.[1];
      if (!script) return;
      const at = (performance.now() - started) / 1000;
      phases[current] = (phases[current] ?? 0) + at - since;
      current = script;
      since = at;
    };
    createInterface({ input: child.stdout }).on('line', onLine);
    createInterface({ input: child.stderr }).on('line', onLine);
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const seconds = (performance.now() - started) / 1000;
    phases[current] = (phases[current] ?? 0) + seconds - since;
    return { rev, seconds, passed: status === 0, phases };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (args.has('--test-suite')) {
  const revs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const results = [];
  for (const rev of revs.length > 0 ? revs : ['HEAD']) {
    const r = await timedTestSuite(rev);
    results.push(r);
    const phases = Object.entries(r.phases).map(([name, s]) => `${name} ${s.toFixed(0)} s`).join(', ');
    console.log(`${rev}: ${r.passed ? 'passed' : 'FAILED'} in ${Math.floor(r.seconds / 60)} min ${Math.round(r.seconds % 60)} s (${phases})`);
  }
  writeFileSync(join(OUT, 'test-suite.json'), JSON.stringify(results, null, 2));
  process.exit(0);
}

if (args.has('--matrix-only')) {
  // npm run bench -- --matrix-only: the re-render figures alone, on the dist/ already built.
  const figures = await matrixRenderBenchmark();
  for (const [kind, f] of Object.entries(figures)) console.log(`   matrix re-render, ${kind.padEnd(22)} median ${f.medianMs} ms, worst ${f.maxMs} ms (${f.runs} runs; budget 50 ms)`);
  process.exit(0);
}

console.log('1. Production build with search index');
const real = timedBuild(ROOT);
console.log(`   real content: ${real.pages} pages, ${real.seconds.toFixed(1)} s, peak ${real.peakMB.toFixed(0)} MB`);
const weights = pageWeights();
const searchFigures = await searchBenchmark();
let tenfold: ReturnType<typeof timedBuild> | undefined;
if (!args.has('--no-tenfold')) {
  const dir = syntheticCopy(10);
  try {
    tenfold = timedBuild(dir);
    console.log(`   content ×10 (synthetic treaties, records, laws): ${tenfold.pages} pages, ${tenfold.seconds.toFixed(1)} s, peak ${tenfold.peakMB.toFixed(0)} MB`);
    console.log(`   growth: pages ×${(tenfold.pages / real.pages).toFixed(1)}, time ×${(tenfold.seconds / real.seconds).toFixed(1)}, memory ×${(tenfold.peakMB / real.peakMB).toFixed(1)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
summary['build'] = { real, tenfold };

console.log('\n2. Page weight per template (gzip; budgets: 0 JS without interaction, matrix JS < 30 KB, page < 100 KB)');
for (const [name, w] of Object.entries(weights)) {
  console.log(`   ${name.padEnd(20)} HTML ${kb(w['htmlRaw']!)} (${kb(w['htmlGzip']!)} gz)  CSS ${kb(w['cssRaw']!)} (${kb(w['cssGzip']!)} gz)  JS ${kb(w['jsRaw']!)} (${kb(w['jsGzip']!)} gz)  total ${kb(w['totalGzip']!)} gz`);
}
summary['weights'] = weights;

console.log('\n3. Search');
const s = searchFigures as { indexFiles: number; indexBytes: number; cold: { ms: number; bytesFetched: number }; warm: { ms: number; bytesFetched: number } };
console.log(`   index: ${s.indexFiles} files, ${kb(s.indexBytes)}`);
console.log(`   typing to first result, cold: ${s.cold.ms} ms, ${kb(s.cold.bytesFetched)} fetched; warm: ${s.warm.ms} ms, ${kb(s.warm.bytesFetched)} fetched`);
summary['search'] = searchFigures;

console.log('\n3b. Matrix re-render after a filter or date change (in the page, performance.now, incl. layout)');
const matrixFigures = await matrixRenderBenchmark();
for (const [kind, f] of Object.entries(matrixFigures)) console.log(`   ${kind.padEnd(22)} median ${f.medianMs} ms, worst ${f.maxMs} ms (${f.runs} runs; budget 50 ms)`);
summary['matrixRender'] = matrixFigures;

if (!args.has('--no-lighthouse')) {
  console.log('\n4. Lighthouse (reports in bench-results/)');
  summary['lighthouse'] = await runLighthouse();
}
writeFileSync(join(OUT, 'summary.json'), JSON.stringify(summary, null, 2));
console.log('\nSummary written to bench-results/summary.json');
