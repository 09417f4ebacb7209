/**
 * Links from a seed citation (source id + line range) to the exact place where the site publishes
 * that text: the PoA paragraph, the 2004 conclusion, or the block of a rendered source document.
 * The units are named here; their addresses come from src/lib/routes.ts.
 */
import { lineRangeOf, type LineRange } from '../../schemas/refs.ts';

/** A unit of a seed document that the site publishes with its own anchor. */
export type SeedUnit =
  | { kind: 'poaFootnote'; number: number }
  | { kind: 'category'; id: string }
  | { kind: 'poaParagraph'; number: number }
  | { kind: 'poaAnnex'; id: 'annex-1' | 'annex-2' }
  | { kind: 'conclusion'; id: string }
  | { kind: 'documentBlock'; source: string; id: string };

/** First and last seed line a published unit covers, and the unit. */
export interface AnchoredRange extends LineRange {
  unit: SeedUnit;
}

/** The unit containing the first cited line (or, failing that, the nearest unit before it). */
export function findAnchor<R extends LineRange>(ranges: readonly R[], lines: string): R | undefined {
  const { start } = lineRangeOf(lines);
  const containing = ranges.find((r) => r.start <= start && start <= r.end);
  if (containing) return containing;
  let best: R | undefined;
  for (const r of ranges) if (r.start <= start && (!best || r.start > best.start)) best = r;
  return best;
}
