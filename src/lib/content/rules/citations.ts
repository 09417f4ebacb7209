/** Citations ({source, locator}) anywhere in an entry, and the rules on what they cite. */
import type { PathSegment } from '../problem.ts';
import type { Entry } from './types.ts';

/** Calls `visit` for every citation in an entry's data, with its path inside the entry. */
export function forEachCitation(e: Entry, visit: (citation: Record<string, unknown>, path: PathSegment[]) => void): void {
  const walk = (value: unknown, path: PathSegment[]) => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, [...path, i]));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const obj = value as Record<string, unknown>;
    if (typeof obj['source'] === 'string' && typeof obj['locator'] === 'string') visit(obj, path);
    for (const [k, v] of Object.entries(obj)) walk(v, [...path, k]);
  };
  walk(e.data, []);
}

/** Ids of every source cited anywhere inside a value (citations are objects with source and locator). */
export function citedSources(value: unknown): Set<string> {
  const found = new Set<string>();
  const visitValue = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visitValue);
    else if (v !== null && typeof v === 'object') {
      const obj = v as Record<string, unknown>;
      if (typeof obj['source'] === 'string' && typeof obj['locator'] === 'string') found.add(obj['source']);
      Object.values(obj).forEach(visitValue);
    }
  };
  visitValue(value);
  return found;
}
