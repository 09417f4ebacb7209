// Thin route: the countries as CSV (the reference table of the data package's foreign keys).
import type { APIRoute } from 'astro';
import { loadModel } from '../../lib/model.ts';
import { countriesCsv } from '../../lib/reference-csv.ts';

export const GET: APIRoute = async () => new Response(countriesCsv(await loadModel()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
