// Thin route for the lossless per-collection downloads (/data/collections/<name>.json and .csv);
// their content is built in src/lib/data.ts.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadModel } from '../../../lib/model.ts';
import { COLLECTION_FILES, collectionCsv, collectionJson, type CollectionFile } from '../../../lib/data.ts';

export const getStaticPaths: GetStaticPaths = () =>
  Object.keys(COLLECTION_FILES).flatMap((name) => [{ params: { file: `${name}.json` } }, { params: { file: `${name}.csv` } }]);

export const GET: APIRoute = async ({ params }) => {
  const file = String(params['file']);
  const name = file.replace(/\.(json|csv)$/, '') as CollectionFile;
  if (!(name in COLLECTION_FILES)) return new Response('Not found', { status: 404 });
  const model = await loadModel();
  return file.endsWith('.csv')
    ? new Response(collectionCsv(model, name), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
    : new Response(JSON.stringify(collectionJson(model, name), null, 1), { headers: { 'Content-Type': 'application/json' } });
};
