// Thin route: the treaty matrix at each document snapshot's date as CSV (src/lib/status-csv.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadModel } from '../../lib/model.ts';
import { snapshotDates, statusCsv } from '../../lib/status-csv.ts';

export const getStaticPaths: GetStaticPaths = async () => snapshotDates(await loadModel()).map((s) => ({ params: { date: s.date } }));

export const GET: APIRoute = async ({ params }) => new Response(statusCsv(await loadModel(), String(params['date'])), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
