// Thin route for the /data/ downloads; the content of each file is built in src/lib/data.ts.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadModel } from '../../lib/model.ts';
import * as build from '../../lib/data.ts';
import type { Model } from '../../lib/model.ts';

const FILES: Record<string, { type: string; body: (m: Model) => string }> = {
  'treaties.json': { type: 'application/json', body: (m) => JSON.stringify(build.treatiesJson(m), null, 1) },
  'ratifications.json': { type: 'application/json', body: (m) => JSON.stringify(build.ratificationsJson(m), null, 1) },
  'ratifications.csv': { type: 'text/csv; charset=utf-8', body: build.ratificationsCsv },
  'assertions.json': { type: 'application/json', body: (m) => JSON.stringify(build.assertionsJson(m), null, 1) },
  'laws.json': { type: 'application/json', body: (m) => JSON.stringify(build.lawsJson(m), null, 1) },
  'laws.csv': { type: 'text/csv; charset=utf-8', body: build.lawsCsv },
  'legislation.json': { type: 'application/json', body: (m) => JSON.stringify(build.legislationJson(m), null, 1) },
  'legislation.csv': { type: 'text/csv; charset=utf-8', body: build.legislationCsv },
  'countries.json': { type: 'application/json', body: (m) => JSON.stringify(build.countriesJson(m), null, 1) },
  'poa.json': { type: 'application/json', body: (m) => JSON.stringify(build.poaJson(m), null, 1) },
  'conclusions-2004.json': { type: 'application/json', body: (m) => JSON.stringify(build.conclusionsJson(m), null, 1) },
  'sources.json': { type: 'application/json', body: (m) => JSON.stringify(build.sourcesJson(m), null, 1) },
};

export const getStaticPaths: GetStaticPaths = () => Object.keys(FILES).map((file) => ({ params: { file } }));

export const GET: APIRoute = async ({ params }) => {
  const spec = FILES[String(params['file'])];
  if (!spec) return new Response('Not found', { status: 404 });
  return new Response(spec.body(await loadModel()), { headers: { 'Content-Type': spec.type } });
};
