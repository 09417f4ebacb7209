/**
 * Guards on raw content files, applied before any parser sees them, so that no input can crash
 * or stall the check or the build, and nothing invisible or deceptive is published:
 * size limits, valid UTF-8, no control / bidirectional-override / zero-width characters, a cap on
 * YAML aliases, limits on text length and on MDX nesting depth. Each refusal names its position.
 */
import type { Problem } from './problem.ts';

export const LIMITS = {
  /** Largest YAML or MDX file (the largest real one is ~130 KB). */
  fileBytes: 1_000_000,
  /** Largest seed text file. */
  seedBytes: 2_000_000,
  /** Most YAML aliases (*name) in one file: content needs none; a cap defeats "billion laughs". */
  yamlAliases: 10,
  /** Longest text in any field. */
  text: 20_000,
  /** Longest id, slug, short name or name (they appear in URLs, matrix headers and menus). */
  shortText: 120,
  /** Longest title or heading. */
  titleText: 500,
  /** Deepest MDX nesting (block quotes, list levels by indentation). */
  mdxDepth: 12,
} as const;

/** Fields held to LIMITS.shortText. */
export const SHORT_FIELDS = new Set(['id', 'slug', 'shortName', 'name', 'country', 'treaty', 'source', 'organization']);
/** Fields held to LIMITS.titleText. */
export const TITLE_FIELDS = new Set(['title', 'heading', 'officialName', 'subtitle', 'label']);

/** The limit for a field (by its last name) and what to call it. */
export function textLimit(field: string): number {
  if (SHORT_FIELDS.has(field)) return LIMITS.shortText;
  if (TITLE_FIELDS.has(field)) return LIMITS.titleText;
  return LIMITS.text;
}

/** Offset of the first byte that is not valid UTF-8, or -1. */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Line and column (1-based, in characters) of a character offset in a text. */
export function positionOf(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, col: offset - lineStart + 1 };
}

const NAMES: Record<number, string> = {
  0x0: 'NUL', 0x1b: 'ESC', 0x7f: 'DEL',
  0x200b: 'ZERO WIDTH SPACE', 0x200c: 'ZERO WIDTH NON-JOINER', 0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK', 0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING', 0x202b: 'RIGHT-TO-LEFT EMBEDDING', 0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE', 0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER', 0x2066: 'LEFT-TO-RIGHT ISOLATE', 0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE', 0x2069: 'POP DIRECTIONAL ISOLATE', 0xfeff: 'ZERO WIDTH NO-BREAK SPACE (BOM)',
};

/**
 * Control characters (except tab, line feed and carriage return), C1 controls, bidirectional
 * embeddings/overrides/isolates and marks, and zero-width characters: invisible in an editor's
 * diff, they can reorder or hide text on the page. A byte-order mark is allowed at the very start.
 */
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

function describeChar(ch: string): string {
  const cp = ch.codePointAt(0)!;
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  return NAMES[cp] ? `${hex} (${NAMES[cp]})` : cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) ? `${hex} (a control character)` : hex;
}

/**
 * Reads a content file's bytes into text, refusing what no parser should see. Returns the text
 * (undefined when it cannot be read safely) and the problems found.
 */
export function readGuarded(file: string, bytes: Uint8Array, maxBytes: number): { text?: string; problems: Problem[] } {
  const problems: Problem[] = [];
  const at = (line: number, col: number, message: string) => problems.push({ file, line, col, field: '', message });
  if (bytes.length > maxBytes) {
    at(1, 1, `the file is ${Math.round(bytes.length / 1024)} KB; the limit is ${Math.round(maxBytes / 1024)} KB: split it into several files or shorten it (nothing this large is needed in one entry)`);
    return { problems };
  }
  const bad = invalidUtf8Offset(bytes);
  if (bad >= 0) {
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
    const { line, col } = positionOf(before, before.length);
    at(line, col, `invalid UTF-8 (byte 0x${bytes[bad]!.toString(16).padStart(2, '0')} at byte ${bad}): save the file as UTF-8`);
    return { problems };
  }
  let text = new TextDecoder('utf-8').decode(bytes);
  if (text.startsWith('\ufeff')) text = text.slice(1);
  let count = 0;
  for (const m of text.matchAll(FORBIDDEN)) {
    if (++count > 20) {
      at(1, 1, 'more such characters follow: remove every invisible or control character from the file');
      break;
    }
    const { line, col } = positionOf(text, m.index);
    at(line, col, `the invisible character ${describeChar(m[0])} is not allowed (it can hide or reorder text): delete it`);
  }
  return { text, problems };
}

/**
 * Nesting depth of Markdown block containers per line (block quotes ">", and list levels by
 * indentation), checked on the raw text so that a parser never recurses into a hostile depth.
 */
export function mdxDepthProblems(file: string, text: string): Problem[] {
  const problems: Problem[] = [];
  const lines = text.split(/\r\n?|\n/);
  let fenced = false;
  for (const [i, line] of lines.entries()) {
    if (/^\s{0,3}(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const quotes = /^(?:\s{0,3}>)+/.exec(line)?.[0].split('>').length ?? 1;
    const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length;
    const depth = Math.max(quotes - 1, Math.floor(indent / 2));
    // Brackets and emphasis nest too: count the deepest run of openers.
    const openers = Math.max(0, ...[...line.matchAll(/[[(<*_]{2,}/g)].map((m) => m[0].length));
    if (depth > LIMITS.mdxDepth || openers > LIMITS.mdxDepth * 4) {
      problems.push({
        file,
        line: i + 1,
        col: 1,
        field: '(mdx)',
        message: `nested ${depth > LIMITS.mdxDepth ? `${depth} levels deep (block quotes or list indentation)` : 'brackets or emphasis too deeply'}; the limit is ${LIMITS.mdxDepth}: flatten the structure`,
      });
      if (problems.length >= 5) break;
    }
  }
  return problems;
}
