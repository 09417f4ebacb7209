/** View-model for the 2004 Chair's Conclusions page: grouped by heading, links resolved. */
import type { Conclusion } from '../../schemas/conclusion.ts';
import type { Treaty } from '../../schemas/treaty.ts';
import type { Model } from '../model.ts';
import { formatPoaRef, poaRefOf, printPoaRef, type PoaRef } from '../../schemas/refs.ts';

/** The paragraph's own page, at the subparagraph when the reference names one. */
function poaRefHref(ref: PoaRef): string {
  return `/poa/${ref.paragraph}/${ref.letter ? `#para-${formatPoaRef(ref)}` : ''}`;
}

export interface ConclusionView {
  id: string;
  text: string;
  lines: string;
  /** Position under its heading (1-based), the n of the id. */
  position: number;
  poaLinks: { href: string; label: string; reason: string }[];
  treaties: Treaty[];
  sg: Conclusion['sgReport'];
}

export interface ConclusionGroup {
  heading: string;
  anchor: string;
  conclusions: ConclusionView[];
}

export function conclusionRefLabel(ref: string): string {
  return `Paragraph ${printPoaRef(poaRefOf(ref))}`;
}

export function buildConclusionsPageData(model: Model): { groups: ConclusionGroup[]; treatyNames: string[] } {
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
      position: Number(c.id.split('-').at(-1)),
      poaLinks: c.poaLinks.map((link) => ({
        href: poaRefHref(poaRefOf(link.paragraph)),
        label: conclusionRefLabel(link.paragraph),
        reason: link.reason,
      })),
      treaties: c.treaties.map((id) => model.treatyById.get(id)).filter((t): t is Treaty => t !== undefined),
      sg: c.sgReport,
    });
  }
  const treatyNames = [...new Set(model.conclusions.flatMap((c) => c.treaties))]
    .map((id) => model.treatyById.get(id)?.shortName)
    .filter((n): n is string => n !== undefined);
  return { groups, treatyNames };
}
