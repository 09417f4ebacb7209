/** Rules across laws, their replacements, and the law-coverage records. */
import { list } from './context.ts';
import { defineRule, type EntriesRule } from './types.ts';

export const lawReplacement = defineRule<EntriesRule>({
  kind: 'entries',
  id: 'law-replacement',
  summary: 'A replacement is recorded on both acts: `replaces` in the newer, `replacedBy` in the older.',
  messages: {
    'says it is replaced by this act: add it to replaces': ['add the older act to `replaces` of the newer one', 'one-sided-replacement'],
    'says it replaces this act: add it to replacedBy': ['add the newer act to `replacedBy` of the older one', 'one-sided-replacement-older'],
  },
  check(ctx) {
    const lawById = new Map(ctx.of('laws').map((e) => [String(e.data['id']), e]));
    for (const e of ctx.of('laws')) {
      for (const newer of list<string>(e.data['replacedBy'])) {
        const other = lawById.get(newer);
        if (other && !list<string>(other.data['replaces']).includes(String(e.data['id']))) {
          ctx.report(other.file, ['replaces'], `"${String(e.data['id'])}" says it is replaced by this act: add it to replaces`);
        }
      }
      for (const older of list<string>(e.data['replaces'])) {
        const other = lawById.get(older);
        if (other && !list<string>(other.data['replacedBy']).includes(String(e.data['id']))) {
          ctx.report(other.file, ['replacedBy'], `"${String(e.data['id'])}" says it replaces this act: add it to replacedBy`);
        }
      }
    }
  },
});

export const lawSeedClaims = defineRule<EntriesRule>({
  kind: 'entries',
  id: 'law-seed-claims',
  summary: 'A law’s `seedClaims` cite seed documents only.',
  messages: { 'is not a seed document: seedClaims keep what a seed states': ['move the citation to `sources`', 'law-seed-claim-not-seed'] },
  check(ctx) {
    for (const e of ctx.of('laws')) {
      ((e.data['seedClaims'] as { source: string }[] | undefined) ?? []).forEach((claim, i) => {
        const source = ctx.sources.get(claim.source);
        if (source && source['kind'] !== 'seed') ctx.report(e.file, ['seedClaims', i, 'source'], `"${claim.source}" is not a seed document: seedClaims keep what a seed states; cite other sources under sources`);
      });
    }
  },
});

/** Law coverage agrees with the acts recorded: "none-found" cannot stand beside a recorded act. */
export const lawCoverage = defineRule<EntriesRule>({
  kind: 'entries',
  id: 'law-coverage',
  summary: 'A law-coverage file lists each topic once, and "none-found" never stands beside a recorded act on that topic.',
  messages: {
    '"none-found" but content/laws/ has an act of': ['set outcome to found, or fix the act’s topics', 'none-found-beside-act'],
    'is listed twice: keep one entry': ['keep one entry for the topic', 'topic-listed-twice'],
  },
  check(ctx) {
    const topicsWithActs = new Set(ctx.of('laws').flatMap((e) => (e.data['topics'] as string[]).map((t) => `${String(e.data['country'])}/${t}`)));
    for (const e of ctx.of('lawCoverage')) {
      const seenTopics = new Set<string>();
      (e.data['topics'] as { topic: string; outcome: string }[]).forEach((t, i) => {
        if (seenTopics.has(t.topic)) ctx.report(e.file, ['topics', i, 'topic'], `topic ${t.topic} is listed twice: keep one entry`);
        seenTopics.add(t.topic);
        if (t.outcome === 'none-found' && topicsWithActs.has(`${String(e.data['country'])}/${t.topic}`)) {
          ctx.report(e.file, ['topics', i, 'outcome'], `"none-found" but content/laws/ has an act of ${String(e.data['country'])} on ${t.topic}: set outcome to found, or fix the act's topics`);
        }
      });
    }
  },
});
