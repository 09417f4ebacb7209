/**
 * Dates the built site shows about its own currency: the footer gives the date of the last change
 * to content/ (from git, not the build date), and treaty pages give each record's evidence date in
 * words and list the declarations the downloads carry.
 */
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/derive/dates.ts';
import type { RatificationRow } from '../../src/lib/derive/records-data.ts';
import { builtPage, readBuilt, requireDist, textOf } from '../support/dist.ts';

let rows: RatificationRow[];
beforeAll(() => {
  requireDist();
  rows = (JSON.parse(readBuilt('data/ratifications.json')) as { records: RatificationRow[] }).records;
});

describe('dates the site shows about itself', () => {
  it('the footer gives the date of the last content change, not the build date', () => {
    const lastContentCommit = execFileSync('git', ['log', '-1', '--format=%cs', '--', 'content'], { encoding: 'utf8' }).trim();
    for (const page of ['/', '/matrix/', '/about/']) {
      const footerElement = builtPage(page).document.querySelector('footer');
      expect(footerElement, page).not.toBeNull();
      const footer = textOf(footerElement);
      expect(footer, page).not.toContain('Content as of');
      if (lastContentCommit) expect(footer, page).toContain(`Content last changed ${formatDate(lastContentCommit)}.`);
      else expect(footer, page).toContain('Date of the last content change not available in this build.');
    }
  });

  it('treaty pages give every dated record its evidence date in words, and list its declarations', () => {
    const treaties = [...new Set(rows.map((r) => r.treaty))];
    for (const treaty of treaties) {
      const document = builtPage(`/treaties/${treaty}/`).document;
      const text = textOf(document.body);
      for (const country of [...new Set(rows.filter((r) => r.treaty === treaty).map((r) => r.country))]) {
        const own = rows.filter((r) => r.treaty === treaty && r.country === country);
        const rowElement = document.getElementById(`country-${country}`);
        expect(rowElement?.tagName, `${treaty} ${country}`).toBe('TR');
        const row = textOf(rowElement);
        const asOf = own[0]!.asOf;
        if (own[0]!.action === 'unknown') expect(row).not.toMatch(/as (last )?recorded/);
        else if (asOf) expect(row, `${treaty} ${country}`).toMatch(new RegExp(`as (last )?recorded ${formatDate(asOf)}`));
        else expect(row, `${treaty} ${country}`).toContain('evidence date not recorded');
        for (const d of own.flatMap((r) => r.declarations)) expect(text, `${treaty} ${country}`).toContain(d.summary.replace(/\s+/g, ' '));
      }
    }
  });

  it("the 2011 paper's lost immigrants annex says its cells are lost and claims no reconstruction the site does not have", () => {
    const document = builtPage('/sources/seed-2011-unhcr-paper/').document;
    const text = textOf(document.body);
    expect(text).not.toContain('A reconstruction is shown elsewhere on the site');
    const note = [...document.querySelectorAll('p')].map((p) => textOf(p)).find((t) => t.includes('No column headings or cells survive: the only remnant')) ?? '';
    expect(note).toContain('does not reconstruct this table');
    // Where a note points to a reconstruction, that page exists and is labelled as one.
    if (text.includes('is on the 2011 matrix snapshot (/matrix/2011/)')) expect(textOf(builtPage('/matrix/2011/').document.body)).toMatch(/[Rr]econstruct/);
  });
});
