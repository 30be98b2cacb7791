import { signalSettingsChanged } from '../../../infra/cache/change-signal';
import { runTransaction } from '../../../infra/db/transaction';
import type { DomainEventEnvelope } from '../../../infra/outbox/outbox-dispatcher';
import type { OfferRule } from '../../../packages/mechanics';
import { dropPersonalOffers, keepPersonalOffers, type PersonalOfferCopy } from '../data/personal-offers-store';
import { LEDGER_SCHEMA } from '../data/prisma';
import type { LedgerDeps } from './deps';

/** The offers subgraph's events of personal offers imported and withdrawn (subgraphs/offers/services/personal-offer-service.ts). */
export const PERSONAL_OFFER_EVENT_TYPES = ['personal_offers.imported', 'personal_offers.withdrawn'] as const;

/** Keeps members' personal offers for the till; every process is told, so a company's first ones are looked for from the next receipt. */
export function createPersonalOfferEventHandler(deps: LedgerDeps) {
  return async function handle(event: DomainEventEnvelope): Promise<void> {
    if (event.type !== 'personal_offers.imported' && event.type !== 'personal_offers.withdrawn') return;
    const payload = event.payload as { offers?: unknown; ids?: unknown };
    const at = new Date(event.occurredAt);
    await runTransaction(deps, async (tx) => {
      if (Array.isArray(payload.ids)) await dropPersonalOffers(tx, payload.ids.map(String), at);
      if (Array.isArray(payload.offers)) {
        const offers: PersonalOfferCopy[] = (payload.offers as Array<Record<string, unknown>>).map((offer) => ({
          id: String(offer.id),
          memberId: String(offer.memberId),
          rule: offer.rule as OfferRule,
          validFrom: new Date(String(offer.validFrom)),
          validTo: new Date(String(offer.validTo)),
        }));
        await keepPersonalOffers(tx, event.companyId, offers, at);
      }
      await signalSettingsChanged(tx, LEDGER_SCHEMA);
    });
    deps.settings.changed();
  };
}
