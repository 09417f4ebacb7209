/** What each document snapshot adds to the matrix: its exact date and, for 2011, the annexes rebuilt. */
import type { CountryId } from '../../schemas/common.ts';
import type { Country } from '../../schemas/country.ts';
import type { Organization } from '../../schemas/organization.ts';
import { formatDate, happenedBy } from '../derive/dates.ts';
import type { Model } from '../model.ts';

export const CENTRAL_ASIA: readonly CountryId[] = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'];

export interface MembershipCell {
  member: boolean;
  text: string;
  detail?: string;
}

/** Membership state of a country in an organization at a date, from the dated membership records. */
export function membershipAt(model: Model, organization: string, country: CountryId, at: string): MembershipCell {
  const file = model.memberships.find((m) => m.organization === organization);
  const entries = file?.members.filter((m) => m.country === country) ?? [];
  if (entries.length === 0) return { member: false, text: 'Not a member', detail: 'no membership recorded' };
  const current = entries.filter((m) => !m.joined || happenedBy(m.joined, at)).filter((m) => !m.left || !happenedBy(m.left, at));
  const entry = current[0];
  if (!entry) return { member: false, text: 'Not a member', detail: `joined or left outside this date` };
  if (!entry.joined) return { member: entry.role !== 'observer' && entry.role !== 'dialogue-partner', text: labelRole(entry.role), detail: 'date of joining not verified' };
  const suspended = entry.suspended && happenedBy(entry.suspended, at);
  return {
    member: !suspended && entry.role !== 'observer' && entry.role !== 'dialogue-partner',
    text: suspended ? 'Suspended' : labelRole(entry.role),
    detail: `since ${formatDate(entry.joined)}${suspended && entry.suspended ? `; suspended ${formatDate(entry.suspended)}` : ''}`,
  };
}

function labelRole(role: string): string {
  return { member: 'Member', 'founding-member': 'Member (founding)', associate: 'Associate member', observer: 'Observer', participant: 'Participant', 'dialogue-partner': 'Dialogue partner' }[role] ?? role;
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
          cells: organizations.map((o) => membershipAt(model, o.id, country.id, at)),
        })),
      },
    };
  }
  if (slug === '2004') return { dateNote: 'the last day of the Minsk High-Level Review Meeting' };
  return { dateNote: 'the document gives no day; acts dated within 2000 count' };
}
