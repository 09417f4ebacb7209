// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { SITE } from './src/site.config.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { alternatesFor } from './src/lib/alternates.ts';
import { datapackageIntegration } from './src/integrations/datapackage.ts';
import { lastChanged } from './src/lib/git.ts';
import contentRules from './src/integrations/content-rules.ts';

export default defineConfig({
  // Only when SITE_URL is set (see src/site.config.ts): without it the site has no absolute address.
  ...(SITE.url ? { site: SITE.url } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  // content-rules first: its guard refuses unsafe MDX before the MDX compiler sees it.
  // The sitemap (only with SITE_URL) and robots.txt are written after the build.
  // data/datapackage.json describes the downloads as built.
  integrations: [
    contentRules(),
    mdx(),
    sitemap({ site: SITE.url, alternates: alternatesFor }),
    datapackageIntegration({ site: SITE.url, title: SITE.title, updated: () => lastChanged(['content']) }),
  ],
  security: {
    // A hashed meta CSP on every page. Server-rendered style="" attributes are therefore blocked:
    // colour comes from classes. public/_headers repeats the policy (plus frame-ancestors, which a
    // meta tag cannot carry) for hosts that send headers.
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "form-action 'self'",
        "font-src 'self'",
      ],
      // Pagefind loads its script from /pagefind/ and compiles WebAssembly: under a CSP sent as an
      // HTTP header that needs 'wasm-unsafe-eval', which only the pages running search add
      // (Astro.csp.insertScriptResource in src/pages/search.astro; see README, "Security").
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
