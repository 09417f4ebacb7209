/**
 * Shared set-up for the browser tests: the built site served from dist/ and one Chromium,
 * started before a file's tests and closed after them.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { startServer, type StaticServer } from './server.ts';
import { requireDist } from './dist.ts';

export interface BuiltSite {
  readonly browser: Browser;
  readonly server: StaticServer;
}

/** Registers the hooks; read `browser` and `server` from the result inside tests. */
export function useBuiltSite(): BuiltSite {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    requireDist();
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('the browser is not started yet');
      return browser;
    },
    get server() {
      if (!server) throw new Error('the server is not started yet');
      return server;
    },
  };
}
