/**
 * The matrix page's state in its address: /matrix/?at=YYYY-MM-DD&compare=YYYY-MM-DD&region=<id>&family=<id>
 * (&view=detailed), the same under /ru/matrix/. Reading an address never fails: what cannot be used
 * is dropped and said in a notice, in the page's language (the notices' templates come from the
 * page). Client-safe and pure, so it is unit-tested and shared by the page script and the bench.
 */
import { isFullIsoDay } from '../derive/dates.ts';
import { formatDate } from '../../i18n/format.ts';
import type { Lang } from '../routes.ts';
import { fill } from './status-words.ts';

/** The notice templates (the dictionary's matrix.client section has them in each language). */
export interface StateMessages {
  words: { lang: Lang };
  notADate: string;
  beforeEarliest: string;
  afterToday: string;
  atInvalid: string;
  compareInvalid: string;
  regionUnknown: string;
  familyUnknown: string;
}

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
export function dateProblem(value: string, ctx: StateContext, m: StateMessages): string | undefined {
  const date = (d: string) => formatDate(d, m.words.lang);
  if (!isFullIsoDay(value)) return fill(m.notADate, { value, today: ctx.today });
  if (value < ctx.earliest) return fill(m.beforeEarliest, { date: date(value), earliest: date(ctx.earliest) });
  if (value > ctx.today) return fill(m.afterToday, { date: date(value), today: date(ctx.today) });
  return undefined;
}

export function parseState(search: string, ctx: StateContext, m: StateMessages): ParsedState {
  const date = (d: string) => formatDate(d, m.words.lang);
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const state: MatrixState = { at: ctx.today, compare: '', region: '', family: '', view: params.get('view') === 'detailed' ? 'detailed' : 'compact' };
  const at = params.get('at');
  if (at !== null && at !== '') {
    const problem = dateProblem(at, ctx, m);
    if (problem) notices.push(fill(m.atInvalid, { problem, today: date(ctx.today) }));
    else state.at = at;
  }
  const compare = params.get('compare');
  if (compare !== null && compare !== '') {
    const problem = dateProblem(compare, ctx, m);
    if (problem) notices.push(fill(m.compareInvalid, { problem }));
    else state.compare = compare;
  }
  const region = params.get('region');
  if (region) {
    if (ctx.regions.has(region)) state.region = region;
    else notices.push(fill(m.regionUnknown, { value: region, ids: [...ctx.regions.keys()].join(', ') }));
  }
  const family = params.get('family');
  if (family) {
    if (ctx.families.has(family)) state.family = family;
    else notices.push(fill(m.familyUnknown, { value: family, ids: [...ctx.families.keys()].join(', ') }));
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
