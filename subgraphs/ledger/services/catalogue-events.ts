import type { DomainEventEnvelope } from '../../../infra/outbox/outbox-dispatcher';
import { type CatalogueEntry, keepCatalogueProducts } from '../data/catalogue-store';
import { changeKeptSettings } from './configuration-change';
import type { LedgerDeps } from './deps';

/** The offers subgraph's event carrying products uploaded to the catalogue (subgraphs/offers/services/product-catalogue-service.ts). */
export const CATALOGUE_EVENT_TYPES = ['products.upserted'] as const;

/** Keeps the catalogue's products; every process is told, so a company's first catalogue is looked up from the next receipt. */
export function createCatalogueEventHandler(deps: LedgerDeps) {
  return async function handle(event: DomainEventEnvelope): Promise<void> {
    if (event.type !== 'products.upserted') return;
    const products = (event.payload as { products?: unknown }).products;
    if (!Array.isArray(products)) {
      deps.logger.warn({ eventId: event.eventId }, 'a products event without its products changed nothing');
      return;
    }
    const entries: CatalogueEntry[] = (products as Array<Record<string, unknown>>).map((product) => ({
      sku: String(product.sku),
      category: typeof product.category === 'string' ? product.category : null,
      brand: typeof product.brand === 'string' ? product.brand : null,
    }));
    await changeKeptSettings(deps, (tx) => keepCatalogueProducts(tx, event.companyId, entries, new Date(event.occurredAt)));
  };
}
