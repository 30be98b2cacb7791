import { cardsOfMember, createCard, findCardByNumber } from '../data/cards-store';
import type { MemberEvent } from '../data/outbox-store';
import type { MembersDb } from '../data/prisma';
import { randomVirtualCardNumber } from '../domain/card-number';
import type { CardState } from '../domain/member-state';

/** Issues a virtual card with a number not yet used in the company. */
export async function issueVirtualCardFor(tx: MembersDb, companyId: string, memberId: string, state: CardState, now: Date) {
  for (let attempt = 0; attempt < 5; attempt++) {
    const number = randomVirtualCardNumber();
    if (await findCardByNumber(tx, companyId, number)) continue;
    return createCard(tx, { companyId, number, kind: 'VIRTUAL', state, memberId, boundAt: now });
  }
  throw new Error('Could not find a free virtual card number');
}

/** A virtual card made for a member (on demand, or for a replacement): the member is told its number. */
export function virtualCardIssued(card: { id: string; number: string; companyId: string }, memberId: string): MemberEvent {
  return { type: 'card.issued', companyId: card.companyId, memberId, data: { cardId: card.id, cardNumber: card.number, memberId, kind: 'VIRTUAL' } };
}

export function cardActivated(card: { id: string; number: string; companyId: string; memberId: string | null }): MemberEvent {
  return {
    type: 'card.activated',
    companyId: card.companyId,
    memberId: card.memberId,
    data: { cardId: card.id, cardNumber: card.number, memberId: card.memberId },
  };
}

export async function memberHasCards(tx: MembersDb, memberId: string): Promise<boolean> {
  return (await cardsOfMember(tx, memberId)).length > 0;
}
