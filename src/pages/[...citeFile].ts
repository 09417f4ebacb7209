// Thin route for the cite files (cite.bib, cite.ris, cite.json) next to every citable page; the
// items are built in src/lib/views/cite.ts and written by src/lib/cite.ts.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadModel } from '../lib/model.ts';
import { lastChanged } from '../lib/git.ts';
import { allCitables } from '../lib/views/cite.ts';
import { CITE_FORMATS, renderCite, type CiteExt, type CiteItem } from '../lib/cite.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const model = await loadModel();
  return allCitables(model, lastChanged(['content'])).flatMap(({ item, files }) =>
    CITE_FORMATS.map((f) => ({ params: { citeFile: files[f.ext].slice(1) }, props: { item, ext: f.ext } })),
  );
};

export const GET: APIRoute = ({ props }) => {
  const { item, ext } = props as { item: CiteItem; ext: CiteExt };
  const type = CITE_FORMATS.find((f) => f.ext === ext)!.type;
  return new Response(renderCite(item, ext), { headers: { 'Content-Type': type } });
};
