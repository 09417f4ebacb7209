/** A problem the content check reports, and how it is printed: `file:line:col [field] message`. */

export interface Problem {
  /** Path relative to the project root, e.g. "content/treaties/cat-1984.yaml". */
  file: string;
  line: number;
  col: number;
  /** Dotted path of the field, e.g. "countries[2].events[0].date"; "" for the whole file. */
  field: string;
  message: string;
}

export type PathSegment = string | number;

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.col} [${p.field || '(file)'}] ${p.message}`;
}

export function fieldName(path: readonly PathSegment[]): string {
  return path.reduce<string>((name, seg) => (typeof seg === 'number' ? `${name}[${seg}]` : name ? `${name}.${seg}` : seg), '');
}
