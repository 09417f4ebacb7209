/** Human-readable labels for the controlled vocabularies. */
import type { LawTopic, RegionId, TreatyFamily } from '../schemas/common.ts';

export const FAMILY_LABELS: Record<TreatyFamily, string> = {
  refugees: 'Refugees',
  statelessness: 'Statelessness and nationality',
  'human-rights': 'Human rights core',
  humanitarian: 'Humanitarian law',
  'labour-migration': 'Labour migration',
  trafficking: 'Trafficking and smuggling',
  regional: 'CIS regional',
};

export const REGION_LABELS: Record<RegionId, string> = {
  'south-caucasus': 'South Caucasus',
  'central-asia': 'Central Asia',
  'western-cis': 'Western CIS',
  'russian-federation': 'Russian Federation',
};

export const TOPIC_LABELS: Record<LawTopic, string> = {
  'refugees-asylum': 'Refugees and asylum',
  'citizenship-statelessness': 'Citizenship and statelessness',
  'migration-entry-stay': 'Entry and stay of foreigners, migration',
  'labour-migration': 'Labour migration',
  trafficking: 'Trafficking in persons',
  'idps-formerly-deported': 'Internally displaced persons and formerly deported peoples',
  'readmission-agreements': 'Readmission agreements',
  'statelessness-determination': 'Statelessness determination and protection of stateless persons',
};

/**
 * PoA paragraphs bearing on legislation for each topic. Chapter II.B (paras 39–49) asks for the
 * legislation; the IDP/formerly-deported topic has no paragraph there, so it points to the
 * principles (14, 21) and to the return/resettlement paragraph that names legal measures (81).
 */
export const TOPIC_POA_PARAGRAPHS: Record<LawTopic, readonly number[]> = {
  'refugees-asylum': [43, 13],
  'citizenship-statelessness': [44, 47, 95],
  'migration-entry-stay': [39, 40, 41],
  'labour-migration': [40],
  trafficking: [42],
  'idps-formerly-deported': [14, 21, 81],
  // Paragraphs whose text asks for return and readmission arrangements and agreements.
  'readmission-agreements': [82, 84, 122, 125],
  // Paragraphs asking for measures on statelessness beyond citizenship law (44 covers that).
  'statelessness-determination': [95, 107],
};

export const KIND_LABELS: Record<string, string> = {
  law: 'Law',
  decree: 'Decree',
  code: 'Code',
  programme: 'Programme',
  'draft-law': 'Draft law',
  'bilateral-agreement': 'Bilateral agreement',
  resolution: 'Resolution',
  other: 'Other act',
};

export const LAW_STATUS_LABELS: Record<string, string> = {
  'in-force': 'In force',
  amended: 'In force, amended',
  replaced: 'Replaced',
  repealed: 'Repealed',
  draft: 'Draft',
  unknown: 'Status unknown',
};

/** Legislation matrix cells: four different claims, never merged. */
export const LEGISLATION_STATE_LABELS = {
  found: 'In force',
  'found-unverified': 'Act found, status not verified',
  'none-found': 'None found',
  unknown: 'Unknown',
} as const;

/** Steps of a law's timeline (src/lib/derive/legislation.ts, lawTimeline). */
export const LAW_TIMELINE_LABELS = {
  adopted: 'adopted',
  'in-force': 'entered into force',
  amended: 'amended by',
  amends: 'amends',
  replaced: 'replaced by',
  replaces: 'replaces',
  ended: 'ceased to be in force',
  status: 'status last stated by a source',
} as const;

/** Fields of a law that a seed document may state differently. */
export const SEED_CLAIM_FIELD_LABELS = { title: 'Title', number: 'Number', adopted: 'Date of adoption', inForce: 'Date of entry into force' } as const;
