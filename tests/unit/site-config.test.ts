import { describe, expect, it } from 'vitest';
import { absoluteUrl, editUrl, parseRepository, parseSiteUrl, publicUrl } from '../../src/site.config.ts';

describe('the site address comes from one setting (SITE_URL)', () => {
  it('is unset when the variable is missing or blank', () => {
    expect(parseSiteUrl(undefined)).toBeUndefined();
    expect(parseSiteUrl('  ')).toBeUndefined();
  });

  it('keeps only the origin, without a trailing slash', () => {
    expect(parseSiteUrl('https://law.test/')).toBe('https://law.test');
    expect(parseSiteUrl('http://127.0.0.1:4321')).toBe('http://127.0.0.1:4321');
  });

  it('refuses an address with a path, because every link on the site is root-relative', () => {
    expect(() => parseSiteUrl('https://owner.github.io/repo/')).toThrow(/origin only/);
  });

  it('refuses what is not an http(s) address', () => {
    expect(() => parseSiteUrl('law.test')).toThrow(/not an address/);
    expect(() => parseSiteUrl('ftp://law.test')).toThrow(/https:\/\/ or http:\/\//);
  });

  it('gives absolute addresses only when the site address is set, root-relative ones otherwise', () => {
    expect(absoluteUrl('/poa/47/', undefined)).toBeUndefined();
    expect(publicUrl('/poa/47/', undefined)).toBe('/poa/47/');
    expect(absoluteUrl('/poa/47/', 'https://law.test')).toBe('https://law.test/poa/47/');
    expect(publicUrl('/poa/#para-13-c', 'https://law.test')).toBe('https://law.test/poa/#para-13-c');
  });
});

describe('"Edit this page" follows the repository setting (SITE_REPOSITORY)', () => {
  it('gives no link without a repository', () => {
    expect(parseRepository('')).toBeUndefined();
    expect(editUrl('content/laws/x.yaml', false, undefined, 'main')).toBeUndefined();
  });

  it('opens a file in the web editor and a folder in the file browser', () => {
    const repo = parseRepository('https://github.com/owner/name/');
    expect(repo).toBe('https://github.com/owner/name');
    expect(editUrl('content/laws/x.yaml', false, repo, 'main')).toBe('https://github.com/owner/name/edit/main/content/laws/x.yaml');
    expect(editUrl('content/poa/paragraphs', true, repo, 'main')).toBe('https://github.com/owner/name/tree/main/content/poa/paragraphs');
  });

  it('refuses a repository setting that is not an https address', () => {
    expect(() => parseRepository('git@github.com:owner/name.git')).toThrow(/https address/);
  });
});
