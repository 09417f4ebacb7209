/** The treaty pages in both languages, read from the built site with an HTML parser. */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { builtFileFor, readBuilt, requireDist } from '../support/dist.ts';

const page = (path: string) => parseHTML(readBuilt(`${path.replace(/^\//, '')}index.html`)).document;
const treatyIds = readdirSync('content/treaties').filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));
const treatyFile = (id: string) => parse(readFileSync(join('content/treaties', `${id}.yaml`), 'utf8')) as { title: string; shortName: string; titleRu?: { text: string; origin: string; source?: string }; shortNameRu?: string };

beforeAll(() => requireDist());

describe('treaty pages', () => {
  it('every treaty has a Russian page in Russian, with the switch back to the English page', () => {
    for (const id of treatyIds) {
      expect(builtFileFor(`/ru/treaties/${id}/`), id).toBeDefined();
      const doc = page(`/ru/treaties/${id}/`);
      expect(doc.documentElement.getAttribute('lang')).toBe('ru');
      expect(doc.querySelector('[data-language-switch]')?.getAttribute('href')).toBe(`/treaties/${id}/`);
      expect(page(`/treaties/${id}/`).querySelector('[data-language-switch]')?.getAttribute('href')).toBe(`/ru/treaties/${id}/`);
    }
  });

  it('a Russian treaty page shows the Russian title with its origin and source, and the English title marked as English', () => {
    for (const id of treatyIds) {
      const file = treatyFile(id);
      const doc = page(`/ru/treaties/${id}/`);
      const h1 = doc.querySelector('h1')!;
      const origin = doc.querySelector('#title-origin')!;
      expect(origin.querySelector('.english-title')?.textContent, id).toBe(file.title);
      if (file.titleRu) {
        expect(h1.textContent, id).toBe(file.titleRu.text);
        expect(h1.querySelector('[lang="en"]'), id).toBeNull();
        if (file.titleRu.origin === 'authentic') expect(origin.textContent, id).toContain('Аутентичный текст на русском языке:');
        if (file.titleRu.source) expect(origin.querySelector(`a[href="/ru/sources/${file.titleRu.source}/"], a[href="/sources/${file.titleRu.source}/"]`), id).not.toBeNull();
      } else {
        expect(h1.querySelector('[lang="en"]')?.textContent, id).toBe(file.title);
      }
    }
  });

  it('the status table puts each country under its Russian name with a Russian status', () => {
    const doc = page('/ru/treaties/crc-1989/');
    const rows = [...doc.querySelectorAll('#treaty-status-caption ~ tbody tr')];
    expect(rows).toHaveLength(12);
    const armenia = doc.querySelector('#country-ARM')!;
    expect(armenia.querySelector('th')!.textContent).toBe('Армения');
    expect(armenia.querySelector('td .state')!.textContent).toBe('Участник');
    expect(doc.querySelector('#treaty-status-caption')!.textContent).toContain(': акты каждой страны');
  });

  it('the Russian index lists every treaty under its Russian short name, linking to the Russian page', () => {
    const doc = page('/ru/treaties/');
    for (const id of treatyIds) {
      const link = doc.querySelector(`a[href="/ru/treaties/${id}/"]`);
      expect(link, id).not.toBeNull();
      const file = treatyFile(id);
      expect(link!.textContent, id).toBe(file.shortNameRu ?? file.shortName);
    }
  });
});
