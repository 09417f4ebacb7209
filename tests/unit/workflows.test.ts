import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

interface Job {
  permissions?: Record<string, string>;
  steps: { uses?: string; run?: string; env?: Record<string, string> }[];
}
const deploy = parse(readFileSync('.github/workflows/deploy.yml', 'utf8')) as { on: { push: { branches: string[] } }; permissions: unknown; jobs: Record<string, Job> };
const ci = parse(readFileSync('.github/workflows/ci.yml', 'utf8')) as { permissions: Record<string, string> };

describe('the deployment workflow', () => {
  it('runs on pushes to main and grants nothing by default', () => {
    expect(deploy.on.push.branches).toEqual(['main']);
    expect(deploy.permissions).toEqual({});
  });

  it('pins every action to a full commit SHA', () => {
    const uses = Object.values(deploy.jobs).flatMap((j) => j.steps.flatMap((s) => (s.uses ? [s.uses] : [])));
    expect(uses.length).toBeGreaterThanOrEqual(5);
    expect(uses.filter((u) => !/^[\w-]+\/[\w-]+@[0-9a-f]{40}$/.test(u))).toEqual([]);
  });

  it('gives only the deploy job the right to write to Pages', () => {
    expect(deploy.jobs['build']!.permissions).toEqual({ contents: 'read', pages: 'read' });
    expect(deploy.jobs['deploy']!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });

  it("builds with the README's build command and the Pages address as SITE_URL", () => {
    const build = deploy.jobs['build']!.steps.find((s) => s.run === 'npm run build');
    expect(build?.env?.['SITE_URL']).toBe('${{ steps.pages.outputs.origin }}');
    expect(readFileSync('README.md', 'utf8')).toContain('`npm run build`');
  });
});

describe('the pull-request workflow', () => {
  it('stays read-only', () => {
    expect(ci.permissions).toEqual({ contents: 'read' });
  });
});
