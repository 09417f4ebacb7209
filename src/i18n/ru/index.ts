/** The Russian dictionary (typed against the English one: see src/i18n/types.ts). */
import type { Dictionary } from '../types.ts';
import { common } from './common.ts';
import { labels } from './labels.ts';
import { citations } from './citations.ts';
import { countries } from './countries.ts';
import { home } from './home.ts';
import { search } from './search.ts';
import { licence } from './licence.ts';
import { notFound } from './notFound.ts';
import { changes } from './changes.ts';
import { laws } from './laws.ts';
import { cite } from './cite.ts';
import { country } from './country.ts';
import { gaps } from './gaps.ts';
import { data } from './data.ts';
import { poa } from './poa.ts';
import { conclusions } from './conclusions.ts';
import { sources } from './sources.ts';
import { matrix } from './matrix.ts';
import { treaties } from './treaties.ts';
import { snapshot } from './snapshot.ts';

export const ru: Dictionary = { common, labels, citations, countries, home, search, licence, notFound, changes, laws, cite, country, gaps, data, poa, conclusions, sources, matrix, treaties, snapshot };
