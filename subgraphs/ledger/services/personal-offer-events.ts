import type { DomainEventEnvelope } from '../../../infra/outbox/outbox-dispatcher';
import type { OfferRule } from '../../../packages/mechanics';
import { keepPersonalOffers, type PersonalOfferCopy } from '../data/personal-offers-store';
import { changeKeptSettings } from './configuration-change';
import type { LedgerDeps } from './deps';

/** The offers subgraph's events of personal offers imported and withdrawn (subgraphs/offers/services/personal-offer-service.ts). */
export const PERSONAL_OFFER_EVENT_TYPES = ['personal_offers.imported', 'personal_offers.withdrawn'] as const;

/** Keeps members' personal offers for the till; every process is told, so a company's first ones are looked for from the next receipt. */
export function createPersonalOfferEventHandler(deps: LedgerDeps) {
  return async function handle(event: DomainEventEnvelope): Promise<void> {
    if (event.type !== 'personal_offers.imported' && event.type !== 'personal_offers.withdrawn') return;
    const payload = event.payload as { offers?: unknown };
    if (!Array.isArray(payload.offers)) {
      deps.logger.warn({ eventId: event.eventId }, 'a personal offers event without its offers changed nothing');
      return;
    }
    // Both events carry the offers as they now are: an import delayed past a withdrawal is older, and changes nothing.
    const offers: PersonalOfferCopy[] = (payload.offers as Array<Record<string, unknown>>).map((offer) => ({
      id: String(offer.id),
      memberId: String(offer.memberId),
      rule: offer.rule as OfferRule,
      validFrom: new Date(String(offer.validFrom)),
      validTo: new Date(String(offer.validTo)),
      withdrawn: offer.withdrawn === true,
      updatedAt: new Date(String(offer.updatedAt ?? event.occurredAt)),
    }));
    await changeKeptSettings(deps, (tx) => keepPersonalOffers(tx, event.companyId, offers));
  };
}
