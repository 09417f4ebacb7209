// Thin route: the treaty matrix on the build date (the matrix page's default view) as CSV.
import type { APIRoute } from 'astro';
import { loadModel } from '../../lib/model.ts';
import { statusCsv } from '../../lib/status-csv.ts';
import { buildDate } from '../../schemas/common.ts';

export const GET: APIRoute = async () => new Response(statusCsv(await loadModel(), buildDate()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
