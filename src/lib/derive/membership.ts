/**
 * A country's standing in a regional organization at a date, from the dated membership records
 * (content/memberships/): whether it was a member, in which role, since when, and whether its
 * membership was suspended by then. Observers and dialogue partners are not members.
 */
import type { CountryId } from '../../schemas/common.ts';
import type { MembershipFile } from '../../schemas/organization.ts';
import { happenedBy } from './dates.ts';

export type MembershipRole = MembershipFile['members'][number]['role'];

export type MembershipState =
  /** No record of the country in the organization. */
  | { state: 'none-recorded'; member: false }
  /** Records exist, but none covers the date (joined after it, or left before it). */
  | { state: 'not-at-date'; member: false }
  /** A record with no date of joining: the role is known, not since when. */
  | { state: 'undated'; member: boolean; role: MembershipRole }
  /** A dated record covering the date; `suspended` when a suspension had begun by then. */
  | { state: 'dated'; member: boolean; role: MembershipRole; joined: string; suspended?: string };

/** Roles that make a country a member (observers and dialogue partners are not). */
export function isMemberRole(role: MembershipRole): boolean {
  return role !== 'observer' && role !== 'dialogue-partner';
}

/** The country's standing in the organization at `at`; the first record covering the date decides. */
export function membershipAt(memberships: readonly MembershipFile[], organization: string, country: CountryId, at: string): MembershipState {
  const file = memberships.find((m) => m.organization === organization);
  const entries = file?.members.filter((m) => m.country === country) ?? [];
  if (entries.length === 0) return { state: 'none-recorded', member: false };
  const entry = entries.find((m) => (!m.joined || happenedBy(m.joined, at)) && (!m.left || !happenedBy(m.left, at)));
  if (!entry) return { state: 'not-at-date', member: false };
  if (!entry.joined) return { state: 'undated', member: isMemberRole(entry.role), role: entry.role };
  const suspended = entry.suspended && happenedBy(entry.suspended, at) ? entry.suspended : undefined;
  return { state: 'dated', member: !suspended && isMemberRole(entry.role), role: entry.role, joined: entry.joined, ...(suspended ? { suspended } : {}) };
}
