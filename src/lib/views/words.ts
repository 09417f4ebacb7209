/**
 * Words the country and gap-brief pages share: how a party status is said, and the note of a
 * legislation cell in the page's language.
 */
import { localProse, type LocalText } from '../../i18n/content.ts';
import { dictionary } from '../../i18n/index.ts';
import { capitalise } from '../../i18n/format.ts';
import { cellDetail, STATE_LABELS, type PartyState, type Status } from '../derive/status.ts';
import { statusTextOf } from './matrix.ts';
import type { LawCoverage } from '../../schemas/law-coverage.ts';
import type { TreatyAction } from '../../schemas/ratification.ts';
import type { Lang } from '../routes.ts';
import type { LegislationCell } from '../derive/legislation.ts';

/** How a page says a party status: its label, its detail line and an action's label. */
export interface StatusSay {
  label(state: PartyState): string;
  detail(status: Status): string;
  actionLabel(action: TreatyAction): string;
}

/** The English words of a status, as the English pages have always written them. */
export const ENGLISH_STATUS: StatusSay = {
  label: (state) => STATE_LABELS[state],
  detail: cellDetail,
  actionLabel: (action) => capitalise(action),
};

/**
 * How a status is said in `lang`: English pages keep the derivation's words; other languages take
 * the matrix's status words (src/lib/views/status-words.ts), so every page says a status alike.
 */
export function statusSay(lang: Lang): StatusSay {
  if (lang === 'en') return ENGLISH_STATUS;
  const text = statusTextOf(lang);
  return { label: text.label, actionLabel: text.actionLabel, detail: (status) => text.detail(status) };
}

/** The note of a legislation cell in the page's language: the coverage file's note with its Russian sibling, or the derivation's own words. */
export function coverageNote(cell: LegislationCell, coverage: LawCoverage | undefined, lang: Lang): LocalText | undefined {
  if (cell.note === undefined) return undefined;
  const recorded = coverage?.topics.find((t) => t.topic === cell.topic);
  if (recorded?.note === cell.note) return localProse(cell.note, recorded.noteRu, lang);
  const english = dictionary('en').gaps;
  const words = dictionary(lang).gaps;
  if (cell.note === english.unverifiedNote) return { text: words.unverifiedNote, lang };
  if (cell.note === english.noneInForceNote) return { text: words.noneInForceNote, lang };
  return localProse(cell.note, undefined, lang);
}
