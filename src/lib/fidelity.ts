/**
 * Fidelity of published text to the seed documents.
 *
 * Every published unit (a PoA paragraph, a 2004 conclusion, a block of a rendered source document…)
 * cites a line range of its seed file. `compareUnit` checks that the unit's text is exactly the seed
 * text of that range, up to a fixed list of repairs of *extraction noise* and nothing else:
 *
 * Normalisation of a seed line (`cleanSeedLine`):
 *  1. markdown/HTML added by the extraction is removed: heading hashes ("## "), bold/emphasis
 *     asterisks ("**", "*x*"), tags such as <b>…</b>; "<sup>N</sup>" becomes the marker "[N]";
 *     markdown links "[text](url)" become "text"; autolinks "<http://…>" become the address;
 *     backslash escapes ("\*", "\\") become the escaped character;
 *  2. whitespace (spaces, tabs, hard line breaks) is collapsed: texts are compared as token streams
 *     (tokens are whitespace-separated words with their punctuation attached).
 * Tokenisation of a seed range (`seedTokens`):
 *  3. hyphenation: a word ending in "-" (at a line end, or before a space inside a line, where the
 *     extraction kept the hyphen of the printed line break: "public- service") may be published
 *     joined with the next word, hyphen kept ("public-service"), or left as it is. (Every such
 *     hyphen in the seeds belongs to a compound word, so dropping it is NOT accepted.)
 *  4. page furniture is skippable: lines that are only "---" (page-break markers) or only a page
 *     number (1-3 digits);
 *  5. lines inside the range that belong to another published unit (a footnote nested in a
 *     paragraph's range, for instance) are skipped, and may not be matched (their text is
 *     published, and checked, in that unit);
 *  6. per unit kind, tokens at the start of a line may be declared skippable (`lineStartSkip`), e.g.
 *     the printed numbers "3." of Annex 2's definitions or list bullets "-".
 * Matching (`alignTokens`):
 *  7. the published tokens must match, in order, ALL non-skippable seed tokens of the range, with no
 *     gap: a word altered, dropped or added fails. Furniture and line-start tokens may be matched or
 *     skipped (a heading may really print "1 GOVERNMENT ASSESSMENT"; a list item "(v) …").
 *  8. a footnote marker published as "[N]" also matches a seed that prints it as a bare superscript
 *     digit, glued to the word ("States.1" for "States.[1]") or after a space ("challenges. 35");
 *  9. extraction garbage that the site leaves out (stray glyphs, a garbled tail glued to a word) is
 *     skippable only where the caller lists the exact token for that unit (`noise`), with a reason.
 * Labels and numbers that the site publishes in separate fields ("9." → `number`, "(a)" → `label`,
 * the footnote mark → `number`/`marker`) are put back in their printed place by the caller (see
 * `printedParagraph` and `blockUnit` in src/lib/content/rules/seed-units.ts), so they are compared
 * too. The content check runs the comparison as its rule seed-fidelity.
 */
import type { LineRange } from '../schemas/refs.ts';

export type SkipReason = 'furniture' | 'nested' | 'line-start' | 'noise';

export interface SeedToken {
  /** Accepted spellings: the seed word, plus the legible part of a listed noise token (rule 9). */
  alts: string[];
  /** 1-based seed line the token starts on. */
  line: number;
  /** Set when the token may be left out of the published text. */
  skip?: SkipReason;
}

/** Seed lines that are page furniture: page-break markers and bare page numbers. */
export function isFurnitureLine(raw: string): boolean {
  const s = raw.trim();
  return s === '---' || /^\d{1,3}$/.test(s);
}

export function isBlankLine(raw: string): boolean {
  return raw.trim() === '';
}

const ESCAPABLE = '\\`*_{}[]()#+-.!<>|"\'';

/** Rule 1: remove the markup the extraction added to one seed line. */
export function cleanSeedLine(raw: string): string {
  let s = raw;
  // Backslash escapes first, protected from the emphasis stripping below.
  const escaped: string[] = [];
  s = s.replace(/\\(.)/g, (m, c: string) => {
    if (!ESCAPABLE.includes(c)) return m;
    escaped.push(c);
    return `\uE000${escaped.length - 1}\uE001`;
  });
  s = s.replace(/<sup>\s*([^<]*?)\s*<\/sup>/gi, '[$1]');
  s = s.replace(/<\/?(?:b|i|u|em|strong|span|br)\s*\/?>/gi, '');
  s = s.replace(/\[([^\]]*)\]\(([^)\s]*)\)/g, '$1');
  s = s.replace(/<((?:https?|ftp):\/\/[^>\s]+)>/g, '$1');
  s = s.replace(/^\s*#{1,6}\s+/, '');
  s = s.replace(/\*+/g, '');
  s = s.replace(/\uE000(\d+)\uE001/g, (_m, i: string) => escaped[Number(i)]!);
  return s;
}

export interface SeedTokenOptions {
  /** Lines inside the ranges that belong to other published units (rule 5). */
  nested?: ReadonlySet<number>;
  /** Tokens that may be skipped when they open a line (rule 6). */
  lineStartSkip?: RegExp;
  /**
   * Footnotes: the mark the footnote starts with. A mark glued to the first word
   * ("1Resolution") is split off so that it can be compared with the published mark.
   */
  leadingMark?: string;
  /**
   * Extraction garbage listed by hand for one unit (rule 9): each token may be left out, or
   * published as its legible part `asPublished`.
   */
  noise?: readonly { token: string; asPublished?: string }[] | undefined;
}

/** Rules 1-6: the token stream of the given ranges of a seed file (`seedLines[0]` is line 1). */
export function seedTokens(seedLines: readonly string[], ranges: readonly LineRange[], opts: SeedTokenOptions = {}): SeedToken[] {
  const out: SeedToken[] = [];
  const noise = new Map((opts.noise ?? []).map((n) => [n.token, n.asPublished]));
  for (const { start, end } of ranges) {
    for (let n = start; n <= end; n++) {
      const line = seedLines[n - 1];
      if (line === undefined) throw new Error(`line ${n} is beyond the end of the seed (${seedLines.length} lines)`);
      const furniture = isFurnitureLine(line);
      const nested = opts.nested?.has(n) ?? false;
      const words = cleanSeedLine(line).split(/\s+/).filter(Boolean);
      words.forEach((w, i) => {
        let skip: SkipReason | undefined = furniture ? 'furniture' : nested ? 'nested' : undefined;
        if (!skip && i === 0 && opts.lineStartSkip?.test(w)) skip = 'line-start';
        const alts = [w];
        if (!skip && noise.has(w)) {
          skip = 'noise';
          const legible = noise.get(w);
          if (legible) alts.push(legible);
        }
        out.push({ alts, line: n, ...(skip ? { skip } : {}) });
      });
    }
  }
  // Footnote mark glued to the first word ("1Resolution").
  const mark = opts.leadingMark;
  const first = out.findIndex((t) => !t.skip);
  if (mark && first >= 0) {
    const t = out[first]!;
    const w = t.alts[0]!;
    if (w.length > mark.length && w.startsWith(mark) && !/^\d/.test(w.slice(mark.length))) {
      out.splice(first, 1, { alts: [mark], line: t.line }, { alts: [w.slice(mark.length)], line: t.line });
    }
  }
  return out;
}

/** Whitespace-collapsed tokens of published text parts, in order. */
export function publishedTokens(parts: readonly (string | undefined)[]): string[] {
  return parts.flatMap((p) => (p ?? '').split(/\s+/).filter(Boolean));
}

/** Rule 8: a published mark "[N]" is also matched by a bare "N". */
function withoutBrackets(pub: string): string {
  return pub.replace(/\[(\d{1,3}|\*)\]/g, '$1');
}

/** Rules 7-8 for one pair of tokens. Text of a nested unit is never matched: it is published there. */
export function tokenMatches(pub: string, seed: SeedToken): boolean {
  if (seed.skip === 'nested') return false;
  if (seed.alts.includes(pub)) return true;
  const bare = withoutBrackets(pub);
  return bare !== pub && seed.alts.includes(bare);
}

export interface Mismatch {
  /** Index of the first published token that could not be placed (= pub.length if the seed has more). */
  pubIndex: number;
  /** Index of the seed token expected there. */
  seedIndex: number;
  message: string;
}

function show(tokens: readonly string[], at: number, before = 8, after = 8): string {
  const from = Math.max(0, at - before);
  const parts = tokens.slice(from, at);
  const rest = tokens.slice(at + 1, at + 1 + after);
  const here = at < tokens.length ? `»${tokens[at]}«` : '»(end)«';
  return `${from > 0 ? '… ' : ''}${[...parts, here, ...rest].join(' ')}${at + 1 + after < tokens.length ? ' …' : ''}`;
}

/**
 * The common case, without the table below: each published token matches the next seed token,
 * skippable seed tokens being passed over. Such a walk is one of the alignments alignTokens
 * accepts, so true here means faithful; false says nothing (the full search decides).
 */
function matchesInOrder(pub: readonly string[], seed: readonly SeedToken[]): boolean {
  let j = 0;
  for (const p of pub) {
    while (j < seed.length && seed[j]!.skip && !tokenMatches(p, seed[j]!)) j++;
    if (j >= seed.length || !tokenMatches(p, seed[j]!)) return false;
    j++;
  }
  while (j < seed.length && seed[j]!.skip) j++;
  return j === seed.length;
}

/**
 * Rule 7: does `pub` equal the non-skippable seed tokens, in order, contiguously (skippable seed
 * tokens being optional anywhere)? Returns null when it does, else where it first goes wrong.
 * Dynamic programming over (published index, seed index), so a skippable token that happens to
 * equal the next published word cannot derail the match.
 */
export function alignTokens(pub: readonly string[], seed: readonly SeedToken[]): Mismatch | null {
  if (matchesInOrder(pub, seed)) return null;
  const P = pub.length;
  const S = seed.length;
  const W = S + 1;
  const reach = new Uint8Array((P + 1) * W);
  reach[0] = 1;
  for (let i = 0; i <= P; i++) {
    for (let j = 0; j <= S; j++) {
      if (!reach[i * W + j]) continue;
      if (j >= S) continue;
      const t = seed[j]!;
      if (t.skip) reach[i * W + j + 1] = 1;
      if (i >= P) continue;
      const p = pub[i]!;
      if (tokenMatches(p, t)) reach[(i + 1) * W + j + 1] = 1;
      if (t.skip) continue;
      // Rule 3: "non-" + "governmental" (skippable tokens between) published as one word.
      const w = t.alts[0]!;
      if (/[\p{L}\p{N}]-$/u.test(w)) {
        let k = j + 1;
        while (k < S && seed[k]!.skip) k++;
        if (k < S) {
          const next = seed[k]!.alts[0]!;
          const bare = withoutBrackets(p);
          if (w + next === p || w + next === bare) reach[(i + 1) * W + k + 1] = 1;
        }
      }
      // Rule 8: "challenges.[35]" printed as "challenges. 35".
      const m = /^(.+)\[(\d{1,3}|\*)\]$/.exec(p);
      if (m && j + 1 < S && t.alts.includes(m[1]!) && seed[j + 1]!.skip !== 'nested' && seed[j + 1]!.alts.includes(m[2]!)) reach[(i + 1) * W + j + 2] = 1;
    }
  }
  if (reach[P * W + S]) return null;
  // Furthest published token reached, and the first seed token that blocked it.
  let best = 0;
  for (let i = P; i >= 0; i--) {
    let any = false;
    for (let j = 0; j <= S; j++) if (reach[i * W + j]) { any = true; break; }
    if (any) { best = i; break; }
  }
  let seedIndex = S;
  for (let j = 0; j <= S; j++) {
    if (reach[best * W + j] && (j === S || !seed[j]!.skip)) { seedIndex = j; break; }
  }
  if (best === P) {
    // All published text placed, but seed text remains: take the last reachable position.
    for (let j = S; j >= 0; j--) if (reach[P * W + j]) { seedIndex = j; break; }
    while (seedIndex < S && seed[seedIndex]!.skip) seedIndex++;
  }
  const seedWords = seed.map((t) => t.alts[0]!);
  const line = seedIndex < S ? seed[seedIndex]!.line : seed[S - 1]?.line;
  const what =
    best === P
      ? `the seed continues with «${seedWords[seedIndex]}» (line ${line}) after the end of the published text`
      : seedIndex === S
        ? `the published text continues with «${pub[best]}» after the end of the seed range`
        : `published «${pub[best]}» ≠ seed «${seedWords[seedIndex]}» (line ${line})`;
  return {
    pubIndex: best,
    seedIndex,
    message: `${what}\n    published: ${show(pub, best)}\n    seed:      ${show(seedWords, seedIndex)}`,
  };
}

export interface UnitToCompare {
  /** Where the unit lives, for messages: "content/poa/paragraphs/para-013.yaml". */
  label: string;
  /** Published text parts in printed order (labels/numbers restored by the caller). */
  parts: readonly (string | undefined)[];
  ranges: readonly LineRange[];
  opts?: SeedTokenOptions;
}

/** Compare one unit with its seed range; null when faithful, else a readable message. */
export function compareUnit(seedLines: readonly string[], unit: UnitToCompare): string | null {
  const pub = publishedTokens(unit.parts);
  const seed = seedTokens(seedLines, unit.ranges, unit.opts);
  const mismatch = alignTokens(pub, seed);
  if (!mismatch) return null;
  const where = unit.ranges.map((r) => `${r.start}-${r.end}`).join(', ');
  return `${unit.label} (seed lines ${where}): ${mismatch.message}`;
}

const within = (r: LineRange, outer: readonly LineRange[]) => outer.some((o) => o.start <= r.start && r.end <= o.end);

const encloses = (outer: readonly LineRange[], inner: readonly LineRange[]) => inner.every((r) => within(r, outer));

/**
 * Rule 5: lines of other units printed inside unit `self`: every range of another unit that lies
 * within a range of `self` (a footnote printed inside a paragraph's line range, or the part of a
 * footnote continued there), unless that unit encloses `self` itself.
 * `all` holds the ranges of every published unit of the same seed, told apart by index.
 */
export function nestedLines(all: readonly (readonly LineRange[])[], self: number): Set<number> {
  const own = all[self]!;
  const nested = new Set<number>();
  all.forEach((ranges, k) => {
    if (k === self || encloses(ranges, own)) return;
    for (const r of ranges) if (within(r, own)) for (let n = r.start; n <= r.end; n++) nested.add(n);
  });
  return nested;
}

/** Pairs of units that share lines other than by nesting (each such line would be compared twice). */
export function partialOverlaps(all: readonly (readonly LineRange[])[]): [number, number][] {
  const out: [number, number][] = [];
  const overlap = (x: LineRange, y: LineRange) => x.start <= y.end && y.start <= x.end;
  for (let a = 0; a < all.length; a++) {
    for (let b = a + 1; b < all.length; b++) {
      const A = all[a]!;
      const B = all[b]!;
      if (encloses(A, B) || encloses(B, A)) continue;
      const stray = A.some((x) => B.some((y) => overlap(x, y) && !within(y, [x]) && !within(x, [y])));
      if (stray) out.push([a, b]);
    }
  }
  return out;
}

/** Seed lines with text (not blank, not page furniture) that no range covers. */
export function uncoveredLines(seedLines: readonly string[], ranges: readonly LineRange[], exceptions: ReadonlySet<number> = new Set()): number[] {
  const covered = new Uint8Array(seedLines.length + 2);
  for (const r of ranges) for (let n = r.start; n <= r.end; n++) covered[n] = 1;
  const out: number[] = [];
  seedLines.forEach((line, i) => {
    const n = i + 1;
    if (!covered[n] && !exceptions.has(n) && !isBlankLine(line) && !isFurnitureLine(line)) out.push(n);
  });
  return out;
}

/** Split seed file text into lines (line 1 is index 0). */
export function splitSeed(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
