import type { Identity } from '../../../infra/auth/identity';
import { chunks } from '../../../infra/collections/chunks';
import { runTransaction } from '../../../infra/db/transaction';
import { ValidationErrors } from '../../../infra/errors/business-error';
import { recordOffersEvents } from '../data/outbox-store';
import { upsertProducts } from '../data/products-store';
import { type CatalogueProduct, catalogueProblems, normalCategory, productsOfCsv } from '../domain/product-catalogue';
import type { OffersDeps } from './deps';

/** The ledger's copy takes changed products in events of this many. */
const PRODUCTS_PER_EVENT = 1000;

/** What an upload did: products new to the catalogue, changed, and sent again as they were. */
export interface ProductUpload {
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * The product catalogue: uploaded by SKU (an upload of a known SKU replaces it; the same content
 * again changes nothing), the whole upload refused when any product is bad. What the till needs of
 * new and changed products (category, brand) goes to the ledger by `products.upserted` before the
 * uploader is answered, so the next receipt is judged with it.
 */
export function createProductCatalogueService(deps: OffersDeps, operatorOf: (identity: Identity) => { companyId: string }) {
  async function upload(identity: Identity, products: CatalogueProduct[]): Promise<ProductUpload> {
    const { companyId } = operatorOf(identity);
    const problems = catalogueProblems(products);
    if (problems.length > 0) throw new ValidationErrors(problems);
    const normal = products.map((product) => ({ ...product, category: normalCategory(product.category), brand: product.brand?.trim() || null }));
    const changed = await runTransaction(deps, async (tx) => {
      const rows = await upsertProducts(tx, companyId, normal, deps.clock.now());
      const events = chunks(rows, PRODUCTS_PER_EVENT).map((slice) => ({
        type: 'products.upserted',
        companyId,
        data: { products: slice.map(({ sku, category, brand }) => ({ sku, category, brand })) },
      }));
      await recordOffersEvents(tx, identity, events);
      return rows;
    });
    await deps.afterCommit?.();
    const created = changed.filter((row) => row.created).length;
    return { created, updated: changed.length - created, unchanged: products.length - changed.length };
  }

  return {
    /** Uploads products given as GraphQL input. */
    uploadProducts: upload,

    /** Uploads products from CSV text (a header row: sku, name, category, brand, and attributes). */
    uploadProductsCsv: (identity: Identity, csv: string) => {
      operatorOf(identity);
      return upload(identity, productsOfCsv(csv));
    },
  };
}
