import type { DomainEventEnvelope } from '../../../infra/outbox/outbox-dispatcher';
import { indexOffers, type OfferRule } from '../../../packages/mechanics';
import { keepOfferBudgets } from '../data/offer-budgets-store';
import { isNewestOfferSnapshot, saveOfferSnapshot } from '../data/offer-snapshots-store';
import { changeKeptSettings } from './configuration-change';
import type { LedgerDeps } from './deps';

/** The offers subgraph's event that carries a company's live offers (subgraphs/offers/services/snapshot-publisher.ts). */
export const OFFER_EVENT_TYPES = ['offers.snapshot_published'] as const;

/**
 * Keeps each snapshot of a company's live offers as it arrives, any order, each once; every ledger
 * process is told, so the next receipt is evaluated with the newest (services/settings-cache.ts).
 */
export function createOfferSnapshotHandler(deps: LedgerDeps) {
  return async function handle(event: DomainEventEnvelope): Promise<void> {
    if (event.type !== 'offers.snapshot_published') return;
    const payload = event.payload as { version?: unknown; offers?: unknown; publishedAt?: unknown };
    if (typeof payload.version !== 'number' || !Array.isArray(payload.offers)) {
      deps.logger.warn({ eventId: event.eventId }, 'an offers snapshot without its version or offers changed nothing');
      return;
    }
    const snapshot = {
      companyId: event.companyId,
      version: payload.version,
      offers: payload.offers as OfferRule[],
      publishedAt: new Date(typeof payload.publishedAt === 'string' ? payload.publishedAt : event.occurredAt),
    };
    try {
      // One the engine cannot index would fail every receipt of the company: the one before stays in force.
      indexOffers(snapshot.offers);
    } catch (error) {
      deps.logger.error({ err: error, eventId: event.eventId, version: snapshot.version }, 'an offers snapshot the engine cannot read was not kept');
      return;
    }
    await changeKeptSettings(deps, async (tx) => {
      await saveOfferSnapshot(tx, snapshot);
      // Budgets follow the newest snapshot: a late older one does not bring back a total since changed.
      if (await isNewestOfferSnapshot(tx, snapshot.companyId, snapshot.version)) {
        const budgets = snapshot.offers.flatMap((offer) => (offer.budget ? [{ offerId: offer.offerId, total: offer.budget.total }] : []));
        await keepOfferBudgets(tx, snapshot.companyId, budgets, deps.clock.now());
      }
    });
  };
}
