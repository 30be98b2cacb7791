import { phoneLookupKey, toE164 } from '../../../infra/auth/phone-key';
import type { LedgerSql, Prisma } from '../data/prisma';
import { type PosMemberView, type PosViewKey, posMemberView, posMemberViewSql } from '../data/refs-store';
import { LedgerError } from '../domain/errors';
import type { MemberViewReader } from './member-view-reader';

/** How a POS names the member: a card number (barcode, stripe, QR) or a phone; neither for a receipt without a member. */
export interface PosMemberKey {
  cardNumber?: string | null;
  phone?: string | null;
  /** A member found before (a pending purchase being confirmed by phone). */
  memberId?: string | null;
}

/**
 * The keyed hashes a phone is looked up by, one per secret in use (two while a rotation of
 * PHONE_KEY_SECRET is under way); INVALID_PHONE when it is not an international number.
 */
export function phoneKeysOf(raw: string, phoneKeySecrets: string[]): string[] {
  const phone = toE164(raw);
  if (!phone) throw new LedgerError('INVALID_PHONE', 'Phone must be in international format, e.g. +491701234567', 'phone');
  return phoneKeySecrets.map((secret) => phoneLookupKey(phone, secret));
}

/** How the members subgraph is asked for what the till named. */
function viewRequestOf(key: PosMemberKey, lookup: PosViewKey) {
  if ('number' in lookup) return { cardNumber: lookup.number };
  if ('phoneKeys' in lookup) return { phone: key.phone as string };
  return { memberId: lookup.memberId };
}

export type PosMember = NonNullable<Awaited<ReturnType<ReturnType<typeof createPosMemberLookup>>>>;

/**
 * Finds the member a POS names. A blocked card gets no calculation at all (CARD_BLOCKED), nor a
 * blocked account; a card holder not yet registered may accrue but not pay. The phone is matched by
 * its keyed hash: the ledger never holds phone numbers.
 */
export function createPosMemberLookup(phoneKeySecrets: string[], readThrough?: MemberViewReader) {
  function lookupKey(key: PosMemberKey): PosViewKey | null {
    if (key.cardNumber && key.phone) throw new LedgerError('INVALID_INPUT', 'Name the member by card or by phone, not both', 'phone');
    if (key.cardNumber) return { number: key.cardNumber.replace(/[\s-]/g, '') };
    if (key.phone) return { phoneKeys: phoneKeysOf(key.phone, phoneKeySecrets) };
    return key.memberId ? { memberId: key.memberId } : null;
  }

  /**
   * The member a POS names; `read` is the view a statement of the call already read for this key
   * (`viewSql`), so it is not read again.
   */
  async function posMember(db: LedgerSql, companyId: string, key: PosMemberKey, read?: PosMemberView) {
    const lookup = lookupKey(key);
    if (!lookup) return null;
    const field = 'phoneKeys' in lookup ? 'phone' : 'cardNumber';
    let view = read !== undefined ? read : await posMemberView(db, companyId, lookup);
    // Registered or bound a moment ago, before its event: the members subgraph knows.
    const missed = !view?.member || (view.card !== null && !view.card.memberId);
    if (missed && readThrough && (await readThrough({ companyId, ...viewRequestOf(key, lookup) }))) view = await posMemberView(db, companyId, lookup);
    if (!view) {
      if ('phoneKeys' in lookup) throw new LedgerError('MEMBER_NOT_FOUND', 'No member with this phone', 'phone');
      throw new LedgerError('CARD_NOT_FOUND', 'No card with this number is in use', field);
    }
    if (view.card?.blocked) throw new LedgerError('CARD_BLOCKED', 'This card is blocked', 'cardNumber');
    const member = view.member;
    if (!member || member.state === 'DELETED' || (view.card && !view.card.memberId)) {
      throw new LedgerError('CARD_NOT_FOUND', 'No card with this number is in use', field);
    }
    if (member.state === 'BLOCKED') throw new LedgerError('MEMBER_BLOCKED', 'The member account is blocked', field);
    return {
      ...member,
      number: 'number' in lookup ? lookup.number : null,
      canSpend: view.spendingStates.includes(member.state),
      canAccrue: member.state === 'REGISTERED' || member.state === 'CARD_HOLDER',
    };
  }

  /**
   * The view's SELECT for a key, for a statement that reads it beside other work; undefined when
   * the key names nobody or is malformed (the look-up itself then answers why).
   */
  posMember.viewSql = (companyId: string, key: PosMemberKey): Prisma.Sql | undefined => {
    try {
      const lookup = lookupKey(key);
      return lookup ? posMemberViewSql(companyId, lookup) : undefined;
    } catch {
      return undefined;
    }
  };
  return posMember;
}
