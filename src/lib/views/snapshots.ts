/** What each document snapshot adds to the matrix: its exact date and, for 2011, the annexes rebuilt. */
import type { CountryId } from '../../schemas/common.ts';
import type { Country } from '../../schemas/country.ts';
import type { Organization } from '../../schemas/organization.ts';
import { formatDate } from '../derive/dates.ts';
import { membershipAt, type MembershipRole } from '../derive/membership.ts';
import type { Model } from '../model.ts';

export const CENTRAL_ASIA: readonly CountryId[] = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'];

export interface MembershipCell {
  member: boolean;
  text: string;
  detail?: string;
}

/** A membership table cell: the standing at the date in words (the rules are in src/lib/derive/membership.ts). */
export function membershipCell(model: Model, organization: string, country: CountryId, at: string): MembershipCell {
  const state = membershipAt(model.memberships, organization, country, at);
  switch (state.state) {
    case 'none-recorded':
      return { member: false, text: 'Not a member', detail: 'no membership recorded' };
    case 'not-at-date':
      return { member: false, text: 'Not a member', detail: `joined or left outside this date` };
    case 'undated':
      return { member: state.member, text: labelRole(state.role), detail: 'date of joining not verified' };
    case 'dated':
      return {
        member: state.member,
        text: state.suspended ? 'Suspended' : labelRole(state.role),
        detail: `since ${formatDate(state.joined)}${state.suspended ? `; suspended ${formatDate(state.suspended)}` : ''}`,
      };
  }
}

function labelRole(role: MembershipRole): string {
  return { member: 'Member', 'founding-member': 'Member (founding)', associate: 'Associate member', observer: 'Observer', participant: 'Participant', 'dialogue-partner': 'Dialogue partner' }[role];
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

export function buildSnapshotExtras(model: Model, slug: string): SnapshotExtras {
  if (slug === '2011') {
    // The paper's annexes are dated to the Almaty conference of 15–16 March 2011 (seed 004, line 59).
    const at = '2011-03-15';
    const orgOrder = ['cis', 'csto', 'sco', 'eurasec', 'cica', 'eco'];
    const organizations = orgOrder.map((id) => model.organizationById.get(id)).filter((o): o is Organization => o !== undefined);
    return {
      matrixDate: at,
      countries: CENTRAL_ASIA,
      dateNote: 'the Almaty conference for which the 2011 paper was written, 15–16 March 2011',
      intro:
        "The 2011 paper's annex tables of ratifications lost every cell in extraction. The matrix below is our reconstruction for the paper's date from the depositary records, marked as such; the five Central Asian states are the ones the paper covers, and the statements beside the cells are those its surviving text makes.",
      memberships: {
        at,
        organizations,
        rows: CENTRAL_ASIA.map((id) => model.countryById.get(id)).filter((c): c is Country => c !== undefined).map((country) => ({
          country,
          cells: organizations.map((o) => membershipCell(model, o.id, country.id, at)),
        })),
      },
    };
  }
  if (slug === '2004') return { dateNote: 'the last day of the Minsk High-Level Review Meeting' };
  return { dateNote: 'the document gives no day; acts dated within 2000 count' };
}
