import type { DomainEventEnvelope } from '../../../infra/outbox/outbox-dispatcher';
import { joinFamily, leaveFamily, markProcessed, saveCardRef, saveCompanyRef, savePointOfSaleRef, unbindCardsOf, upsertMemberRef } from '../data/refs-store';
import type { LedgerDeps } from './deps';

/** The members subgraph's events the ledger keeps its view of members, families and companies from. */
export const MEMBER_EVENT_TYPES = [
  'company.created',
  'company.settings_changed',
  'member.registered',
  'member.card_holder_created',
  'member.blocked',
  'member.unblocked',
  'member.deleted',
  'family.created',
  'family.member_joined',
  'family.member_left',
  'card.bound',
  'card.issued',
  'card.activated',
  'card.blocked',
  'card.unblocked',
  'card.replaced',
  'member.phone_changed',
  'point_of_sale.created',
  'point_of_sale.updated',
] as const;

type Payload = Record<string, unknown>;

/**
 * Applies one event to the ledger's view, exactly once per event id. The view keeps no personal
 * data: ids, states, family links and a keyed hash of the phone (erased on opt-out), so an opted-out member leaves nothing to erase here;
 * their financial history stays for the company's books under an id that no longer names anyone.
 */
export function createMemberEventHandler(deps: LedgerDeps) {
  return async function handle(event: DomainEventEnvelope): Promise<void> {
    await deps.db.$transaction(async (tx) => {
      if (!(await markProcessed(tx, event.eventId))) return;
      const payload = event.payload as Payload;
      const at = new Date(event.occurredAt);
      const memberId = String(payload.memberId ?? event.memberId ?? '');
      const phoneKey = typeof payload.phoneKey === 'string' ? payload.phoneKey : null;
      const ref = (changes: { state?: string; familyId?: string | null; phoneKey?: string | null }) =>
        upsertMemberRef(tx, { memberId, companyId: event.companyId, at, ...changes });
      const card = (changes: { memberId?: string | null; blocked?: boolean }, number = payload.cardNumber, cardId = payload.cardId) =>
        saveCardRef(tx, { companyId: event.companyId, number: String(number), cardId: String(cardId), at, ...changes });
      switch (event.type) {
        case 'company.created':
          return saveCompanyRef(tx, event.companyId, ['REGISTERED'], at);
        case 'company.settings_changed':
          return saveCompanyRef(tx, event.companyId, (payload.spendingStates as string[]) ?? ['REGISTERED'], at);
        case 'member.registered':
          return ref({ state: 'REGISTERED', phoneKey });
        case 'member.card_holder_created':
          return ref({ state: 'CARD_HOLDER', phoneKey });
        case 'member.phone_changed':
          return ref({ phoneKey });
        case 'member.blocked':
          return ref({ state: 'BLOCKED' });
        case 'member.unblocked':
          return ref({ state: String(payload.state) });
        case 'member.deleted':
          await unbindCardsOf(tx, memberId, at);
          await leaveFamily(tx, memberId, at);
          return ref({ state: 'DELETED', familyId: null, phoneKey: null });
        case 'family.created': {
          const head = String(payload.headMemberId);
          await joinFamily(tx, head, String(payload.familyId), at);
          return upsertMemberRef(tx, { memberId: head, companyId: event.companyId, at, familyId: String(payload.familyId) });
        }
        case 'family.member_joined':
          await joinFamily(tx, memberId, String(payload.familyId), at);
          return ref({ familyId: String(payload.familyId) });
        case 'family.member_left':
          await leaveFamily(tx, memberId, at);
          return ref({ familyId: null });
        case 'card.bound':
        case 'card.issued':
        case 'card.activated':
          return card({ memberId: (payload.memberId as string | null) ?? null, blocked: false });
        case 'card.blocked':
          return card({ blocked: true });
        case 'card.unblocked':
          return card({ blocked: false });
        case 'card.replaced':
          await card({ blocked: true }, payload.oldCardNumber, payload.oldCardId);
          return card({ memberId: String(payload.memberId), blocked: false }, payload.newCardNumber, payload.newCardId);
        case 'point_of_sale.created':
        case 'point_of_sale.updated':
          return savePointOfSaleRef(tx, {
            pointOfSaleId: String(payload.id),
            companyId: event.companyId,
            confirmPaymentBySms: payload.confirmPaymentBySms === true,
            returnPolicy: String(payload.returnPolicy ?? 'WRITE_OFF_TO_NEGATIVE'),
            updatedAt: at,
          });
        default:
          deps.logger.warn({ type: event.type }, 'ignored an event the ledger does not handle');
      }
    });
  };
}
