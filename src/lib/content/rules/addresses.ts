/**
 * Public addresses stay stable: a redirect of a renamed address points from one that no longer
 * exists to one that does, and every address in the registry of published addresses still
 * exists or is redirected (src/lib/registry.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addressesFromContent, isContentAddress, type ContentData } from '../../registry.ts';
import { redirectsFileSchema, type Redirect } from '../../../schemas/redirect.ts';
import { describeIssue } from './schema.ts';
import { defineRule, type EntriesRule, type ParsedFile } from './types.ts';

export const addresses = defineRule<EntriesRule>({
  kind: 'entries',
  id: 'addresses',
  summary: 'Published addresses never break: renamed ones are redirected in content/redirects.yaml, and redirects point at addresses that exist.',
  messages: {
    'still exists: remove this redirect': ['the old address is in use again: remove the redirect'],
    'does not exist: point the redirect at an address the content publishes': ['point `to:` at an existing address'],
    'no longer exists (an id, slug or anchor was renamed or removed)': ['keep the id, or add `- from: <old address>`, `to: <new address>`, `reason: …` to `content/redirects.yaml`'],
  },
  testedIn: 'tests/unit/registry.test.ts',
  check(ctx) {
    const redirectsPath = join(ctx.contentDir, 'redirects.yaml');
    const redirects: Redirect[] = [];
    let redirectsParsed: ParsedFile | undefined;
    if (existsSync(redirectsPath)) {
      ctx.guardFile(ctx.rel(redirectsPath), () => {
        const parsed = ctx.parseFile(redirectsPath);
        if (!parsed) return;
        redirectsParsed = parsed;
        const result = redirectsFileSchema.safeParse(parsed.data);
        if (!result.success) {
          for (const issue of result.error.issues) for (const d of describeIssue(issue, parsed.data)) ctx.report(parsed, d.path, d.message, d.key);
          return;
        }
        redirects.push(...result.data);
      });
    }
    const byCollection: ContentData = {};
    for (const e of ctx.entries) (byCollection[e.collection] ??= []).push(e.data);
    const current = addressesFromContent(byCollection);
    const where = () => redirectsParsed ?? ctx.rel(redirectsPath);
    redirects.forEach((r, i) => {
      if (current.has(r.from)) ctx.report(where(), [i, 'from'], `${r.from} still exists: remove this redirect (it would hide the page)`);
      if (isContentAddress(r.to) && !current.has(r.to)) ctx.report(where(), [i, 'to'], `${r.to} does not exist: point the redirect at an address the content publishes`);
    });
    const registryFile = ctx.registryFile;
    if (!registryFile || !existsSync(registryFile)) return;
    ctx.guardFile(ctx.rel(registryFile), () => {
      const published = readFileSync(registryFile, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
      const redirected = new Set(redirects.map((r) => r.from));
      for (const address of published) {
        if (!isContentAddress(address) || current.has(address) || redirected.has(address)) continue;
        ctx.report(where(), [], `the published address ${address} no longer exists (an id, slug or anchor was renamed or removed): restore it, or record where it went in content/redirects.yaml as "- from: ${address}" with "to:" and "reason:"`);
      }
    });
  },
});
