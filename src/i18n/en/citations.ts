/** Source lists under facts. */
export const citations = {
  source: 'Source:',
  read: (date: string) => `read ${date}`,
  seedLines: (lines: string) => `seed lines ${lines}`,
  aboutSource: 'about this source',
};
