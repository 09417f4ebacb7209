// Thin route for the Atom feeds (/feed.xml, /countries/<slug>/feed.xml, /treaties/<id>/feed.xml);
// they are built in src/lib/feeds.ts from the content history.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadModel } from '../lib/model.ts';
import { allFeeds } from '../lib/views/feeds.ts';
import { atomXml, type Feed } from '../lib/feeds.ts';
import { SITE } from '../site.config.ts';
import { buildDate } from '../schemas/common.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const model = await loadModel();
  return allFeeds(model).map((feed) => ({ params: { feedPath: feed.path.slice(1) }, props: { feed } }));
};

export const GET: APIRoute = ({ props }) => {
  const { feed } = props as { feed: Feed };
  const xml = atomXml(feed, { site: SITE.url, siteName: SITE.title, fallbackUpdated: buildDate() });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
