import type { Identity } from '../../../infra/auth/identity';
import { maskName, maskPhone } from '../domain/contact';

/**
 * Who may see what of members and cards: ONE rule, applied to every path that reaches a Member or
 * a Card (lookups, federation references, nested relations, lists, mutation payloads), because it
 * sits on the types' fields themselves. Nothing crosses companies.
 *
 * - OWNER: the member themself (and their own cards): everything.
 * - STAFF: operators of the company: everything.
 * - TILL: terminals of the company: what a till needs, a masked name, state, whether they may
 *   accrue or spend (the balance comes from the ledger); no contacts, birth date or other cards.
 * - PEER: another member, reached only through a family or a family invitation: a first name and a
 *   masked phone, nothing else.
 * - NONE: anonymous callers, other companies, opted-out members: nothing.
 */
export type Audience = 'OWNER' | 'STAFF' | 'TILL' | 'PEER' | 'NONE';

export function canSeeCompanyRow(identity: Identity, row: { companyId: string }): boolean {
  return identity.kind !== 'anonymous' && identity.companyId === row.companyId;
}

function audience(identity: Identity, row: { companyId: string }, ownerId: string | null, deleted = false): Audience {
  if (deleted || !canSeeCompanyRow(identity, row)) return 'NONE';
  if (identity.kind === 'operator') return 'STAFF';
  if (identity.kind === 'terminal') return 'TILL';
  return identity.kind === 'member' && ownerId !== null && identity.memberId === ownerId ? 'OWNER' : 'PEER';
}

export function memberAudience(identity: Identity, member: { id: string; companyId: string; state: string }): Audience {
  return audience(identity, member, member.id, member.state === 'DELETED');
}

export function cardAudience(identity: Identity, card: { companyId: string; memberId: string | null }): Audience {
  return audience(identity, card, card.memberId);
}

const FULL: Audience[] = ['OWNER', 'STAFF'];
const AT_THE_TILL: Audience[] = ['OWNER', 'STAFF', 'TILL'];

/** Each Member field and who sees it; a field missing here is seen by OWNER and STAFF only. */
const MEMBER_FIELDS: Record<string, Audience[]> = {
  state: AT_THE_TILL,
  canAccrue: AT_THE_TILL,
  canSpend: AT_THE_TILL,
  firstName: ['OWNER', 'STAFF', 'TILL', 'PEER'],
  phone: ['OWNER', 'STAFF', 'PEER'],
  lastName: AT_THE_TILL,
};

/** Each Card field and who sees it (a member's cards reach PEERs never: Member.cards is theirs). */
const CARD_FIELDS: Record<string, Audience[]> = {
  number: AT_THE_TILL,
  kind: AT_THE_TILL,
  state: AT_THE_TILL,
  member: AT_THE_TILL,
};

export function seesMemberField(identity: Identity, member: { id: string; companyId: string; state: string }, field: string): boolean {
  return (MEMBER_FIELDS[field] ?? FULL).includes(memberAudience(identity, member));
}

export function seesCardField(identity: Identity, card: { companyId: string; memberId: string | null }, field: string): boolean {
  return (CARD_FIELDS[field] ?? FULL).includes(cardAudience(identity, card));
}

/** A member's phone as this caller sees it: whole, masked (PEER), or not at all. */
export function phoneSeenBy(identity: Identity, member: { id: string; companyId: string; state: string; phone: string | null }): string | null {
  const seenBy = memberAudience(identity, member);
  if (!member.phone || !MEMBER_FIELDS.phone?.includes(seenBy)) return null;
  return seenBy === 'PEER' ? maskPhone(member.phone) : member.phone;
}

/** A member's family name as this caller sees it: whole, its initial (TILL), or not at all. */
export function lastNameSeenBy(identity: Identity, member: { id: string; companyId: string; state: string; lastName: string | null }): string | null {
  const seenBy = memberAudience(identity, member);
  if (!member.lastName || !MEMBER_FIELDS.lastName?.includes(seenBy)) return null;
  return seenBy === 'TILL' ? maskName(member.lastName) : member.lastName;
}

/** Lookups and references return a member only to those who may look them up: never to a PEER. */
export function canSeeMember(identity: Identity, member: { id: string; companyId: string; state: string }): boolean {
  return AT_THE_TILL.includes(memberAudience(identity, member));
}

export function canSeeCard(identity: Identity, card: { companyId: string; memberId: string | null }): boolean {
  return AT_THE_TILL.includes(cardAudience(identity, card));
}

/**
 * The options of a field shown only to the callers `sees` lets see it, null to everyone else: what
 * puts the rule on a type's fields (`const shownTo = fieldsShownBy(seesMemberField)`).
 */
export function fieldsShownBy<Row>(sees: (identity: Identity, row: Row, field: string) => boolean) {
  return (field: string) => ({
    nullable: true as const,
    authScopes: (row: Row, _args: unknown, ctx: { identity: Identity }) => sees(ctx.identity, row, field),
    unauthorizedResolver: () => null,
  });
}

export function visibleOrNull<T>(row: T | null | undefined, visible: (row: T) => boolean): T | null {
  return row && visible(row) ? row : null;
}
