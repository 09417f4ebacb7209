import type { Dictionary } from '../types.ts';

export const cite: Dictionary['cite'] = {
  citeAs: 'Как цитировать (OSCOLA):',
  citationFiles: 'Файлы для цитирования',
  forWhat: (what: string) => ` для ${what}`,
};
