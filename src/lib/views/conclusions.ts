/** View-model for the 2004 Chair's Conclusions page: grouped by heading, links resolved, in the page's language. */
import { conclusionPosition, type Conclusion } from '../../schemas/conclusion.ts';
import type { Treaty } from '../../schemas/treaty.ts';
import type { Model } from '../model.ts';
import { poaRefOf, printPoaRef } from '../../schemas/refs.ts';
import { routes, type Lang } from '../routes.ts';
import { dictionary } from '../../i18n/index.ts';
import { localProse, localProseOptional, type LocalText } from '../../i18n/content.ts';
import { treatyShortName } from './poa.ts';

export interface ConclusionView {
  id: string;
  /** The document's own text (English, never translated). */
  text: string;
  lines: string;
  /** Position under its heading (1-based), the n of the id. */
  position: number;
  /** Why the conclusion takes up each paragraph: our text, in the page's language where translated. */
  poaLinks: { href: string; label: string; reason: LocalText }[];
  treaties: (Treaty & { localShortName: LocalText })[];
  sg: Conclusion['sgReport'];
  /** Our note on how the 2005 report words it, in the page's language where translated. */
  sgNote: LocalText | undefined;
}

export interface ConclusionGroup {
  /** The document's heading (English). */
  heading: string;
  anchor: string;
  conclusions: ConclusionView[];
}

/** "Paragraph 13(c)" for the reference "13-c", in the page's language. */
export function conclusionRefLabel(ref: string, lang: Lang = 'en'): string {
  return dictionary(lang).conclusions.poaRef(printPoaRef(poaRefOf(ref)));
}

export function buildConclusionsPageData(model: Model, lang: Lang = 'en'): { groups: ConclusionGroup[]; treatyNames: string[] } {
  const r = routes(lang);
  const groups: ConclusionGroup[] = [];
  for (const c of model.conclusions) {
    let group = groups.at(-1);
    if (!group || group.heading !== c.heading) {
      const slug = c.id.replace(/-\d+$/, '');
      group = { heading: c.heading, anchor: `heading-${slug}`, conclusions: [] };
      groups.push(group);
    }
    group.conclusions.push({
      id: c.id,
      text: c.text,
      lines: c.lines,
      position: conclusionPosition(c.id),
      poaLinks: c.poaLinks.map((link) => ({
        href: r.poaRef(link.paragraph),
        label: conclusionRefLabel(link.paragraph, lang),
        reason: localProse(link.reason, link.reasonRu, lang),
      })),
      treaties: c.treaties
        .map((id) => model.treatyById.get(id))
        .filter((t): t is Treaty => t !== undefined)
        .map((t) => ({ ...t, localShortName: treatyShortName(t, lang) })),
      sg: c.sgReport,
      sgNote: localProseOptional(c.sgReport?.note, c.sgReport?.noteRu, lang),
    });
  }
  const treatyNames = [...new Set(model.conclusions.flatMap((c) => c.treaties))]
    .map((id) => model.treatyById.get(id))
    .filter((t): t is Treaty => t !== undefined)
    .map((t) => treatyShortName(t, lang).text);
  return { groups, treatyNames };
}
