/**
 * The matrix page's state in its address: /matrix/?at=YYYY-MM-DD&compare=YYYY-MM-DD&region=<id>&family=<id>
 * (&view=detailed). Reading an address never fails: what cannot be used is dropped and said in a
 * notice. Client-safe and pure, so it is unit-tested and shared by the page script and the bench.
 */
import { formatDate, isFullIsoDay } from '../derive/dates.ts';

export interface MatrixState {
  /** The date shown (the build date unless chosen). */
  at: string;
  /** A second date to compare with, or "". */
  compare: string;
  /** A region id, or "" for all. */
  region: string;
  /** A treaty family id, or "" for all. */
  family: string;
  view: 'compact' | 'detailed';
}

export interface StateContext {
  today: string;
  earliest: string;
  regions: ReadonlyMap<string, string>;
  families: ReadonlyMap<string, string>;
}

export interface ParsedState {
  state: MatrixState;
  /** Plain-language notices about what in the address was ignored and why. */
  notices: string[];
}

/** Why a date cannot be shown, or undefined when it can. */
export function dateProblem(value: string, ctx: StateContext): string | undefined {
  if (!isFullIsoDay(value)) return `“${value}” is not a date: write it as YYYY-MM-DD, e.g. ${ctx.today}.`;
  if (value < ctx.earliest) return `${formatDate(value)} is before the earliest date covered (${formatDate(ctx.earliest)}).`;
  if (value > ctx.today) return `${formatDate(value)} is after the date of the data (${formatDate(ctx.today)}).`;
  return undefined;
}

export function parseState(search: string, ctx: StateContext): ParsedState {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const state: MatrixState = { at: ctx.today, compare: '', region: '', family: '', view: params.get('view') === 'detailed' ? 'detailed' : 'compact' };
  const at = params.get('at');
  if (at !== null && at !== '') {
    const problem = dateProblem(at, ctx);
    if (problem) notices.push(`Date: ${problem} The matrix shows ${formatDate(ctx.today)} instead.`);
    else state.at = at;
  }
  const compare = params.get('compare');
  if (compare !== null && compare !== '') {
    const problem = dateProblem(compare, ctx);
    if (problem) notices.push(`Comparison date: ${problem} No comparison is shown.`);
    else state.compare = compare;
  }
  const region = params.get('region');
  if (region) {
    if (ctx.regions.has(region)) state.region = region;
    else notices.push(`Region “${region}” is not one of ${[...ctx.regions.keys()].join(', ')}: all regions are shown.`);
  }
  const family = params.get('family');
  if (family) {
    if (ctx.families.has(family)) state.family = family;
    else notices.push(`Treaty family “${family}” is not one of ${[...ctx.families.keys()].join(', ')}: all families are shown.`);
  }
  return { state, notices };
}

/** The query string for a state ("" for the default view), parameters in a stable order. */
export function stateToSearch(state: MatrixState, today: string): string {
  const params = new URLSearchParams();
  if (state.at && state.at !== today) params.set('at', state.at);
  if (state.compare) params.set('compare', state.compare);
  if (state.region) params.set('region', state.region);
  if (state.family) params.set('family', state.family);
  if (state.view === 'detailed') params.set('view', 'detailed');
  const s = params.toString();
  return s ? `?${s}` : '';
}
