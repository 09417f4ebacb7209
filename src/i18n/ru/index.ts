/** The Russian dictionary (typed against the English one: see src/i18n/types.ts). */
import type { Dictionary } from '../types.ts';
import { common } from './common.ts';
import { labels } from './labels.ts';
import { citations } from './citations.ts';
import { countries } from './countries.ts';

export const ru: Dictionary = { common, labels, citations, countries };
