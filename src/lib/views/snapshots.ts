/** What a document snapshot adds to its matrix page: the date's note, a notice, the countries covered and memberships at the date. */
import type { CountryId } from '../../schemas/common.ts';
import type { Country } from '../../schemas/country.ts';
import type { Organization } from '../../schemas/organization.ts';
import { formatDate } from '../../i18n/format.ts';
import { dictionary } from '../../i18n/index.ts';
import type { Lang } from '../routes.ts';
import { membershipAt } from '../derive/membership.ts';
import type { Snapshot } from '../../schemas/editorial.ts';
import type { Model } from '../model.ts';
import { snapshotDate } from './matrix.ts';

export interface MembershipCell {
  member: boolean;
  text: string;
  detail?: string;
}

/** A membership table cell: the standing at the date in words (the rules are in src/lib/derive/membership.ts). */
export function membershipCell(model: Model, organization: string, country: CountryId, at: string, lang: Lang = 'en'): MembershipCell {
  const words = dictionary(lang).snapshot.membership;
  const date = (d: string) => formatDate(d, lang);
  const state = membershipAt(model.memberships, organization, country, at);
  switch (state.state) {
    case 'none-recorded':
      return { member: false, text: words.notMember, detail: words.noneRecorded };
    case 'not-at-date':
      return { member: false, text: words.notMember, detail: words.outsideDate };
    case 'undated':
      return { member: state.member, text: words.roles[state.role], detail: words.undated };
    case 'dated':
      return {
        member: state.member,
        text: state.suspended ? words.suspended : words.roles[state.role],
        detail: `${words.since(date(state.joined))}${state.suspended ? words.suspendedOn(date(state.suspended)) : ''}`,
      };
  }
}

export interface SnapshotExtras {
  /** Overrides the assertion file's as-of date for the matrix, with the reason. */
  matrixDate?: string;
  dateNote?: string;
  intro?: string;
  /** Rows shown (the 2011 paper covers the five Central Asian states only). */
  countries?: readonly CountryId[];
  memberships?: {
    at: string;
    organizations: Organization[];
    rows: { country: Country; cells: MembershipCell[] }[];
  };
}

/** What the snapshot's record (content/editorial/snapshots.yaml) adds to its treaty matrix page. */
export function buildSnapshotExtras(model: Model, snapshot: Snapshot, lang: Lang = 'en'): SnapshotExtras {
  const extras: SnapshotExtras = {};
  if (snapshot.matrixDate) extras.matrixDate = snapshot.matrixDate;
  if (snapshot.dateNote) extras.dateNote = snapshot.dateNote;
  if (snapshot.intro) extras.intro = snapshot.intro;
  if (snapshot.countries) extras.countries = snapshot.countries;
  if (snapshot.organizations) {
    const at = snapshot.matrixDate ?? snapshotDate(model, snapshot.document);
    const organizations = snapshot.organizations.map((id) => model.organizationById.get(id)).filter((o): o is Organization => o !== undefined);
    const shown = snapshot.countries ?? model.countryList.map((c) => c.id);
    extras.memberships = {
      at,
      organizations,
      rows: shown.map((id) => model.countryById.get(id)).filter((c): c is Country => c !== undefined).map((country) => ({
        country,
        cells: organizations.map((o) => membershipCell(model, o.id, country.id, at, lang)),
      })),
    };
  }
  return extras;
}
