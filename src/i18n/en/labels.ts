/** Labels of the controlled vocabularies, in English (the source of truth stays src/lib/labels.ts). */
import {
  FAMILY_LABELS, KIND_LABELS, LAW_STATUS_LABELS, LAW_TIMELINE_LABELS, LEGISLATION_STATE_LABELS, REGION_LABELS,
  SEED_CLAIM_FIELD_LABELS, TOPIC_LABELS,
} from '../../lib/labels.ts';
import type { LawTopic, RegionId, TreatyFamily } from '../../schemas/common.ts';
import type { LawStatus } from '../../schemas/law.ts';
import { STATE_LABELS, type PartyState } from '../../lib/derive/status.ts';

type Labels<K extends string> = Record<K, string>;

export const labels = {
  family: FAMILY_LABELS as Labels<TreatyFamily>,
  region: REGION_LABELS as Labels<RegionId>,
  topic: TOPIC_LABELS as Labels<LawTopic>,
  lawKind: KIND_LABELS as Labels<keyof typeof KIND_LABELS & string>,
  lawStatus: LAW_STATUS_LABELS as Labels<LawStatus>,
  legislationState: { ...LEGISLATION_STATE_LABELS } as Labels<keyof typeof LEGISLATION_STATE_LABELS>,
  lawTimeline: { ...LAW_TIMELINE_LABELS } as Labels<keyof typeof LAW_TIMELINE_LABELS>,
  seedClaimField: { ...SEED_CLAIM_FIELD_LABELS } as Labels<keyof typeof SEED_CLAIM_FIELD_LABELS>,
  /** A country's state towards a treaty at a date (status cells, the PoA tracker). */
  partyState: { ...STATE_LABELS } as Labels<PartyState>,
};
