/** Rules on the Programme of Action: all 149 paragraphs, their footnotes, references to them. */
import { footnoteNumbers, parsePoaRef } from '../../../schemas/refs.ts';
import { list } from './context.ts';
import { defineRule, type EntriesContext, type EntriesRule } from './types.ts';

export const poaComplete = defineRule<EntriesRule>({
  kind: 'entries',
  id: 'poa-complete',
  summary: 'The Programme of Action has paragraphs 1–149, each in its own file, and every heading starts at a paragraph that exists.',
  messages: {
    'missing: the Programme of Action has paragraphs 1–149': ['add the paragraph file', 'missing-paragraph', 'poa-heading-dangling'],
    'does not exist': ['correct `firstParagraph` of the heading in content/poa/structure.yaml', 'poa-heading-dangling'],
  },
  check(ctx) {
    const paragraphs = new Set(ctx.of('poaParagraphs').map((e) => Number(e.data['number'])));
    const brokenParagraphs = ctx.brokenIds('poaParagraphs');
    for (let n = 1; n <= 149; n++) {
      if (!paragraphs.has(n) && !brokenParagraphs.has(String(n)) && ctx.of('poaParagraphs').length > 0) {
        ctx.report(ctx.contentPath(`poa/paragraphs/para-${String(n).padStart(3, '0')}.yaml`), [], `missing: the Programme of Action has paragraphs 1–149 and paragraph ${n} has no file (add it)`);
      }
    }
    for (const e of ctx.of('poaStructure')) {
      list<{ firstParagraph: number | null }>(e.data['headings']).forEach((h, i) => {
        if (h.firstParagraph !== null && !paragraphs.has(h.firstParagraph) && !brokenParagraphs.has(String(h.firstParagraph))) {
          ctx.report(e.file, [i, 'firstParagraph'], `paragraph ${h.firstParagraph} does not exist`);
        }
      });
    }
  },
});

export const poaFootnotes = defineRule<EntriesRule>({
  kind: 'entries',
  id: 'poa-footnotes',
  summary: 'A paragraph’s footnote markers [n] and its `footnotes` list agree, and each footnote is in content/poa/footnotes.yaml.',
  messages: {
    'but footnotes does not list': ['add the number to `footnotes`', 'poa-footnote-marker-unlisted'],
    'but the text has no marker': ['remove the number from `footnotes`, or restore the marker in the text', 'poa-footnote-unlisted'],
    'is not in content/poa/footnotes.yaml': ['add the footnote there, or correct the number', 'poa-footnote-unlisted'],
  },
  check(ctx) {
    const listedFootnotes = new Set(ctx.of('poaFootnotes').flatMap((e) => list<{ number: number }>(e.data['footnotes']).map((f) => f.number)));
    for (const e of ctx.of('poaParagraphs')) {
      const markers = new Set(
        [e.data['text'], e.data['trailing'], ...list<{ text: string }>(e.data['subparagraphs']).map((s) => s.text)]
          .filter((t): t is string => typeof t === 'string')
          .flatMap((t) => footnoteNumbers(t)),
      );
      const declared = new Set(list<number>(e.data['footnotes']));
      for (const n of markers) if (!declared.has(n)) ctx.report(e.file, ['footnotes'], `the text has the footnote marker [${n}] but footnotes does not list ${n}`);
      for (const n of declared) if (!markers.has(n)) ctx.report(e.file, ['footnotes'], `footnotes lists ${n} but the text has no marker [${n}]`);
      list<number>(e.data['footnotes']).forEach((n, i) => {
        if (listedFootnotes.size > 0 && !listedFootnotes.has(n)) ctx.report(e.file, ['footnotes', i], `footnote ${n} is not in content/poa/footnotes.yaml`);
      });
    }
  },
});

/** Why a PoA reference ("47", "13-c") points nowhere, or undefined when it resolves (or its paragraph is broken, reported there). */
function refProblem(ctx: EntriesContext, paragraphs: Map<number, Record<string, unknown>>, ref: string): string | undefined {
  const parsed = parsePoaRef(ref);
  if (!parsed) return undefined; // not written as a reference: the schema says so
  const { paragraph: num, letter } = parsed;
  const p = paragraphs.get(num);
  if (!p && ctx.brokenIds('poaParagraphs').has(String(num))) return undefined;
  if (!p) return `PoA paragraph ${num} does not exist (1–149)`;
  if (letter && !list<{ label: string }>(p['subparagraphs']).some((s) => s.label === letter)) return `PoA paragraph ${num} has no subparagraph (${letter})`;
  return undefined;
}

export const poaReferences = defineRule<EntriesRule>({
  kind: 'entries',
  id: 'poa-references',
  summary: 'A link from a 2004 conclusion or a law to the PoA names a paragraph (and subparagraph) that exists.',
  messages: {
    'does not exist (1–149): fix the reference': ['correct the paragraph number', 'dangling-paragraph'],
    'has no subparagraph': ['correct the subparagraph letter (`13-c`)', 'dangling-paragraph', 'law-poa-dangling'],
  },
  check(ctx) {
    const paragraphs = new Map(ctx.of('poaParagraphs').map((e) => [Number(e.data['number']), e.data]));
    for (const e of ctx.of('conclusions')) {
      list<{ paragraph: string }>(e.data['poaLinks']).forEach((link, i) => {
        const problem = refProblem(ctx, paragraphs, link.paragraph);
        if (problem) ctx.report(e.file, [...e.base, 'poaLinks', i, 'paragraph'], `${problem}: fix the reference`);
      });
    }
    for (const e of ctx.of('laws')) {
      ((e.data['poa'] as string[] | undefined) ?? []).forEach((ref, i) => {
        const problem = refProblem(ctx, paragraphs, ref);
        if (problem) ctx.report(e.file, ['poa', i], `${problem}: fix the reference`);
      });
    }
  },
});

export const conclusionOrder = defineRule<EntriesRule>({
  kind: 'entries',
  id: 'conclusion-order',
  summary: 'Each 2004 conclusion has its own `order`.',
  messages: { 'each conclusion has its own position': ['give the conclusion the next free `order`', 'conclusion-order-twice'] },
  check(ctx) {
    const orders = new Map<number, Record<string, unknown>>();
    for (const e of ctx.of('conclusions')) {
      const order = Number(e.data['order']);
      const first = orders.get(order);
      if (first) ctx.report(e.file, [...e.base, 'order'], `order ${order} is also used by "${String(first['id'])}": each conclusion has its own position`);
      orders.set(order, e.data);
    }
  },
});
