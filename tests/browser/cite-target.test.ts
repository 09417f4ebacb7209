/**
 * A subparagraph's address highlights it and offers its own citation; copying a paragraph keeps
 * the space between its number and its text.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../support/built-site.ts';

const site = useBuiltSite();
let page: Page;
beforeAll(async () => {
  page = await (await site.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
});

describe('a subparagraph address (/poa/#para-13-c)', () => {
  it("highlights the subparagraph and shows its citation and files, and no other subparagraph's", async () => {
    await page.goto(`${site.server.origin}/poa/#para-13-c`);
    const state = await page.evaluate(() => {
      const target = document.getElementById('para-13-c')!;
      const other = document.getElementById('para-13-b')!;
      const citeOf = (el: Element) => el.nextElementSibling as HTMLElement;
      return {
        targetBackground: getComputedStyle(target).backgroundColor,
        otherBackground: getComputedStyle(other).backgroundColor,
        citeVisible: citeOf(target).getBoundingClientRect().height > 0,
        otherCiteVisible: citeOf(other).getBoundingClientRect().height > 0,
        citeText: citeOf(target).innerText,
      };
    });
    expect(state.targetBackground).not.toBe(state.otherBackground);
    expect(state.citeVisible).toBe(true);
    expect(state.otherCiteVisible).toBe(false);
    expect(state.citeText).toMatch(/Cite as \(OSCOLA\):.*para 13\(c\)/);
    expect(state.citeText).toMatch(/BibTeX · RIS · CSL-JSON/);
    await expect(page.locator('#para-13-c + .target-cite a', { hasText: 'BibTeX' }).getAttribute('href')).resolves.toBe('/poa/13/cite-c.bib');
  });

  it('works on the paragraph page too (/poa/13/#para-13-c)', async () => {
    await page.goto(`${site.server.origin}/poa/13/#para-13-c`);
    expect(await page.locator('#para-13-c + .target-cite').isVisible()).toBe(true);
    expect(await page.locator('#para-13-b + .target-cite').isVisible()).toBe(false);
  });
});

describe('copying paragraph text', () => {
  it('keeps a space between the paragraph number or subparagraph letter and the text', async () => {
    const copy = (id: string) =>
      page.evaluate((target) => {
        const range = document.createRange();
        range.selectNodeContents(document.getElementById(target)!);
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return selection.toString();
      }, id);
    await page.goto(`${site.server.origin}/poa/1/`);
    expect(await copy('para-1')).toMatch(/^1\. The break-up of the Soviet Union/);
    await page.goto(`${site.server.origin}/poa/13/`);
    const copied = await copy('para-13');
    expect(copied).toMatch(/\(a\) Everyone has the right/);
    expect(copied).toMatch(/\(c\) \S/);
    expect(copied).not.toMatch(/\([a-z]\)[A-Z]/);
  });
});
