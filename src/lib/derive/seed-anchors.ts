/**
 * Links from a seed citation (source id + line range) to the exact place where the site publishes
 * that text: the PoA paragraph, the 2004 conclusion, or the block of a rendered source document.
 */
import { lineRangeOf, type LineRange } from '../../schemas/refs.ts';

/** First and last seed line a published unit covers, and where it is published. */
export interface AnchoredRange extends LineRange {
  /** URL of the unit on the site, with its fragment. */
  href: string;
}

/** The unit containing the first cited line (or, failing that, the nearest unit before it). */
export function findAnchor(ranges: readonly AnchoredRange[], lines: string): AnchoredRange | undefined {
  const { start } = lineRangeOf(lines);
  const containing = ranges.find((r) => r.start <= start && start <= r.end);
  if (containing) return containing;
  let best: AnchoredRange | undefined;
  for (const r of ranges) if (r.start <= start && (!best || r.start > best.start)) best = r;
  return best;
}
