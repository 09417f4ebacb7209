/** The per-country gap brief (/countries/<slug>/gaps/). */
export const gaps = {
  title: (name: string) => `Gap brief: ${name}`,
  description: (name: string) =>
    `${name}: the treaties it has not joined and the legislative topics with no act found, with the Programme of Action paragraphs and 2004 conclusions that ask for them.`,
  lead: (date: string, name: string, party: number, total: number, others: number) =>
    `On ${date}, ${name} is party to ${party} of the ${total} treaties covered. The ${others} others are listed below with the paragraphs of the 1996 Programme of Action (PoA) and the 2004 Minsk conclusions that name them, followed by the legislative topics for which no act was found or the state is unknown.`,
  downloadRows: 'Download the same rows:',
  fullProfile: 'Full profile:',
  allCountries: 'all countries at once:',
  gapMatrix: 'gap matrix',
  treatiesHeading: (n: number) => `Treaties not joined (${n})`,
  partyToAll: (name: string) => `${name} is party to every treaty covered.`,
  treatiesCaption: (name: string, date: string) => `${name}: treaties not joined on ${date}, and what asks for them`,
  colTreaty: 'Treaty',
  colStatus: 'Status',
  colPoa: 'PoA paragraphs',
  colConclusions: '2004 conclusions',
  noneNamesIt: 'none names it',
  treatiesNote: (name: string) =>
    `“Not open to this State” means the treaty's own terms exclude ${name}; it cannot join as things stand. “Unknown” means no depositary record could be read; it is not a claim that ${name} is not party.`,
  topicsHeading: (n: number) => `Legislative topics with no act found or unknown (${n})`,
  allTopicsFound: 'For every topic covered an act in force is recorded.',
  topicsCaption: (name: string, date: string) => `${name}: legislative topics without a recorded act in force on ${date}`,
  colTopic: 'Topic',
  colState: 'State',
  noneRecorded: 'none recorded',
  topicsNote: '“None found” means a register covering the topic was searched and listed no act; “Unknown” means it was not established.',
  /** Notes the legislation derivation writes when the coverage file gives none. */
  unverifiedNote: 'An act on this topic is recorded, but no source read states that it is in force.',
  noneInForceNote: 'Acts on this topic are recorded, but none is known to be in force at this date.',
};
