import { DomainError, MemberBlockedError } from './errors';

export type MemberState = 'CARD_HOLDER' | 'REGISTERED' | 'BLOCKED' | 'DELETED';
export type CardState = 'BLANK' | 'INACTIVE' | 'ACTIVE' | 'BLOCKED' | 'REPLACED';

/** The company's default: only registered members pay with bonuses; card holders only collect. */
export const DEFAULT_SPENDING_STATES: MemberState[] = ['REGISTERED'];

export function canAccrue(state: MemberState): boolean {
  return state === 'CARD_HOLDER' || state === 'REGISTERED';
}

export function canSpend(state: MemberState, spendingStates: readonly MemberState[]): boolean {
  return state !== 'BLOCKED' && state !== 'DELETED' && spendingStates.includes(state);
}

export function assertActive(state: MemberState, field: string | null = 'memberId'): void {
  if (state === 'DELETED') throw new DomainError('MEMBER_NOT_FOUND', 'No such member in this company', field);
  if (state === 'BLOCKED') throw new MemberBlockedError(field);
}

/** The state an unblocked account returns to: what it had earned before the block. */
export function stateAfterUnblock(registeredAt: Date | null): MemberState {
  return registeredAt ? 'REGISTERED' : 'CARD_HOLDER';
}

/** A card bound to a member is usable once the member has registered (registration activates cards). */
export function boundCardState(memberState: MemberState): CardState {
  return memberState === 'REGISTERED' ? 'ACTIVE' : 'INACTIVE';
}

export interface ProfileFields {
  phone: string | null;
  email: string | null;
  firstName: string | null;
  lastName: string | null;
  birthDate: Date | null;
}

/** "Completing the profile" earns action bonuses later, so it must be decided in one place. */
export function isProfileComplete(profile: ProfileFields): boolean {
  return Boolean(profile.phone && profile.email && profile.firstName && profile.lastName && profile.birthDate);
}
