import { phoneLookupKey, toE164 } from '../../../infra/auth/phone-key';
import type { LedgerDb } from '../data/prisma';
import { companySpendingStates, findCardRef, findMemberByPhoneKey, findMemberRef } from '../data/refs-store';
import { LedgerError } from '../domain/errors';

/** How a POS names the member: a card number (barcode, stripe, QR) or a phone; neither for a receipt without a member. */
export interface PosMemberKey {
  cardNumber?: string | null;
  phone?: string | null;
  /** A member found before (a pending purchase being confirmed by phone). */
  memberId?: string | null;
}

export type PosMember = NonNullable<Awaited<ReturnType<ReturnType<typeof createPosMemberLookup>>>>;

/**
 * Finds the member a POS names. A blocked card gets no calculation at all (CARD_BLOCKED), nor a
 * blocked account; a card holder not yet registered may accrue but not pay. The phone is matched by
 * its keyed hash: the ledger never holds phone numbers.
 */
export function createPosMemberLookup(phoneKeySecret: string) {
  return async function posMember(db: LedgerDb, companyId: string, key: PosMemberKey) {
    if (key.cardNumber && key.phone) throw new LedgerError('INVALID_INPUT', 'Name the member by card or by phone, not both', 'phone');
    let found: Awaited<ReturnType<typeof findMemberRef>> = null;
    let number: string | null = null;
    if (key.cardNumber) {
      number = key.cardNumber.replace(/[\s-]/g, '');
      const card = await findCardRef(db, companyId, number);
      if (!card?.memberId) throw new LedgerError('CARD_NOT_FOUND', 'No card with this number is in use', 'cardNumber');
      if (card.blocked) throw new LedgerError('CARD_BLOCKED', 'This card is blocked', 'cardNumber');
      found = await findMemberRef(db, card.memberId);
    } else if (key.phone) {
      const phone = toE164(key.phone);
      if (!phone) throw new LedgerError('INVALID_PHONE', 'Phone must be in international format, e.g. +491701234567', 'phone');
      found = await findMemberByPhoneKey(db, companyId, phoneLookupKey(phone, phoneKeySecret));
      if (!found) throw new LedgerError('MEMBER_NOT_FOUND', 'No member with this phone', 'phone');
    } else if (key.memberId) {
      found = await findMemberRef(db, key.memberId);
    } else {
      return null;
    }
    const field = number ? 'cardNumber' : 'phone';
    if (!found || found.state === 'DELETED') throw new LedgerError('CARD_NOT_FOUND', 'No card with this number is in use', field);
    if (found.state === 'BLOCKED') throw new LedgerError('MEMBER_BLOCKED', 'The member account is blocked', field);
    const spendingStates = await companySpendingStates(db, companyId);
    return {
      ...found,
      number,
      canSpend: spendingStates.includes(found.state),
      canAccrue: found.state === 'REGISTERED' || found.state === 'CARD_HOLDER',
    };
  };
}
