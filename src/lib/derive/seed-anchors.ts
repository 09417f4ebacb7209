/**
 * Links from a seed citation (source id + line range) to the exact place where the site publishes
 * that text: the PoA paragraph, the 2004 conclusion, or the block of a rendered source document.
 */
export interface AnchoredRange {
  /** First and last seed line the published unit covers. */
  start: number;
  end: number;
  /** URL of the unit on the site, with its fragment. */
  href: string;
}

export function parseLines(lines: string): { start: number; end: number } {
  const [start, end] = lines.split('-').map(Number);
  return { start: start ?? 1, end: end ?? start ?? 1 };
}

/** The unit containing the first cited line (or, failing that, the nearest unit before it). */
export function findAnchor(ranges: readonly AnchoredRange[], lines: string): AnchoredRange | undefined {
  const { start } = parseLines(lines);
  const containing = ranges.find((r) => r.start <= start && start <= r.end);
  if (containing) return containing;
  let best: AnchoredRange | undefined;
  for (const r of ranges) if (r.start <= start && (!best || r.start > best.start)) best = r;
  return best;
}
