/**
 * What a person sees of the evidence behind the matrix: the stale mark follows the date chosen
 * (evidence more than five years older than the date shown), the headline count follows it, and a
 * cell with reservations or declarations opens a panel that lists them with their sources.
 * Expectations come from /data/ratifications.json, not from the site's status code.
 */
import { describe, expect, it } from 'vitest';
import { readBuilt } from '../support/dist.ts';
import { useBuiltSite } from '../support/built-site.ts';

interface Row {
  country: string;
  treaty: string;
  asOf: string | null;
  declarations: { kind: string; summary: string }[];
}
const rows = (JSON.parse(readBuilt('data/ratifications.json')) as { records: Row[] }).records;

const site = useBuiltSite();

describe('evidence dates on the matrix', () => {
  it('moving the date back clears the stale marks that no longer apply, and the headline count follows', async () => {
    const dated = rows.find((r) => r.asOf !== null && /^\d{4}-\d{2}-\d{2}$/.test(r.asOf));
    expect(dated, 'at least one record carries a full evidence date').toBeDefined();
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/matrix/`);
    await page.waitForSelector('#matrix-controls:not([hidden])');
    // A date one year after that record's evidence: it is not stale there.
    const at = `${Number(dated!.asOf!.slice(0, 4)) + 1}${dated!.asOf!.slice(4)}`;
    await page.fill('#matrix-date', at);
    await page.click('#matrix-controls button[type=submit]');
    await page.waitForFunction((d) => document.querySelector('table.matrix')?.getAttribute('data-at') === d, at);
    const cell = page.locator(`td[data-country="${dated!.country}"][data-treaty="${dated!.treaty}"]`);
    expect(await cell.getAttribute('data-as-of')).toBe(dated!.asOf);
    expect(await cell.getAttribute('data-stale')).toBeNull();
    const staleCells = await page.locator('table.matrix td[data-stale]').count();
    expect(await page.locator('table.matrix td[data-stale] .mark-stale').count()).toBe(staleCells);
    expect(await page.textContent('#matrix-evidence-summary')).toContain(`${staleCells === 1 ? '1 cell rests' : `${staleCells} cells rest`} on evidence more than five years older than`);
    // Ten years later the same record is stale, with its mark.
    const later = `${Number(dated!.asOf!.slice(0, 4)) + 10}${dated!.asOf!.slice(4)}`;
    if (later <= (await page.getAttribute('#matrix-date', 'max'))!) {
      await page.fill('#matrix-date', later);
      await page.click('#matrix-controls button[type=submit]');
      await page.waitForFunction((d) => document.querySelector('table.matrix')?.getAttribute('data-at') === d, later);
      expect(await cell.getAttribute('data-stale')).toBe('');
      expect(await cell.locator('.mark-stale').count()).toBe(1);
    }
    await context.close();
  });

  it('a cell with declarations shows the mark, and its panel lists them with their sources', async () => {
    const withDeclarations = rows.find((r) => r.declarations.length > 0);
    expect(withDeclarations, 'at least one act carries a declaration').toBeDefined();
    const { country, treaty } = withDeclarations!;
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/matrix/`);
    const cell = page.locator(`td[data-country="${country}"][data-treaty="${treaty}"]`);
    expect(await cell.locator('.mark-declarations').count()).toBe(1);
    await page.waitForSelector('#matrix-controls:not([hidden])');
    await cell.locator('a').click();
    await page.waitForSelector('#cell-panel:not([hidden])');
    const panel = (await page.textContent('#cell-panel')) ?? '';
    expect(panel).toContain('Reservations, declarations and objections');
    for (const d of rows.filter((r) => r.country === country && r.treaty === treaty).flatMap((r) => r.declarations)) expect(panel).toContain(d.summary);
    expect(await page.locator('#cell-panel ul.declarations a[href^="/sources/"]').count()).toBeGreaterThan(0);
    await context.close();
  });
});
