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

/** The Geneva Conference as the first date of each topic's history on a country page (its date is the Programme of Action's). */
export const CONFERENCE_HISTORY_LABEL = 'May 1996 (Geneva Conference)';

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
