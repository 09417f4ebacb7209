/**
 * A static server for dist/ on 127.0.0.1 (a random free port), used by the browser tests. It
 * serves the built files exactly as a static host would, and can send the site's
 * Content-Security-Policy as an HTTP header (from dist/_headers) to test that case too.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { builtFileFor, DIST } from './dist.ts';
import { headersFor, parseHeadersFile, type HeaderRule } from '../../src/lib/headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** The rules of dist/_headers, applied per request path as a static host does. */
function headerRules(): HeaderRule[] {
  return parseHeadersFile(readFileSync(`${DIST}/_headers`, 'utf8'));
}

export async function startServer(options: { sendHeaders?: boolean } = {}): Promise<StaticServer> {
  const rules = options.sendHeaders ? headerRules() : [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const extra = headersFor(url.pathname, rules);
    const file = builtFileFor(url.pathname);
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', ...extra });
      res.end(readFileSync(`${DIST}/404.html`));
      return;
    }
    if (!url.pathname.endsWith('/') && file.endsWith('index.html')) {
      res.writeHead(301, { Location: `${url.pathname}/` });
      res.end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...extra });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
