import { describe, expect, it } from 'vitest';
import { bibtex, citeFiles, cslJson, oscola, ris, type CiteItem } from '../../src/lib/cite.ts';

const paragraph: CiteItem = {
  key: 'cisconf-poa-1996-para-13-c',
  type: 'document',
  title: 'Declaration and Programme of Action of the Regional Conference',
  pinpoint: 'para 13(c)',
  issuer: 'Regional Conference (CIS Conference), Geneva',
  date: '1996-05',
  path: '/poa/#para-13-c',
  url: 'https://law.test/poa/#para-13-c',
  siteName: 'CIS Migration Law Observatory',
};
const { url: _url, ...withoutUrl } = paragraph;

describe('the visible citation (OSCOLA)', () => {
  it('names the issuing body, the quoted title, the date, the pinpoint and the URL in angle brackets', () => {
    expect(oscola(paragraph)).toBe(
      'Regional Conference (CIS Conference), Geneva, ‘Declaration and Programme of Action of the Regional Conference’ (May 1996) para 13(c) <https://law.test/poa/#para-13-c>',
    );
  });

  it('carries a UN document symbol only when the item has one', () => {
    expect(oscola({ ...paragraph, symbol: 'A/00/000' })).toContain(' UN Doc A/00/000 para 13(c)');
    expect(oscola(paragraph)).not.toContain('UN Doc');
  });

  it('writes a treaty with its adoption and entry into force, and a law with its number and country', () => {
    expect(
      oscola({ ...withoutUrl, type: 'treaty', title: 'Convention X', date: '1951-07-28', dateLabel: 'adopted', dateExtra: 'entered into force 22 April 1954', number: 'UNTC V-2' }),
    ).toBe('Convention X (adopted 28 July 1951, entered into force 22 April 1954) UNTC V-2');
    expect(oscola({ ...withoutUrl, type: 'legislation', title: 'Law on Refugees', number: '12-Z', jurisdiction: 'Armenia', date: '1999', dateLabel: 'adopted' })).toBe(
      'Law on Refugees No 12-Z (Armenia, adopted 1999)',
    );
  });

  it('leaves the URL out when the site address is not set', () => {
    expect(oscola(withoutUrl)).not.toMatch(/</);
  });
});

describe('cite files', () => {
  it('live next to the page, with "cite" in their address', () => {
    expect(citeFiles('/poa/13/', 'c')).toEqual({ bib: '/poa/13/cite-c.bib', ris: '/poa/13/cite-c.ris', json: '/poa/13/cite-c.json' });
    expect(citeFiles('/laws/x/').bib).toBe('/laws/x/cite.bib');
  });

  it('BibTeX: one @misc entry with the corporate author braced, the date, the URL, and LaTeX specials escaped', () => {
    const text = bibtex({ ...paragraph, title: 'R&D 50% of #1 {case}' });
    expect(text).toMatch(/^@misc\{cisconf-poa-1996-para-13-c,\n/);
    expect(text).toContain('author = {{Regional Conference (CIS Conference), Geneva}}');
    expect(text).toContain('date = {1996-05}');
    expect(text).toContain('title = {R\\&D 50\\% of \\#1 \\{case\\}, para 13(c)}');
    expect(text).toContain('year = 1996');
    expect(text).toContain('month = may');
    expect(text).toContain('url = {https://law.test/poa/#para-13-c}');
    expect(text.trimEnd().endsWith('}')).toBe(true);
  });

  it('RIS: TY first, ER last, every line "XX  - value" ending in CRLF, the date as YYYY/MM//', () => {
    const text = ris(paragraph);
    const lines = text.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe('TY  - GOVDOC');
    expect(lines.at(-2)).toBe('ER  - ');
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^[A-Z][A-Z0-9]  - /);
    expect(lines).toContain('DA  - 1996/05//');
    expect(lines).toContain('UR  - https://law.test/poa/#para-13-c');
  });

  it('CSL-JSON: an array of one item with date-parts and URL; a treaty names its depositary as publisher', () => {
    const [item] = cslJson(paragraph);
    expect(item).toMatchObject({ id: paragraph.key, type: 'document', issued: { 'date-parts': [[1996, 5]] }, URL: paragraph.url, author: [{ literal: paragraph.issuer }] });
    const [treaty] = cslJson({ ...paragraph, type: 'treaty', issuer: 'Secretary-General of the United Nations' });
    expect(treaty).toMatchObject({ type: 'treaty', publisher: 'Secretary-General of the United Nations' });
    expect(treaty).not.toHaveProperty('author');
  });

  it('without a site address, no file carries a URL and each says where the page is on the site', () => {
    expect(bibtex(withoutUrl)).not.toMatch(/url =/);
    expect(ris(withoutUrl)).not.toMatch(/^UR/m);
    expect(ris(withoutUrl)).toMatch(/^N1  - .*page \/poa\/#para-13-c/m);
    expect(cslJson(withoutUrl)[0]).not.toHaveProperty('URL');
    expect(String(cslJson(withoutUrl)[0]!['note'])).toContain('/poa/#para-13-c');
  });
});
