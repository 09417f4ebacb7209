// Thin route: the data the matrix page's script loads on first use (see matrixClientData).
import type { APIRoute } from 'astro';
import { loadModel } from '../../lib/model.ts';
import { ratificationRows } from '../../lib/data.ts';
import { matrixClientData } from '../../lib/views/matrix.ts';

export const GET: APIRoute = async () => {
  const model = await loadModel();
  return new Response(JSON.stringify(matrixClientData(model, ratificationRows(model))), { headers: { 'Content-Type': 'application/json' } });
};
