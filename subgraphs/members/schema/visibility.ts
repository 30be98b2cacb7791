import type { Identity } from '../../../infra/auth/identity';

/**
 * Row-level visibility, applied to every lookup and federation reference: nothing crosses
 * companies, and a member sees only themself and their own cards.
 */
export function canSeeCompanyRow(identity: Identity, row: { companyId: string }): boolean {
  return identity.kind !== 'anonymous' && identity.companyId === row.companyId;
}

export function canSeeMember(identity: Identity, member: { id: string; companyId: string; state: string }): boolean {
  if (member.state === 'DELETED' || !canSeeCompanyRow(identity, member)) return false;
  return identity.kind !== 'member' || identity.memberId === member.id;
}

export function canSeeCard(identity: Identity, card: { companyId: string; memberId: string | null }): boolean {
  if (!canSeeCompanyRow(identity, card)) return false;
  return identity.kind !== 'member' || identity.memberId === card.memberId;
}

export function visibleOrNull<T>(row: T | null | undefined, visible: (row: T) => boolean): T | null {
  return row && visible(row) ? row : null;
}
