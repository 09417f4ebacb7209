// Thin route: the gap brief of a country as CSV (the same rows as /countries/<slug>/gaps/).
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadModel } from '../../../lib/model.ts';
import { buildDate } from '../../../schemas/common.ts';
import { buildGapBrief, gapBriefCsv } from '../../../lib/views/gaps.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const model = await loadModel();
  return model.countryList.map((c) => ({ params: { slug: c.slug }, props: { id: c.id } }));
};

export const GET: APIRoute = async ({ props }) => {
  const model = await loadModel();
  const brief = buildGapBrief(model, (props as { id: Parameters<typeof buildGapBrief>[1] }).id, buildDate());
  return new Response(gapBriefCsv(brief), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
