/**
 * The site's Atom feeds, built once per build from the content history (src/lib/git.ts) and the
 * ratification-file comparison (src/lib/feed-history.ts).
 */
import { gitHistory } from '../git.ts';
import { readRatificationChanges } from '../feed-history.ts';
import { buildFeeds, type Feed, type FeedCommit } from '../feeds.ts';
import type { Model } from '../model.ts';
import { pageForContentFile } from './changes.ts';
import { files } from '../routes.ts';

let cached: Feed[] | undefined;

/** Commits touching content/, newest first, from the history read once per build. */
function contentCommits(): FeedCommit[] {
  return gitHistory().commits.map((c) => ({ hash: c.hash, shortHash: c.shortHash, dateTime: c.dateTime, subject: c.subject, files: c.files }));
}

export function allFeeds(model: Model): Feed[] {
  if (!cached) {
    const commits = contentCommits();
    cached = buildFeeds(commits, { countries: model.countryList, treaties: model.treaties, pageFor: (f) => pageForContentFile(model, f) }, readRatificationChanges(commits));
  }
  return cached;
}

export const SITE_FEED = { href: files.siteFeed(), title: 'All changes (Atom)' } as const;

export const countryFeed = (slug: string, name: string) => ({ href: files.countryFeed(slug), title: `Changes concerning ${name} (Atom)` });
export const treatyFeed = (id: string, shortName: string) => ({ href: files.treatyFeed(id), title: `Changes concerning the ${shortName} (Atom)` });
