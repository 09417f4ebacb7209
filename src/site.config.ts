/** Site-wide settings in one place: the public address, the repository behind "Edit this page". */
export const SITE = {
  title: 'CIS Migration Law Observatory',
  description:
    'Treaty ratifications and national legislation of the twelve CIS countries, around the 1996 Geneva Conference Programme of Action on refugees, displaced persons, migration and asylum.',
  /** Where the built site is published (used for canonical URLs and the sitemap). */
  url: 'https://cis-migration-law.example.org',
  /** The repository holding content/; "Edit this page" links point at its default branch. */
  repository: 'https://github.com/cis-migration-law/knowledge-base',
  branch: 'main',
} as const;
