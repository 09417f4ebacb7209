import type { Dictionary } from '../types.ts';

export const citations: Dictionary['citations'] = {
  source: 'Источник:',
  read: (date: string) => `просмотрено ${date}`,
  seedLines: (lines: string) => `строки исходного документа ${lines}`,
  aboutSource: 'об этом источнике',
};
