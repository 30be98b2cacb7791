import { randomUUID } from 'node:crypto';
import { ForbiddenError } from '../../../infra/auth/forbidden';
import type { Identity } from '../../../infra/auth/identity';
import { phoneLookupKey } from '../../../infra/auth/phone-key';
import { createBatchWithCards, lockCard, updateCard } from '../data/cards-store';
import { createMember, findMemberByPhone, lockMember } from '../data/members-store';
import { type MemberEvent, recordEvents } from '../data/outbox-store';
import type { MembersDb } from '../data/prisma';
import { normaliseCardNumber, planCardBatch } from '../domain/card-number';
import { normalisePhone } from '../domain/contact';
import { CardBlockedError, CardNotFoundError, DomainError, MemberNotFoundError } from '../domain/errors';
import { assertActive, boundCardState, stateAfterUnblock } from '../domain/member-state';
import { ACCOUNT_BLOCKING_ROLES, MEMBER_SERVICE_ROLES, requireOperator, requireSignedIn, targetMember } from './access';
import { cardActivated, issueVirtualCardFor, virtualCardIssued } from './card-issuing';
import { inTransaction, type ServiceDeps } from './deps';
import { createLookupGuard } from './lookup-guard';
import { writeOnce } from './write-once';

export type CardBlockReason = 'LOST' | 'DAMAGED' | 'STOLEN' | 'SUSPICIOUS_ACTIVITY' | 'OTHER';

type Card = NonNullable<Awaited<ReturnType<typeof lockCard>>>;

/** Locks a card of the caller's company; a member sees only their own cards. */
async function lockVisibleCard(tx: MembersDb, identity: Identity, rawNumber: string, field = 'cardNumber'): Promise<Card> {
  const signedIn = requireSignedIn(identity);
  const card = await lockCard(tx, signedIn.companyId, normaliseCardNumber(rawNumber, field));
  if (!card || (signedIn.kind === 'member' && card.memberId !== signedIn.memberId)) throw new CardNotFoundError(field);
  return card;
}

function assertUsable(card: Card, field = 'cardNumber'): void {
  if (card.state === 'BLOCKED' || card.state === 'REPLACED') throw new CardBlockedError(card.number, field);
}

function requireStaff(identity: Identity, roles = MEMBER_SERVICE_ROLES): void {
  if (identity.kind === 'terminal') return;
  requireOperator(identity, roles);
}

function cardBlocked(card: Card, reason: string): MemberEvent {
  return {
    type: 'card.blocked',
    companyId: card.companyId,
    memberId: card.memberId,
    data: { cardId: card.id, cardNumber: card.number, memberId: card.memberId, reason },
  };
}

export function createCardService(deps: ServiceDeps) {
  const guardLookup = createLookupGuard(deps);

  /** A write answering with one card: kept by id, reloaded on a retry. */
  const oneCard = {
    keep: (card: Card) => ({ cardId: card.id }),
    reload: (kept: Record<string, string>) => deps.db.card.findUniqueOrThrow({ where: { id: kept.cardId as string } }),
  };

  /** Finds the member a blank card is bound to: named, found by phone, or a new card holder. */
  async function holderFor(tx: MembersDb, companyId: string, input: { memberId?: string | null; phone?: string | null }, events: MemberEvent[]) {
    if (input.memberId) {
      const member = await lockMember(tx, companyId, input.memberId);
      if (!member || member.state === 'DELETED') throw new MemberNotFoundError();
      assertActive(member.state);
      return member;
    }
    const phone = input.phone ? normalisePhone(input.phone) : null;
    const existing = phone ? await findMemberByPhone(tx, companyId, phone) : null;
    if (existing) {
      assertActive(existing.state, 'phone');
      return existing;
    }
    const member = await createMember(tx, { companyId, state: 'CARD_HOLDER', phone });
    const phoneKey = phone ? phoneLookupKey(phone, deps.phoneKeySecret) : null;
    events.push({ type: 'member.card_holder_created', companyId, memberId: member.id, data: { memberId: member.id, phoneKey } });
    return member;
  }

  return {
    async createCardBatch(identity: Identity, input: { name: string; prefix: string; firstNumber?: string | null; size: number }) {
      const operator = requireOperator(identity, ['ADMIN']);
      if (!input.name.trim()) throw new DomainError('INVALID_INPUT', 'A batch needs a name', 'name');
      if (input.firstNumber != null && !/^\d{1,15}$/.test(input.firstNumber))
        throw new DomainError('INVALID_INPUT', 'firstNumber must be digits', 'firstNumber');
      const plan = planCardBatch(input.prefix, BigInt(input.firstNumber ?? '1'), input.size);
      return inTransaction(
        deps,
        async (tx) => {
          const batch = await createBatchWithCards(
            tx,
            { id: randomUUID(), companyId: operator.companyId, name: input.name.trim(), prefix: plan.prefix, firstNumber: plan.firstSequence, size: plan.size },
            plan.numbers,
          );
          await recordEvents(tx, deps, identity, null, [
            {
              type: 'card_batch.created',
              companyId: operator.companyId,
              data: { batchId: batch.id, size: batch.size, first: plan.numbers[0], last: plan.numbers.at(-1) },
            },
          ]);
          return batch;
        },
        (target) => (target.includes('number') ? new DomainError('CARD_NUMBER_CONFLICT', 'The range overlaps cards that already exist', 'firstNumber') : null),
      );
    },

    async issueVirtualCard(identity: Identity, input: { memberId?: string | null }) {
      const { companyId, memberId } = targetMember(identity, input.memberId, MEMBER_SERVICE_ROLES);
      return inTransaction(deps, async (tx) => {
        const member = await lockMember(tx, companyId, memberId);
        if (!member) throw new MemberNotFoundError();
        assertActive(member.state);
        const card = await issueVirtualCardFor(tx, companyId, member.id, boundCardState(member.state), deps.clock.now());
        const events: MemberEvent[] = [virtualCardIssued(card, memberId)];
        if (card.state === 'ACTIVE') events.push(cardActivated(card));
        await recordEvents(tx, deps, identity, null, events);
        return card;
      });
    },

    /** Binds a blank physical card to a member at the checkout (or by an operator). */
    async bindCard(identity: Identity, input: { cardNumber: string; memberId?: string | null; phone?: string | null; idempotencyKey?: string | null }) {
      requireStaff(identity);
      const signedIn = requireSignedIn(identity);
      const { idempotencyKey, ...request } = input;
      const call = { operation: 'bindCard', key: idempotencyKey, input: request };
      return guardLookup(identity, input, () =>
        writeOnce(
          deps,
          identity,
          call,
          async (tx) => {
            const card = await lockVisibleCard(tx, identity, input.cardNumber);
            assertUsable(card);
            if (card.state !== 'BLANK') throw new DomainError('CARD_ALREADY_BOUND', 'This card is already bound to a member', 'cardNumber');
            const events: MemberEvent[] = [];
            const member = await holderFor(tx, signedIn.companyId, input, events);
            const bound = await updateCard(tx, card.id, { memberId: member.id, boundAt: deps.clock.now(), state: boundCardState(member.state) });
            events.push({
              type: 'card.bound',
              companyId: bound.companyId,
              memberId: member.id,
              data: { cardId: bound.id, cardNumber: bound.number, memberId: member.id },
            });
            if (bound.state === 'ACTIVE') events.push(cardActivated(bound));
            await recordEvents(tx, deps, identity, identity.kind === 'terminal' ? 'POS' : null, events);
            return bound;
          },
          oneCard,
        ),
      );
    },

    /** Replaces a lost or damaged card: the old one is blocked with its reason, the member keeps everything. */
    async replaceCard(
      identity: Identity,
      input: { cardNumber: string; newCardNumber?: string | null; reason: CardBlockReason; idempotencyKey?: string | null },
    ) {
      requireStaff(identity);
      const { idempotencyKey, ...request } = input;
      return guardLookup(identity, input, () =>
        writeOnce(
          deps,
          identity,
          { operation: 'replaceCard', key: idempotencyKey, input: request },
          async (tx) => {
            const old = await lockVisibleCard(tx, identity, input.cardNumber);
            if (old.state === 'REPLACED') throw new DomainError('CARD_REPLACED', 'This card was already replaced', 'cardNumber');
            if (!old.memberId) throw new DomainError('CARD_NOT_FOUND', 'Only a card bound to a member can be replaced', 'cardNumber');
            const member = await lockMember(tx, old.companyId, old.memberId);
            if (!member) throw new MemberNotFoundError('cardNumber');
            assertActive(member.state, 'cardNumber');
            const now = deps.clock.now();
            const state = boundCardState(member.state);
            let replacement: Card;
            if (input.newCardNumber) {
              const fresh = await lockVisibleCard(tx, identity, input.newCardNumber, 'newCardNumber');
              assertUsable(fresh, 'newCardNumber');
              if (fresh.state !== 'BLANK') throw new DomainError('CARD_NOT_BLANK', 'The new card must be a blank one', 'newCardNumber');
              replacement = await updateCard(tx, fresh.id, { memberId: member.id, boundAt: now, state });
            } else {
              replacement = await issueVirtualCardFor(tx, old.companyId, member.id, state, now);
            }
            const replaced = await updateCard(tx, old.id, { state: 'REPLACED', blockReason: input.reason, blockedAt: now, replacedById: replacement.id });
            const events = [
              cardBlocked(old, input.reason),
              {
                type: 'card.replaced',
                companyId: old.companyId,
                memberId: member.id,
                data: {
                  oldCardId: old.id,
                  oldCardNumber: old.number,
                  newCardId: replacement.id,
                  newCardNumber: replacement.number,
                  memberId: member.id,
                  reason: input.reason,
                },
              },
            ];
            // A virtual card made for the replacement is announced to the member with its number, as any issued one.
            if (!input.newCardNumber) events.push(virtualCardIssued(replacement, member.id));
            if (replacement.state === 'ACTIVE') events.push(cardActivated(replacement));
            await recordEvents(tx, deps, identity, null, events);
            return { oldCard: replaced, newCard: replacement };
          },
          {
            keep: (r) => ({ oldCardId: r.oldCard.id, newCardId: r.newCard.id }),
            reload: async (kept) => ({
              oldCard: await deps.db.card.findUniqueOrThrow({ where: { id: kept.oldCardId as string } }),
              newCard: await deps.db.card.findUniqueOrThrow({ where: { id: kept.newCardId as string } }),
            }),
          },
        ),
      );
    },

    async blockCard(identity: Identity, input: { cardNumber: string; reason: CardBlockReason; comment?: string | null; idempotencyKey?: string | null }) {
      if (identity.kind === 'operator') requireOperator(identity, ACCOUNT_BLOCKING_ROLES);
      else if (identity.kind === 'anonymous') throw new ForbiddenError();
      if (identity.kind === 'member' && input.reason === 'SUSPICIOUS_ACTIVITY') {
        throw new DomainError('INVALID_INPUT', 'A member blocks a card as lost, stolen, damaged or other', 'reason');
      }
      const { idempotencyKey, ...request } = input;
      return guardLookup(identity, input, () =>
        writeOnce(
          deps,
          identity,
          { operation: 'blockCard', key: idempotencyKey, input: request },
          async (tx) => {
            const card = await lockVisibleCard(tx, identity, input.cardNumber);
            assertUsable(card);
            const blocked = await updateCard(tx, card.id, {
              state: 'BLOCKED',
              blockReason: input.reason,
              blockComment: input.comment?.trim() || null,
              blockedAt: deps.clock.now(),
            });
            await recordEvents(tx, deps, identity, null, [cardBlocked(card, input.reason)]);
            return blocked;
          },
          oneCard,
        ),
      );
    },

    async unblockCard(identity: Identity, input: { cardNumber: string }) {
      requireOperator(identity, ACCOUNT_BLOCKING_ROLES);
      return inTransaction(deps, async (tx) => {
        const card = await lockVisibleCard(tx, identity, input.cardNumber);
        if (card.state !== 'BLOCKED') throw new DomainError('CARD_NOT_BLOCKED', 'This card is not blocked', 'cardNumber');
        const member = card.memberId ? await lockMember(tx, card.companyId, card.memberId) : null;
        const memberState = member?.state === 'BLOCKED' ? stateAfterUnblock(member.registeredAt) : member?.state;
        const state = memberState ? boundCardState(memberState) : 'BLANK';
        const unblocked = await updateCard(tx, card.id, { state, blockReason: null, blockComment: null, blockedAt: null });
        await recordEvents(tx, deps, identity, null, [
          {
            type: 'card.unblocked',
            companyId: card.companyId,
            memberId: card.memberId,
            data: { cardId: card.id, cardNumber: card.number, memberId: card.memberId },
          },
        ]);
        return unblocked;
      });
    },
  };
}
